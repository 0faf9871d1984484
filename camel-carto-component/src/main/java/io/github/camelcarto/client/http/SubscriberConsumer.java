package io.github.camelcarto.client.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Reads an answer of Apache HttpClient 5 into a JDK {@link BodySubscriber}, with its demand as the flow control: the
 * client is given back capacity only for what the subscriber took. That bounds a Content-Length body to the client's
 * window (64 KB), not a chunked HTTP/1.1 one, which Apache's client reads on regardless; so the engine uses this only
 * for answers read in full. Chunks are handed to the subscriber one at a time, in order, by whichever thread finds
 * work to do (the I/O thread as bytes arrive, or the reader asking for more), never by two at once.
 */
final class SubscriberConsumer<T> implements AsyncResponseConsumer<Void> {

    private final BodyHandler<T> handler;
    private final Consumer<Answer<T>> onAnswer;
    private final Runnable abort;
    private final Queue<ByteBuffer> chunks = new ConcurrentLinkedQueue<>();
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger drains = new AtomicInteger();
    /** Bytes taken by the subscriber and not yet given back to the client as capacity. */
    private final AtomicInteger freed = new AtomicInteger();
    private volatile BodySubscriber<T> subscriber;
    private volatile CapacityChannel capacity;
    private volatile boolean ended;
    private volatile Exception failure;
    private volatile boolean cancelled;
    /** Told when the whole answer has arrived, which ends the exchange and frees its connection. */
    private volatile FutureCallback<Void> exchangeDone;
    private boolean finished;

    /** What the handler made of an answer's head: the JDK's view of the status and headers, and the body to come. */
    record Answer<T>(ResponseInfo info, BodySubscriber<T> body) {
    }

    /**
     * @param onAnswer told once the head arrived and {@code handler} made the body's subscriber
     * @param abort    drops the exchange (and its connection) when the subscriber cancels
     */
    SubscriberConsumer(BodyHandler<T> handler, Consumer<Answer<T>> onAnswer, Runnable abort) {
        this.handler = handler;
        this.onAnswer = onAnswer;
        this.abort = abort;
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entity, HttpContext context,
                                FutureCallback<Void> done) {
        ResponseInfo info = new Info(response.getCode(), headersOf(response),
                response.getVersion() != null && response.getVersion().getMajor() == 2
                        ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
        exchangeDone = done;
        BodySubscriber<T> body = handler.apply(info);
        subscriber = body;
        body.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                if (n <= 0) {
                    dropWith(new IllegalArgumentException("A body subscriber asked for " + n + " chunks"));
                    return;
                }
                demand.getAndAccumulate(n, (now, more) -> now > Long.MAX_VALUE - more ? Long.MAX_VALUE : now + more);
                drain();
            }

            @Override
            public void cancel() {
                cancelled = true;
                chunks.clear();
                abort.run();
            }
        });
        onAnswer.accept(new Answer<>(info, body));
        if (entity == null) {
            streamEnd(List.of());
        }
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // a 1xx answer before the real one: nothing to read
    }

    /** Called when the client's window is used up: it reads on once what the subscriber took is given back. */
    @Override
    public void updateCapacity(CapacityChannel channel) {
        capacity = channel;
        giveBackCapacity();
    }

    @Override
    public void consume(ByteBuffer data) {
        if (cancelled) {
            return;
        }
        // the client reuses its buffer once this returns
        ByteBuffer copy = ByteBuffer.allocate(data.remaining());
        copy.put(data).flip();
        chunks.add(copy);
        drain();
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        ended = true;
        drain();
        exchangeDone.completed(null);
    }

    /**
     * The first failure is the one the reader gets; one after the whole answer came (an upload's write broke after
     * the server answered) changes nothing.
     */
    @Override
    public void failed(Exception cause) {
        if (!ended && failure == null) {
            failure = cause;
        }
        drain();
    }

    /** Fails the body and drops the exchange, whose connection would otherwise wait for a reader that is gone. */
    private void dropWith(Exception cause) {
        failed(cause);
        abort.run();
    }

    @Override
    public void releaseResources() {
        capacity = null;
    }

    /** Hands on what the subscriber asked for and has arrived, then the end; one thread at a time, missing nothing. */
    private void drain() {
        if (drains.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            BodySubscriber<T> body = subscriber;
            if (body != null && !finished) {
                try {
                    handOn(body);
                } catch (RuntimeException broken) {
                    // a subscriber that throws is done with (Reactive Streams rule 2.13): it gets nothing more
                    finished = true;
                    chunks.clear();
                    abort.run();
                }
            }
            missed = drains.addAndGet(-missed);
        } while (missed != 0);
    }

    private void handOn(BodySubscriber<T> body) {
        if (cancelled) {
            finished = true;
            return;
        }
        if (failure == null) {
            ByteBuffer chunk;
            while (demand.get() > 0 && (chunk = chunks.poll()) != null) {
                demand.decrementAndGet();
                freed.addAndGet(chunk.remaining());
                body.onNext(List.of(chunk));
            }
            giveBackCapacity();
        }
        if (failure != null) {
            finished = true;
            chunks.clear();
            body.onError(failure);
        } else if (ended && chunks.isEmpty()) {
            finished = true;
            body.onComplete();
        }
    }

    private void giveBackCapacity() {
        CapacityChannel channel = capacity;
        if (channel == null || ended) {
            return; // kept in freed until the client asks
        }
        int bytes = freed.getAndSet(0);
        if (bytes == 0) {
            return;
        }
        try {
            channel.update(bytes);
        } catch (IOException broken) {
            failure = broken;
            abort.run();
        }
    }

    private static HttpHeaders headersOf(HttpResponse response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        return HttpHeaders.of(headers, (name, value) -> true);
    }

    private record Info(int statusCode, HttpHeaders headers, HttpClient.Version version) implements ResponseInfo {
    }
}
