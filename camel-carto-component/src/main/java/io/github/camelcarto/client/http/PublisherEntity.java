package io.github.camelcarto.client.http;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.ByteBuffer;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

/**
 * A JDK {@link BodyPublisher} as the body of an Apache HttpClient 5 request: pieces are asked for ahead, written as the
 * connection takes them, and asked for again in batches once half are written. Pieces of a body that is not small
 * (known length over 64 KB, or unknown) are asked for on {@code readers}, one task at a time, as reading them (a file,
 * a stream being gzipped) may block, and the client's I/O thread must not. The I/O thread is woken only when it waits
 * for a piece: waking it for every piece, and handing every request for one more to a reader, held uploads to half the
 * JDK client's speed.
 * <p>
 * Sent again (after a 307 or 308 redirect), the body is subscribed to again, as the JDK client does: the publisher
 * starts over, or fails if it cannot (a COPY stream says it was sent once already).
 */
final class PublisherEntity implements AsyncEntityProducer, Flow.Subscriber<ByteBuffer> {

    /** A body of known length up to this size is taken to be in memory, and its pieces asked for at once. */
    private static final long SMALL = 64 * 1024;
    /** Pieces asked for ahead (16 KB each from the JDK's stream publishers), so that reading overlaps writing. */
    private static final int AHEAD = 16;

    private final BodyPublisher body;
    private final Executor readers;
    private final boolean readHere;
    private final Queue<ByteBuffer> pieces = new ConcurrentLinkedQueue<>();
    /** Pieces asked for and not yet written. */
    private final AtomicInteger unwritten = new AtomicInteger();
    /** Whether the writer found nothing to write and waits to be woken. */
    private final AtomicBoolean writerWaiting = new AtomicBoolean();
    private volatile Flow.Subscription subscription;
    private volatile DataStreamChannel channel;
    private volatile boolean complete;
    private volatile Throwable failure;
    private volatile boolean subscribed;
    /** Pieces to ask the publisher for on a reader; a task is on its way while this is above 0. */
    private final AtomicLong toAsk = new AtomicLong();

    PublisherEntity(BodyPublisher body, Executor readers) {
        this.body = body;
        this.readers = readers;
        this.readHere = body.contentLength() >= 0 && body.contentLength() <= SMALL;
    }

    @Override
    public void produce(DataStreamChannel output) throws IOException {
        channel = output;
        if (!subscribed) {
            subscribed = true;
            body.subscribe(this);
        }
        int written = 0;
        while (true) {
            // read before the queue: the end never comes before the last piece, so an empty queue then means done
            boolean ended = complete;
            Throwable failed = failure;
            ByteBuffer piece = pieces.peek();
            if (piece == null) {
                askForMoreAfter(written);
                settle(output, ended, failed);
                return;
            }
            output.write(piece);
            if (piece.hasRemaining()) {
                askForMoreAfter(written);
                return; // the connection takes no more for now; the client calls again when it does
            }
            pieces.poll();
            written++;
        }
    }

    /** With nothing left to write: ends the body, fails it, or waits to be woken by the next piece. */
    private void settle(DataStreamChannel output, boolean ended, Throwable failed) throws IOException {
        if (failed != null) {
            throw new IOException("Reading the body to send failed: " + ConnectionFailures.reason(failed), failed);
        }
        if (ended) {
            output.endStream();
            return;
        }
        writerWaiting.set(true);
        if (!pieces.isEmpty() || complete || failure != null) {
            wakeWriter(); // it came while the writer was settling down to wait
        }
    }

    private void askForMoreAfter(int written) {
        if (written > 0 && unwritten.addAndGet(-written) <= AHEAD / 2 && !complete) {
            int more = AHEAD - unwritten.get();
            unwritten.addAndGet(more);
            askFor(more);
        }
    }

    @Override
    public int available() {
        // any non-zero value makes the client call produce(), which also ends the body
        return pieces.isEmpty() && !complete && failure == null ? 0 : 1;
    }

    @Override
    public void onSubscribe(Flow.Subscription piecesToCome) {
        subscription = piecesToCome;
        unwritten.addAndGet(AHEAD);
        askFor(AHEAD);
    }

    @Override
    public void onNext(ByteBuffer piece) {
        pieces.add(piece);
        wakeWriter();
    }

    @Override
    public void onError(Throwable error) {
        failure = error;
        wakeWriter();
    }

    @Override
    public void onComplete() {
        complete = true;
        wakeWriter();
    }

    private void askFor(int count) {
        if (readHere) {
            subscription.request(count);
        } else if (toAsk.getAndAdd(count) == 0) {
            readers.execute(this::askOnReader);
        }
    }

    /** One reader task at a time asks the publisher, which then reads on that thread (Reactive Streams rule 2.7). */
    private void askOnReader() {
        long count = toAsk.get();
        do {
            Flow.Subscription current = subscription; // none between two sends of the body
            if (current != null) {
                current.request(count);
            }
        } while ((count = toAsk.addAndGet(-count)) > 0);
    }

    private void wakeWriter() {
        DataStreamChannel output = channel;
        if (output != null && writerWaiting.compareAndSet(true, false)) {
            output.requestOutput();
        }
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public void failed(Exception cause) {
        releaseResources();
    }

    /** Called after each send: sent again, the body starts over. */
    @Override
    public void releaseResources() {
        Flow.Subscription current = subscription;
        if (current != null && !complete) {
            current.cancel();
        }
        if (subscribed) {
            subscribed = false;
            subscription = null;
            pieces.clear();
            unwritten.set(0);
            writerWaiting.set(false);
            complete = false;
            failure = null;
        }
    }

    @Override
    public long getContentLength() {
        return body.contentLength();
    }

    @Override
    public String getContentType() {
        return null; // the request's own Content-Type header says it
    }

    @Override
    public String getContentEncoding() {
        return null; // likewise Content-Encoding
    }

    @Override
    public boolean isChunked() {
        return body.contentLength() < 0;
    }

    @Override
    public Set<String> getTrailerNames() {
        return Set.of();
    }
}
