package io.github.camelcarto.client.http;

import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import io.github.camelcarto.client.exception.CartoReadTimeoutException;
import io.github.camelcarto.testing.ManualScheduler;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read timeout counts only while bytes are awaited, on a scheduler whose clock moves only when a task runs. */
class ReadTimeoutSubscriberTest {

    private static final Duration READ_TIMEOUT = Duration.ofMillis(100);

    private final ManualScheduler scheduler = new ManualScheduler();
    private final Upstream upstream = new Upstream();

    @Test
    void aBodyWhoseBytesStopComingFailsAndDropsTheConnection() {
        ReadTimeoutSubscriber<String> body = timed(BodySubscribers.ofString(StandardCharsets.UTF_8));
        body.onSubscribe(upstream);
        body.onNext(chunk("a,b\n"));

        scheduler.runAll();

        assertTrue(upstream.cancelled);
        CompletableFuture<String> result = body.getBody().toCompletableFuture();
        assertTrue(result.isCompletedExceptionally());
        assertInstanceOf(CartoReadTimeoutException.class, result.handle((value, error) -> error).join());
        assertEquals(READ_TIMEOUT.toNanos(), scheduler.nanoTime());
    }

    @Test
    void aBodyThatKeepsFlowingIsNeverCutHoweverLongItTakes() {
        ReadTimeoutSubscriber<String> body = timed(BodySubscribers.ofString(StandardCharsets.UTF_8));
        body.onSubscribe(upstream);
        // a chunk every 60 ms, twenty of them: more than ten read timeouts in all, never one of silence
        for (int i = 1; i <= 20; i++) {
            scheduler.schedule(() -> body.onNext(chunk("1\n")), i * 60L, TimeUnit.MILLISECONDS);
        }
        scheduler.schedule(body::onComplete, 20 * 60L + 1, TimeUnit.MILLISECONDS);

        scheduler.runAll();

        assertFalse(upstream.cancelled);
        assertEquals("1\n".repeat(20), body.getBody().toCompletableFuture().join());
    }

    @Test
    void aReaderThatTakesItsTimeToAskForMoreIsNotTimedOut() {
        RecordingReader reader = new RecordingReader();
        ReadTimeoutSubscriber<Void> body = timed(reader);
        body.onSubscribe(upstream);
        reader.subscription.request(1);
        body.onNext(chunk("a"));

        // nothing is awaited while the reader does not ask: time passes without a timeout
        scheduler.runAll();
        assertFalse(upstream.cancelled);
        assertEquals(List.of(), reader.errors);

        reader.subscription.request(1);
        scheduler.runAll();
        assertTrue(upstream.cancelled);
        assertInstanceOf(CartoReadTimeoutException.class, reader.errors.get(0));
    }

    private <T> ReadTimeoutSubscriber<T> timed(BodySubscriber<T> downstream) {
        return new ReadTimeoutSubscriber<>(downstream, READ_TIMEOUT,
                onIdle -> new IdleTimer(scheduler, scheduler, scheduler::nanoTime, onIdle),
                () -> new CartoReadTimeoutException("stalled", READ_TIMEOUT));
    }

    private static List<ByteBuffer> chunk(String text) {
        return List.of(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The connection's side of the body: remembers whether it was cancelled. */
    private static final class Upstream implements Flow.Subscription {
        boolean cancelled;

        @Override
        public void request(long n) {
            // the test delivers chunks itself
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
