package io.github.camelcarto.client.http;

import java.time.Duration;

/**
 * How a transport reaches CARTO.
 *
 * @param baseUrl           the API base URL, e.g. {@code https://gcp-us-east1.api.carto.com} or
 *                          {@code https://tenant.example.com/api}
 * @param requestTimeout    how long one HTTP call may take from sending to the end of the response headers
 * @param clientAttribution the {@code client} parameter sent on every call, with which CARTO tells where traffic comes
 *                          from (not an OAuth client id); null for none
 * @param userAgent         the User-Agent header
 */
public record TransportSettings(String baseUrl, Duration requestTimeout, String clientAttribution, String userAgent) {

    public TransportSettings {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
