package io.github.camelcarto.client.http;

import java.util.concurrent.CompletableFuture;

/**
 * Supplies the {@code Authorization} header for a request. Asynchronous so that a kind which must fetch or refresh
 * a token does so without blocking a thread. Implementations never expose the secret in {@code toString()}.
 */
public interface CartoAuth {

    CompletableFuture<String> authorizationHeader();
}
