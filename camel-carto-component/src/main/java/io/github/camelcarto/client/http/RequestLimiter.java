package io.github.camelcarto.client.http;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounds how many calls are on the wire at once without blocking anyone: a call over the bound waits in a queue and
 * starts when another finishes. Keeps thousands of polling jobs from opening thousands of connections.
 */
public final class RequestLimiter {

    private final int maxConcurrent;
    private final AtomicInteger active = new AtomicInteger();
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

    public RequestLimiter(int maxConcurrent) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1, was " + maxConcurrent);
        }
        this.maxConcurrent = maxConcurrent;
    }

    public <T> CompletableFuture<T> run(Supplier<CompletableFuture<T>> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        waiting.add(() -> {
            CompletableFuture<T> started;
            try {
                started = call.get();
            } catch (RuntimeException e) {
                started = CompletableFuture.failedFuture(e);
            }
            started.whenComplete((value, error) -> {
                active.decrementAndGet();
                drain();
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(value);
                }
            });
        });
        drain();
        return result;
    }

    /** Calls on the wire now. */
    public int active() {
        return active.get();
    }

    /** Calls waiting for a free slot now. */
    public int queued() {
        return waiting.size();
    }

    private void drain() {
        while (!waiting.isEmpty()) {
            int current = active.get();
            if (current >= maxConcurrent) {
                return;
            }
            if (active.compareAndSet(current, current + 1)) {
                Runnable next = waiting.poll();
                if (next == null) {
                    active.decrementAndGet();
                } else {
                    next.run();
                }
            }
        }
    }
}
