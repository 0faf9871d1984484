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
     */
    <T> CompletableFuture<HttpResponse<T>> send(CartoRequest request, HttpRequest.Builder http, BodyHandler<T> handler) {
        BodyHandler<T> timedAnswer = info -> new ReadTimeoutSubscriber<>(handler.apply(info), settings.readTimeout(),
                timers, () -> stalled(request, "sent nothing more of its answer to " + request.description()));
        if (request.body() == null) {
            return client.sendAsync(http.method(request.method(), BodyPublishers.noBody())
                    .timeout(settings.requestTimeout()).build(), timedAnswer);
        }
        TimedUpload upload = new TimedUpload(timers, settings.readTimeout(), settings.requestTimeout(),
                () -> stalled(request, "took nothing more of what was sent for " + request.description()
                                       + " (or the data to send stopped coming)"));
        return upload.send(client, http.method(request.method(), upload.watch(request.body())).build(), timedAnswer);
    }

    private CartoReadTimeoutException stalled(CartoRequest request, String what) {
        Duration readTimeout = settings.readTimeout();
        return new CartoReadTimeoutException("CARTO at " + settings.host() + " " + what + " for "
                                             + readTimeout.toMillis() + " ms, so the connection was dropped",
                readTimeout);
    }
}
