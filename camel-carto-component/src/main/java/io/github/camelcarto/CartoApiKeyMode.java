package io.github.camelcarto;

/** How a CARTO 2 API key travels. */
public enum CartoApiKeyMode {
    /** HTTP Basic: the CARTO user (from the base URL) as user, the API key as password. Keeps the key out of URLs. */
    basic,
    /** The {@code api_key} query parameter, for proxies that strip Authorization. Never printed. */
    parameter
}
