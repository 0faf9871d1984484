package io.github.camelcarto.client.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.camelcarto.client.exception.CartoReadTimeoutException;

/**
 * Sends one HTTP request with the transport's two timeouts. {@code requestTimeout} bounds the wait for CARTO to
 * start answering: for a call without a body the JDK client's own timeout does it, for an upload a
 * {@link TimedUpload} starts it at the upload's last byte. {@code readTimeout} bounds every silence within a transfer
 * (an answer's body, or an upload) and never the transfer as a whole: a stall fails with
 * {@link CartoReadTimeoutException} and drops the connection, which frees the call's place among the concurrent ones.
 */
final class CallTimeouts {

    private final HttpClient client;
    private final TransportSettings settings;
    private final Function<Runnable, IdleTimer> timers;

    CallTimeouts(HttpClient client, ScheduledExecutorService scheduler, TransportSettings settings) {
        this.client = client;
        this.settings = settings;
        this.timers = IdleTimer.on(scheduler, client);
    }

    /**
     * Sends {@code request} as {@code http} (complete but for its method, body and timeout), reading the answer with
     * {@code handler}.
     *
     * @param readInFull whether {@code handler} has the whole body before it hands it on. Such an answer is handed on
     *                   from the HTTP client's worker that read it ({@link BodyReadResponse}), and, when the request
     *                   body is in memory too, the call starts on this thread ({@link HttpWorkExecutor}). Not so with
     *                   streams: whoever takes a streamed answer blocks reading it, and must not be a worker the rest
     *                   of the stream needs; and a streamed request body is read by the workers, never by the thread
     *                   that asked for the call.
     */
    <T> CompletableFuture<HttpResponse<T>> send(CartoRequest request, HttpRequest.Builder http, BodyHandler<T> handler,
                                                boolean readInFull) {
        BodyHandler<T> timedAnswer = info -> new ReadTimeoutSubscriber<>(handler.apply(info), settings.readTimeout(),
                timers, () -> stalled(request, "sent nothing more of its answer to " + request.description()));
        if (request.body() == null) {
            return sendAsync(http.method(request.method(), BodyPublishers.noBody())
                    .timeout(settings.requestTimeout()).build(), timedAnswer, readInFull);
        }
        TimedUpload upload = new TimedUpload(timers, settings.readTimeout(), settings.requestTimeout(),
                () -> stalled(request, "took nothing more of what was sent for " + request.description()
                                       + " (or the data to send stopped coming)"));
        return upload.send(http.method(request.method(), upload.watch(request.body())).build(), timedAnswer,
                (sent, answer) -> sendAsync(sent, answer, readInFull));
    }

    private <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, BodyHandler<T> handler,
                                                             boolean readInFull) {
        if (!readInFull) {
            return client.sendAsync(request, handler);
        }
        Supplier<CompletableFuture<HttpResponse<T>>> send = () -> BodyReadResponse.sendAsync(client, request, handler);
        boolean bodyInMemory = request.bodyPublisher().map(body -> body.contentLength() >= 0).orElse(true);
        return bodyInMemory ? HttpWorkExecutor.startingHere(send) : send.get();
    }

    private CartoReadTimeoutException stalled(CartoRequest request, String what) {
        Duration readTimeout = settings.readTimeout();
        return new CartoReadTimeoutException("CARTO at " + settings.host() + " " + what + " for "
                                             + readTimeout.toMillis() + " ms, so the connection was dropped",
                readTimeout);
    }
}
