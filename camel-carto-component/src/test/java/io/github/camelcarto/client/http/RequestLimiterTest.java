package io.github.camelcarto.client.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestLimiterTest {

    @Test
    void neverRunsMoreThanTheBoundAndRunsEveryCallInTheEnd() {
        RequestLimiter limiter = new RequestLimiter(3);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        List<CompletableFuture<Integer>> results = new ArrayList<>();
        AtomicInteger maxSeen = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            int n = i;
            results.add(limiter.run(() -> {
                maxSeen.accumulateAndGet(limiter.active(), Math::max);
                CompletableFuture<Integer> call = new CompletableFuture<>();
                calls.add(call);
                return call.thenApply(v -> v + n);
            }));
        }
        assertEquals(3, calls.size());
        assertEquals(7, limiter.queued());
        // completing calls lets the queued ones start, one for one
        for (int i = 0; i < 10; i++) {
            calls.get(i).complete(100);
        }
        for (int i = 0; i < 10; i++) {
            assertEquals(100 + i, results.get(i).join());
        }
        assertEquals(3, maxSeen.get());
        assertEquals(0, limiter.active());
        assertEquals(0, limiter.queued());
    }

    @Test
    void aCallThatThrowsReleasesItsSlot() {
        RequestLimiter limiter = new RequestLimiter(1);
        CompletableFuture<Object> failed = limiter.run(() -> {
            throw new IllegalStateException("boom");
        });
        assertTrue(failed.isCompletedExceptionally());
        assertEquals(0, limiter.active());
        assertEquals("ok", limiter.run(() -> CompletableFuture.completedFuture("ok")).join());
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RequestLimiter(0));
    }
}
