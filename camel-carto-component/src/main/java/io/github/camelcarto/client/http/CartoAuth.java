package io.github.camelcarto.client.http;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Supplies the {@code Authorization} header for a request. Asynchronous so that a kind which must fetch or refresh
 * a token does so without blocking a thread. Implementations never expose the secret in {@code toString()}.
 */
public interface CartoAuth {

    /** The {@code Authorization} header value, or a future of null to send none. */
    CompletableFuture<String> authorizationHeader();

    /**
     * CARTO answered 401 to a call sent with {@code refused} (an {@code Authorization} value this auth gave): says
     * whether the call is worth sending once more with what {@link #authorizationHeader()} gives next. Credentials
     * that cannot change say no; those that are issued drop the refused token (unless a newer one has replaced it
     * already), so that all calls refused together share one new token.
     */
    default boolean renewAfterRefusal(String refused) {
        return false;
    }

    /**
     * Credentials that must travel as query parameters (the legacy {@code api_key}); added to the URL only when the
     * request is sent, never to URLs used in messages.
     */
    default Map<String, String> queryParameters() {
        return Map.of();
    }

    /**
     * {@code text} with every secret of this auth replaced: what it was given and what it was issued. Applied to all
     * text that comes back from the network, which may echo a request (a proxy's error page showing the URL, a job
     * answer repeating the token).
     */
    String redact(String text);
}
