package io.github.camelcarto.client.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.impl.BasicEntityDetails;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Apache engine's reading of an answer into a JDK body subscriber: a chunk reaches the reader only when asked
 * for, the client may read on only as far as the reader took, and the end or a failure reaches it exactly once.
 */
class SubscriberConsumerTest {

    private final RecordingReader reader = new RecordingReader();
    private final AtomicBoolean aborted = new AtomicBoolean();
    private final AtomicInteger exchangeEnded = new AtomicInteger();
    private final Capacity capacity = new Capacity();
    private SubscriberConsumer<Void> consumer;

    @BeforeEach
    void answerHeadArrives() {
        consumer = new SubscriberConsumer<>(info -> reader, answer -> { }, () -> aborted.set(true));
        consumer.consumeResponse(new BasicHttpResponse(200), new BasicEntityDetails(-1, ContentType.TEXT_PLAIN), null,
                counting(exchangeEnded));
    }

    @Test
    void theClientReadsOnOnlyAsFarAsTheReaderTook() {
        consumer.consume(chunk("aaa"));
        consumer.consume(chunk("bbbb"));
        consumer.consume(chunk("cc"));
        consumer.updateCapacity(capacity); // the client's window is used up

        assertEquals(0, capacity.granted, "nothing was taken yet");
        assertEquals(List.of(), reader.taken);

        reader.subscription.request(2);
        assertEquals(List.of("aaa", "bbbb"), reader.taken);
        assertEquals(7, capacity.granted);

        reader.subscription.request(10);
        consumer.consume(chunk("d"));
        consumer.streamEnd(List.of());
        assertEquals(List.of("aaa", "bbbb", "cc", "d"), reader.taken);
        assertEquals(1, reader.completions);
        assertEquals(1, exchangeEnded.get());
    }

    @Test
    void theEndWaitsForTheChunksBeforeIt() {
        consumer.consume(chunk("aaa"));
        consumer.streamEnd(List.of());
        assertEquals(0, reader.completions);

        reader.subscription.request(1);
        assertEquals(List.of("aaa"), reader.taken);
        assertEquals(1, reader.completions);
    }

    @Test
    void aFailureReachesTheReaderOnceAndAtOnce() {
        consumer.consume(chunk("aaa"));
        IllegalStateException broken = new IllegalStateException("connection reset");
        consumer.failed(broken);
        consumer.failed(new IllegalStateException("again"));

        assertEquals(List.of(broken), reader.errors);
        assertEquals(List.of(), reader.taken);
    }

    @Test
    void aReaderThatCancelsDropsTheExchangeAndGetsNothingMore() {
        reader.subscription.request(1);
        consumer.consume(chunk("aaa"));
        reader.subscription.cancel();
        consumer.consume(chunk("bbb"));
        reader.subscription.request(1);
        consumer.streamEnd(List.of());

        assertTrue(aborted.get());
        assertEquals(List.of("aaa"), reader.taken);
        assertEquals(0, reader.completions);
        assertEquals(List.of(), reader.errors);
    }

    @Test
    void anAnswerWithoutABodyEndsAtItsHead() {
        RecordingReader empty = new RecordingReader();
        AtomicInteger ended = new AtomicInteger();
        new SubscriberConsumer<>(info -> empty, answer -> { }, () -> { }).consumeResponse(new BasicHttpResponse(204),
                null, null, counting(ended));
        assertEquals(1, empty.completions);
        assertEquals(1, ended.get());
        assertFalse(aborted.get());
    }

    /** The exchange's end, as Apache's client is told of it: counted. */
    private static FutureCallback<Void> counting(AtomicInteger ends) {
        return new FutureCallback<>() {
            @Override
            public void completed(Void result) {
                ends.incrementAndGet();
            }

            @Override
            public void failed(Exception ex) {
            }

            @Override
            public void cancelled() {
            }
        };
    }

    private static ByteBuffer chunk(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final class Capacity implements CapacityChannel {
        int granted;

        @Override
        public void update(int increment) {
            granted += increment;
        }
    }
}
