package io.github.camelcarto;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelcarto.client.exception.CartoException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rate limit and cache in front of CARTO, on a clock stepped by hand and checks completed by hand. */
class AccessCheckCacheTest {

    private static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final AtomicLong now = new AtomicLong();
    private final List<CompletableFuture<Void>> checks = new ArrayList<>();
    private boolean answerEachCheckAtOnce;
    private Throwable answer;
    // no wait: a check that has not completed is seen at once as "still running"
    private final AccessCheckCache cache = new AccessCheckCache(this::newCheck, now::get, FRESH_FOR, Duration.ZERO);

    @Test
    void anAnswerStandsForThirtySecondsThenANewCheckIsMade() {
        answerEachCheckAtOnce(null);

        assertTrue(cache.latest().answered());
        step(Duration.ofSeconds(29));
        assertNull(cache.latest().failure());
        assertEquals(1, checks.size());

        step(Duration.ofSeconds(1));
        cache.latest();
        assertEquals(2, checks.size());
    }

    @Test
    void aFailureIsKeptJustAsLong() {
        CartoException refused = new CartoException("refused");
        answerEachCheckAtOnce(refused);

        assertSame(refused, cache.latest().failure());
        step(Duration.ofSeconds(10));
        assertSame(refused, cache.latest().failure());
        assertEquals(1, checks.size());
    }

    @Test
    void whileACheckRunsNoOtherStartsAndWithNothingKnownItIsUnanswered() {
        AccessCheckCache.Answer first = cache.latest();
        step(Duration.ofSeconds(7));
        AccessCheckCache.Answer second = cache.latest();

        assertFalse(first.answered());
        assertFalse(second.answered());
        assertEquals(Duration.ofSeconds(7), second.waited());
        assertEquals(1, checks.size());

        checks.get(0).complete(null);
        assertTrue(cache.latest().answered());
        assertEquals(1, checks.size());
    }

    @Test
    void aSlowCheckKeepsThePreviousAnswerUntilItIsThirtySecondsOld() {
        answerEachCheckAtOnce(null);
        cache.latest();
        answerEachCheckAtOnce = false;
        step(FRESH_FOR);

        AccessCheckCache.Answer whileSlow = cache.latest();
        assertTrue(whileSlow.answered());
        assertNull(whileSlow.failure());
        assertEquals(2, checks.size());

        step(FRESH_FOR);
        AccessCheckCache.Answer tooSlow = cache.latest();
        assertFalse(tooSlow.answered());
        assertEquals(FRESH_FOR, tooSlow.waited());
        assertEquals(2, checks.size());
    }

    @Test
    void aCheckThatCannotEvenStartIsAFailure() {
        AccessCheckCache broken = new AccessCheckCache(() -> {
            throw new IllegalStateException("not wired");
        }, now::get, FRESH_FOR, Duration.ZERO);

        AccessCheckCache.Answer answer = broken.latest();

        assertTrue(answer.answered());
        assertEquals("not wired", answer.failure().getMessage());
    }

    private void answerEachCheckAtOnce(Throwable failure) {
        answerEachCheckAtOnce = true;
        answer = failure;
    }

    private CompletableFuture<Void> newCheck() {
        CompletableFuture<Void> check = new CompletableFuture<>();
        checks.add(check);
        if (answerEachCheckAtOnce) {
            if (answer == null) {
                check.complete(null);
            } else {
                check.completeExceptionally(answer);
            }
        }
        return check;
    }

    private void step(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
