package io.github.camelcarto;

/** Which CARTO platform an endpoint talks to. */
public enum CartoApiVersion {
    /** CARTO 3: {@code /v3/...} APIs with an access token (Bearer). */
    v3,
    /** Legacy CARTO 2 and self-hosted installs: SQL API v2 ({@code /api/v2/sql...}) with an API key. */
    v2
}
