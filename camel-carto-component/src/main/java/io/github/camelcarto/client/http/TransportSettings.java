package io.github.camelcarto.client.http;

import java.net.URI;
import java.time.Duration;

/**
 * How a transport reaches CARTO.
 *
 * @param baseUrl           the API base URL, e.g. {@code https://gcp-us-east1.api.carto.com} or
 *                          {@code https://tenant.example.com/api}
 * @param requestTimeout    how long CARTO may take to start answering: from sending a call without a body, or from
 *                          the last byte of an upload, to the end of the answer's headers
 * @param readTimeout       how long a transfer may stall: no byte of an answer while its bytes are awaited, or no byte
 *                          of an upload taken; never a limit on a whole transfer that keeps moving
 * @param clientAttribution the {@code client} parameter sent on every call, with which CARTO tells where traffic comes
 *                          from (not an OAuth client id); null for none
 * @param userAgent         the User-Agent header
 */
public record TransportSettings(String baseUrl, Duration requestTimeout, Duration readTimeout, String clientAttribution,
                                String userAgent) {

    /** A minute: CARTO's synchronous APIs give up on work after one, so a silence that long will not end. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    public TransportSettings {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Settings with the default read timeout. */
    public TransportSettings(String baseUrl, Duration requestTimeout, String clientAttribution, String userAgent) {
        this(baseUrl, requestTimeout, DEFAULT_READ_TIMEOUT, clientAttribution, userAgent);
    }

    /** The host and port calls go to, as messages name it. */
    String host() {
        return ConnectionFailures.hostOf(URI.create(baseUrl));
    }
}
