package io.github.camelcarto.client.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * The JDK's {@code HttpClient} as a transport's engine: the component's own (on the {@link HttpWorkExecutor}), or one
 * an application gave in {@code httpClient}.
 */
public record JdkHttpEngine(HttpClient client) implements HttpEngine {

    /**
     * A body read in full is handed on from the client's worker that read it ({@link BodyReadResponse}), and, when
     * the request body is in memory too, the call starts on this thread ({@link HttpWorkExecutor}). Not so with
     * streams: a streamed request body is read by the workers, never by the thread that asked for the call.
     */
    @Override
    public <T> CompletableFuture<HttpResponse<T>> send(HttpRequest request, BodyHandler<T> handler, boolean readInFull) {
        if (!readInFull) {
            return client.sendAsync(request, handler);
        }
        Supplier<CompletableFuture<HttpResponse<T>>> send = () -> BodyReadResponse.sendAsync(client, request, handler);
        boolean bodyInMemory = request.bodyPublisher().map(body -> body.contentLength() >= 0).orElse(true);
        return bodyInMemory ? HttpWorkExecutor.startingHere(send) : send.get();
    }

    @Override
    public Duration connectTimeout() {
        return client.connectTimeout().orElse(null);
    }

    @Override
    public Executor executor() {
        return client.executor().orElse(ForkJoinPool.commonPool());
    }
}
