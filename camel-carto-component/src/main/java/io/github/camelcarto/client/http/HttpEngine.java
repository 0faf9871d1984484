package io.github.camelcarto.client.http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The HTTP client under a transport: the JDK's ({@link JdkHttpEngine}) or Apache HttpClient 5's async client
 * ({@link ApacheHttpEngine}). Both take and give the JDK's request, body and response types, so that timeouts,
 * retries, streaming and error mapping are written once, above them.
 */
public interface HttpEngine {

    /**
     * Sends {@code request} and reads the answer with {@code handler}. The request's own timeout, when it has one,
     * bounds the wait up to the answer's headers. The future fails as the JDK client's does
     * ({@code HttpConnectTimeoutException}, {@code HttpTimeoutException}, {@code ConnectException}, other
     * {@code IOException}s), and cancelling it drops the connection.
     *
     * @param readInFull whether {@code handler} has the whole body before it hands it on. Such an answer is handed on
     *                   from a worker thread, at once. A streamed answer is handed on to a thread that may block
     *                   reading it, and so is never one the rest of the stream needs.
     */
    <T> CompletableFuture<HttpResponse<T>> send(HttpRequest request, BodyHandler<T> handler, boolean readInFull);

    /** How long a connection may take to open, for messages; null when the client does not say. */
    Duration connectTimeout();

    /** Where timers fire, so that a timeout reaches a body on the threads its data arrives on. */
    Executor executor();
}
