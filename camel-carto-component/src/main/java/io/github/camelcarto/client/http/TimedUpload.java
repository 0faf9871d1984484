package io.github.camelcarto.client.http;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times one send of a call that has a body. The JDK client's request timeout runs from the start of a call to the
 * answer's headers, so it would cut an upload that takes longer however steadily it flows (a large COPY FROM).
 * Here the upload may take as long as it keeps moving, {@code readTimeout} at most between two pieces taken, and
 * {@code requestTimeout} counts from its last byte. When either runs out the call is cancelled, which drops the
 * connection.
 */
final class TimedUpload {

    private final Duration readTimeout;
    private final Duration requestTimeout;
    private final Supplier<? extends Throwable> stalled;
    private final IdleTimer timer;
    private volatile boolean uploaded;
    private volatile Throwable timedOut;
    private volatile CompletableFuture<?> call;

    /**
     * @param timers  makes the timer that ends this send when it fires
     * @param stalled the failure when the upload stopped moving
     */
    TimedUpload(Function<Runnable, IdleTimer> timers, Duration readTimeout, Duration requestTimeout,
                Supplier<? extends Throwable> stalled) {
        this.readTimeout = readTimeout;
        this.requestTimeout = requestTimeout;
        this.stalled = stalled;
        this.timer = timers.apply(this::expired);
    }

    /** {@code body}, watched: each piece the client takes of it is progress, its end starts the wait for an answer. */
    BodyPublisher watch(BodyPublisher body) {
        return new BodyPublisher() {
            @Override
            public long contentLength() {
                return body.contentLength();
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                body.subscribe(new Watching(subscriber));
            }
        };
    }

    /**
     * Sends {@code request}, whose body is a {@linkplain #watch watched} one and which has no timeout of its own, with
     * {@code sendAsync}: a future that, when cancelled, cancels the exchange.
     */
    <T> CompletableFuture<HttpResponse<T>> send(HttpRequest request, BodyHandler<T> handler,
                                                BiFunction<HttpRequest, BodyHandler<T>, CompletableFuture<HttpResponse<T>>> sendAsync) {
        // connecting and the first piece of the upload: the same silence is allowed as between two pieces
        timer.restart(readTimeout);
        CompletableFuture<HttpResponse<T>> sent = sendAsync.apply(request, info -> {
            timer.stop();
            return handler.apply(info);
        });
        call = sent;
        if (timedOut != null) {
            sent.cancel(true);
        }
        sent.whenComplete((response, error) -> timer.stop());
        return sent.exceptionallyCompose(error -> CompletableFuture.failedFuture(timedOut != null ? timedOut : error));
    }

    private void expired() {
        timedOut = uploaded
                ? new HttpTimeoutException("no answer within " + requestTimeout.toMillis() + " ms of the upload's end")
                : stalled.get();
        CompletableFuture<?> current = call;
        if (current != null) {
            current.cancel(true);
        }
    }

    /** Passes the body on, telling the timer how it moves. */
    private final class Watching implements Flow.Subscriber<ByteBuffer> {
        private final Flow.Subscriber<? super ByteBuffer> client;

        Watching(Flow.Subscriber<? super ByteBuffer> client) {
            this.client = client;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            uploaded = false;
            timer.restart(readTimeout);
            client.onSubscribe(subscription);
        }

        @Override
        public void onNext(ByteBuffer item) {
            timer.restart(readTimeout);
            client.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            client.onError(throwable);
        }

        @Override
        public void onComplete() {
            uploaded = true;
            timer.restart(requestTimeout);
            client.onComplete();
        }
    }
}
