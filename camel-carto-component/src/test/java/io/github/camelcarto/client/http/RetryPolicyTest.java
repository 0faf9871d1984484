package io.github.camelcarto.client.http;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;

import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.exception.CartoRateLimitException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(1000),
            Duration.ofSeconds(30));

    @Test
    void serverErrorsAreRetriedOnlyWhenTheCallIsIdempotent() {
        CartoHttpException error = new CartoHttpException("x", 503, null, "");
        assertTrue(policy.delayAfter(1, 1, true, error).isPresent());
        assertTrue(policy.delayAfter(1, 1, false, error).isEmpty());
    }

    @Test
    void clientErrorsAreNeverRetried() {
        assertTrue(policy.delayAfter(1, 1, true, new CartoHttpException("x", 400, null, "")).isEmpty());
        assertTrue(policy.delayAfter(1, 1, true, new CartoHttpException("x", 401, null, "")).isEmpty());
        assertTrue(policy.delayAfter(1, 1, true, new CartoHttpException("x", 408, null, "")).isEmpty());
    }

    @Test
    void whatTheServerWillNeverSupportIsNotRetried() {
        assertTrue(policy.delayAfter(1, 1, true, new CartoHttpException("x", 501, null, "")).isEmpty());
        assertTrue(policy.delayAfter(1, 1, true, new CartoHttpException("x", 505, null, "")).isEmpty());
    }

    @Test
    void retryAfterIsHonouredForAnyCallBecauseCartoDidNotRunIt() {
        CartoRateLimitException limited = rateLimited(Duration.ofSeconds(7));
        assertEquals(Duration.ofSeconds(7), policy.delayAfter(1, 1, false, limited).orElseThrow());
        assertEquals(Duration.ofSeconds(7), policy.delayAfter(1, 1, true, limited).orElseThrow());
    }

    @Test
    void aRetryAfterLongerThanTheCapFailsAtOnceInsteadOfHanging() {
        assertTrue(policy.delayAfter(1, 1, true, rateLimited(Duration.ofHours(1))).isEmpty());
    }

    @Test
    void a429WithoutRetryAfterBacksOffOnlyForIdempotentCalls() {
        CartoRateLimitException limited = rateLimited(null);
        assertTrue(policy.delayAfter(1, 1, true, limited).isPresent());
        assertTrue(policy.delayAfter(1, 1, false, limited).isEmpty());
    }

    @Test
    void aRefusedConnectionNeverReachedCartoSoEvenASubmitRetries() {
        CartoException refused = new CartoException("refused", new ConnectException("Connection refused"));
        assertTrue(policy.delayAfter(1, 1, false, refused).isPresent());
        CartoException reset = new CartoException("reset", new IOException("Connection reset"));
        assertTrue(policy.delayAfter(1, 1, true, reset).isPresent());
        assertTrue(policy.delayAfter(1, 1, false, reset).isEmpty());
    }

    @Test
    void retriesStopAtMaxRetries() {
        CartoHttpException error = new CartoHttpException("x", 500, null, "");
        assertTrue(policy.delayAfter(3, 1, true, error).isPresent());
        assertTrue(policy.delayAfter(4, 1, true, error).isEmpty());
    }

    @Test
    void anAttemptSentTwiceIsRepeatedOnlyWhenTwoMoreSendsStayWithinMaxRetriesPlusOne() {
        CartoException closed = new CartoException("closed", new IOException("HTTP/1.1 header parser received no bytes"));
        assertTrue(policy.delayAfter(2, 2, true, closed).isPresent());
        assertTrue(policy.delayAfter(3, 2, true, closed).isEmpty());
        assertTrue(policy.delayAfter(4, 2, true, closed).isEmpty());
    }

    @Test
    void backoffDoublesWithJitterAndStaysUnderTheCap() {
        for (int i = 0; i < 200; i++) {
            long first = policy.backoff(1).toMillis();
            assertTrue(first >= 50 && first <= 100, "first retry " + first);
            long third = policy.backoff(3).toMillis();
            assertTrue(third >= 200 && third <= 400, "third retry " + third);
            long capped = policy.backoff(30).toMillis();
            assertTrue(capped >= 500 && capped <= 1000, "capped " + capped);
        }
    }

    private static CartoRateLimitException rateLimited(Duration retryAfter) {
        return new CartoRateLimitException("x", null, "", retryAfter, null, null, null);
    }
}
