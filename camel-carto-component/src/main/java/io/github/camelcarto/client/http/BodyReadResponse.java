package io.github.camelcarto.client.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javax.net.ssl.SSLSession;

/**
 * A response handed on the moment its body handler has produced the body. The {@link ApacheHttpEngine} makes every
 * response so; the {@link JdkHttpEngine} makes those read in full so, on the thread that read them, rather than
 * handing them on when the future of {@link HttpClient#sendAsync} completes.
 * <p>
 * Why: {@code sendAsync} runs the dependents of its future in {@code CompletableFuture}'s default executor. On JDK 17
 * with 2 or fewer CPUs (common pool parallelism 1) that executor starts a new thread for each task, so every answer
 * cost a thread start before the route could go on (measured: 3.4x the time of a blocking {@code send}, see
 * benchmarks/README.md); elsewhere it is still a hop to the common pool. Completing from the body subscriber lets the
 * answer continue on the HTTP client's own executor thread, as the blocking {@code send} does. The JDK returns the
 * connection to its pool before it completes the body, so the next call can reuse it at once.
 * <p>
 * Only the status, headers and body are the server's; after a redirect, {@link #request()} and {@link #uri()} are
 * those first sent, and the TLS session is not known.
 */
record BodyReadResponse<T>(HttpRequest request, int statusCode, HttpHeaders headers, HttpClient.Version version,
                           T body) implements HttpResponse<T> {

    /**
     * Sends {@code request}; the future completes when the body is read, or fails as {@code sendAsync}'s does, and
     * cancelling it cancels the exchange (which drops the connection), as cancelling {@code sendAsync}'s does.
     */
    static <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpClient client, HttpRequest request,
                                                            BodyHandler<T> handler) {
        CompletableFuture<HttpResponse<T>> answer = new CompletableFuture<>();
        BodyHandler<T> completing = info -> BodySubscribers.mapping(handler.apply(info), body -> {
            answer.complete(new BodyReadResponse<>(request, info.statusCode(), info.headers(), info.version(), body));
            return body;
        });
        CompletableFuture<HttpResponse<T>> exchange = client.sendAsync(request, completing);
        exchange.whenComplete((ignored, error) -> {
            if (error != null) {
                answer.completeExceptionally(error);
            }
        });
        answer.whenComplete((ignored, error) -> {
            if (answer.isCancelled()) {
                exchange.cancel(true);
            }
        });
        return answer;
    }

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
        return Optional.empty();
    }

    @Override
    public Optional<SSLSession> sslSession() {
        return Optional.empty();
    }

    @Override
    public URI uri() {
        return request.uri();
    }
}
