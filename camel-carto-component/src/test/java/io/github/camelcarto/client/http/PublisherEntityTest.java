package io.github.camelcarto.client.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Flow;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Apache engine's sending of a JDK body publisher: every piece goes out before the end, and a body sent again
 * (after a redirect) is subscribed to again, as the JDK client does.
 */
class PublisherEntityTest {

    @Test
    void aLastPieceAndTheEndThatArriveJustAsTheQueueRunsDryAreBothSent() throws IOException {
        Streamed body = new Streamed();
        PublisherEntity entity = new PublisherEntity(body, Runnable::run);
        Channel channel = new Channel();
        entity.produce(channel); // subscribes, asking for pieces ahead
        for (int piece = 0; piece < 8; piece++) {
            entity.onNext(bytes(piece + ","));
        }
        // writing those eight asks for more: the reader delivers the last piece and the end at once
        body.onRequest = () -> {
            entity.onNext(bytes("last"));
            entity.onComplete();
        };

        driveUntilIdle(entity, channel);

        assertEquals("0,1,2,3,4,5,6,7,last", channel.sent());
        assertTrue(channel.ended);
    }

    /** Calls produce() as the client does: again each time the entity asked to write. */
    private static void driveUntilIdle(PublisherEntity entity, Channel channel) throws IOException {
        int handled;
        do {
            handled = channel.outputRequests;
            entity.produce(channel);
        } while (channel.outputRequests != handled && !channel.ended);
    }

    @Test
    void aWriterWithNothingToWriteIsWokenByTheNextPiece() throws IOException {
        Streamed body = new Streamed();
        PublisherEntity entity = new PublisherEntity(body, Runnable::run);
        Channel channel = new Channel();
        entity.produce(channel);
        assertEquals(0, entity.available());

        entity.onNext(bytes("a"));
        entity.onNext(bytes("b"));
        assertEquals(1, channel.outputRequests, "woken once, not for every piece");

        entity.produce(channel);
        entity.onComplete();
        entity.produce(channel);
        assertEquals("ab", channel.sent());
        assertTrue(channel.ended);
        assertTrue(body.requested >= 2, "asked for pieces ahead: " + body.requested);
    }

    @Test
    void aBodyInMemoryIsSentAgainAfterARedirect() throws IOException {
        PublisherEntity entity = new PublisherEntity(BodyPublishers.ofString("{\"q\":\"SELECT 1\"}"), Runnable::run);
        assertTrue(entity.isRepeatable());
        Channel first = new Channel();
        entity.produce(first);
        entity.releaseResources();
        Channel again = new Channel();
        entity.produce(again);

        assertEquals("{\"q\":\"SELECT 1\"}", first.sent());
        assertEquals("{\"q\":\"SELECT 1\"}", again.sent());
        assertTrue(again.ended);
    }

    @Test
    void aStreamedBodyIsSubscribedToAgainWhenSentAgain() throws IOException {
        Streamed body = new Streamed();
        PublisherEntity entity = new PublisherEntity(body, Runnable::run);
        assertTrue(entity.isRepeatable());
        entity.produce(new Channel());
        entity.releaseResources();
        entity.produce(new Channel());

        assertEquals(2, body.subscriptions);
    }

    @Test
    void aBodyThatFailsToBeReadFailsTheSend() throws IOException {
        PublisherEntity entity = new PublisherEntity(new Streamed(), Runnable::run);
        entity.produce(new Channel());
        entity.onError(new IOException("disk gone"));

        IOException failed = assertThrows(IOException.class, () -> entity.produce(new Channel()));
        assertTrue(failed.getMessage().contains("disk gone"), failed.getMessage());
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A body of unknown length whose pieces the test delivers itself. */
    private static final class Streamed implements BodyPublisher {
        long requested;
        int subscriptions;
        /** What the reader does when asked for more pieces, once. */
        Runnable onRequest;

        @Override
        public long contentLength() {
            return -1;
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            subscriptions++;
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                    requested += n;
                    Runnable delivery = onRequest;
                    onRequest = null;
                    if (delivery != null) {
                        delivery.run();
                    }
                }

                @Override
                public void cancel() {
                }
            });
        }
    }

    /** A connection that takes everything written to it. */
    private static final class Channel implements DataStreamChannel {
        private final ByteArrayOutputStream written = new ByteArrayOutputStream();
        int outputRequests;
        boolean ended;

        @Override
        public void requestOutput() {
            outputRequests++;
        }

        @Override
        public int write(ByteBuffer src) {
            int length = src.remaining();
            byte[] bytes = new byte[length];
            src.get(bytes);
            written.writeBytes(bytes);
            return length;
        }

        @Override
        public void endStream(List<? extends Header> trailers) {
            ended = true;
        }

        @Override
        public void endStream() {
            ended = true;
        }

        String sent() {
            return written.toString(StandardCharsets.UTF_8);
        }
    }
}
