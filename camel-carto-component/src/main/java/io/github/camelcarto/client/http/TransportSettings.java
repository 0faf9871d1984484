package io.github.camelcarto.client.http;

import java.time.Duration;

/**
 * @param baseUrl        the API base URL, e.g. {@code https://gcp-us-east1.api.carto.com} or
 *                       {@code https://tenant.example.com/api}
 * @param requestTimeout how long one HTTP call may take from sending to the end of the response headers
 * @param clientId       the {@code client} attribution parameter sent on every call, or null for none
 * @param userAgent      the User-Agent header
 */
public record TransportSettings(String baseUrl, Duration requestTimeout, String clientId, String userAgent) {

    public TransportSettings {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
