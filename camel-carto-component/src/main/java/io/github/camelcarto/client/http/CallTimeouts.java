package io.github.camelcarto.client.http;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

import io.github.camelcarto.client.exception.CartoReadTimeoutException;

/**
 * Sends one HTTP request with the transport's two timeouts. {@code requestTimeout} bounds the wait for CARTO to
 * start answering: for a call without a body the engine's own request timeout does it, for an upload a
 * {@link TimedUpload} starts it at the upload's last byte. {@code readTimeout} bounds every silence within a transfer
 * (an answer's body, or an upload) and never the transfer as a whole: a stall fails with
 * {@link CartoReadTimeoutException} and drops the connection, which frees the call's place among the concurrent ones.
 */
final class CallTimeouts {

    private final HttpEngine engine;
    private final TransportSettings settings;
    private final Function<Runnable, IdleTimer> timers;

    CallTimeouts(HttpEngine engine, ScheduledExecutorService scheduler, TransportSettings settings) {
        this.engine = engine;
        this.settings = settings;
        this.timers = IdleTimer.on(scheduler, engine);
    }

    /**
     * Sends {@code request} as {@code http} (complete but for its method, body and timeout), reading the answer with
     * {@code handler}.
     *
     * @param readInFull whether {@code handler} has the whole body before it hands it on (see
     *                   {@link HttpEngine#send})
     */
    <T> CompletableFuture<HttpResponse<T>> send(CartoRequest request, HttpRequest.Builder http, BodyHandler<T> handler,
                                                boolean readInFull) {
        BodyHandler<T> timedAnswer = info -> new ReadTimeoutSubscriber<>(handler.apply(info), settings.readTimeout(),
                timers, () -> stalled(request, "sent nothing more of its answer to " + request.description()));
        if (request.body() == null) {
            return engine.send(http.method(request.method(), BodyPublishers.noBody())
                    .timeout(settings.requestTimeout()).build(), timedAnswer, readInFull);
        }
        TimedUpload upload = new TimedUpload(timers, settings.readTimeout(), settings.requestTimeout(),
                () -> stalled(request, "took nothing more of what was sent for " + request.description()
                                       + " (or the data to send stopped coming)"));
        return upload.send(http.method(request.method(), upload.watch(request.body())).build(), timedAnswer,
                (sent, answer) -> engine.send(sent, answer, readInFull));
    }

    private CartoReadTimeoutException stalled(CartoRequest request, String what) {
        Duration readTimeout = settings.readTimeout();
        return new CartoReadTimeoutException("CARTO at " + settings.host() + " " + what + " for "
                                             + readTimeout.toMillis() + " ms, so the connection was dropped",
                readTimeout);
    }
}
