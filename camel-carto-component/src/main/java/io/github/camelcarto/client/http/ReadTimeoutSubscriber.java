package io.github.camelcarto.client.http;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An answer's body that fails when it stalls. The clock runs only while bytes have been asked for and not received:
 * when none come for the read timeout, the subscription is cancelled (which drops the connection) and the body fails
 * with the timeout. Time the reader takes before asking for more (a route writing a stream slowly) never counts, and
 * every chunk starts the clock again, so a body that keeps flowing is never cut however long it is.
 */
final class ReadTimeoutSubscriber<T> implements BodySubscriber<T> {

    private final BodySubscriber<T> downstream;
    private final Duration readTimeout;
    private final IdleTimer timer;
    private final Supplier<? extends Throwable> timedOut;
    private final AtomicBoolean ended = new AtomicBoolean();
    /** Chunks asked for and not yet received; Long.MAX_VALUE once the reader asked for everything. */
    private long demand;
    private volatile Flow.Subscription upstream;

    /**
     * @param timers   makes the timer that ends this body when it fires
     * @param timedOut the failure the body ends with when it stalls
     */
    ReadTimeoutSubscriber(BodySubscriber<T> downstream, Duration readTimeout, Function<Runnable, IdleTimer> timers,
                          Supplier<? extends Throwable> timedOut) {
        this.downstream = downstream;
        this.readTimeout = readTimeout;
        this.timer = timers.apply(this::stalled);
        this.timedOut = timedOut;
    }

    @Override
    public CompletionStage<T> getBody() {
        return downstream.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        upstream = subscription;
        downstream.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                asked(n);
                subscription.request(n);
            }

            @Override
            public void cancel() {
                timer.stop();
                subscription.cancel();
            }
        });
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        if (ended.get()) {
            return;
        }
        received();
        downstream.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
        timer.stop();
        if (ended.compareAndSet(false, true)) {
            downstream.onError(throwable);
        }
    }

    @Override
    public void onComplete() {
        timer.stop();
        if (ended.compareAndSet(false, true)) {
            downstream.onComplete();
        }
    }

    private synchronized void asked(long n) {
        if (n <= 0) {
            return;
        }
        boolean waitingAlready = demand > 0;
        demand = demand > Long.MAX_VALUE - n ? Long.MAX_VALUE : demand + n;
        if (!waitingAlready) {
            timer.restart(readTimeout);
        }
    }

    private synchronized void received() {
        if (demand != Long.MAX_VALUE && demand > 0) {
            demand--;
        }
        if (demand > 0) {
            timer.restart(readTimeout);
        } else {
            timer.pause();
        }
    }

    private void stalled() {
        if (ended.compareAndSet(false, true)) {
            Flow.Subscription subscription = upstream;
            if (subscription != null) {
                subscription.cancel();
            }
            downstream.onError(timedOut.get());
        }
    }
}
