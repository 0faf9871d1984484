package io.github.camelcarto.client.http;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import io.github.camelcarto.client.exception.CartoRateLimitException;
import io.github.camelcarto.client.exception.TransientFailures;

/**
 * Decides whether a failed call is tried again and after how long.
 * <ul>
 * <li>429 with {@code Retry-After}: CARTO refused the call without running it, so any call waits as asked, unless
 * the wait is longer than {@code maxRetryAfter}: then it fails at once rather than hang.</li>
 * <li>Other {@linkplain TransientFailures transient} failures (429 without {@code Retry-After}, 5xx but 501 and
 * 505, broken connections): only idempotent calls, with exponential backoff (doubling from {@code initialDelay},
 * capped at {@code maxDelay}) and jitter. SQL API v2's statement timeout is not transient.</li>
 * <li>A refused connection never reached CARTO, so any call may retry it.</li>
 * </ul>
 * A job submit is not idempotent: it is never re-sent once it may have reached CARTO. {@code maxRetries} counts
 * sends, so a call goes out at most {@code maxRetries + 1} times (see {@link JdkClientRepeats} for the one exception).
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Duration maxRetryAfter) {

    public static RetryPolicy none() {
        return new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /**
     * @param  sent              how many times the call has gone out so far (1 after the first attempt), counting the
     *                           sends the HTTP client made on its own ({@link JdkClientRepeats})
     * @param  sentByLastAttempt how many of those the attempt that just failed made: the next one may need as many,
     *                           and it is started only if they all fit within {@code maxRetries + 1} sends
     * @return                   the delay before the next attempt, or empty to give up with {@code failure}
     */
    public Optional<Duration> delayAfter(int sent, int sentByLastAttempt, boolean idempotent, Throwable failure) {
        if (sent + sentByLastAttempt > maxRetries + 1) {
            return Optional.empty();
        }
        if (failure instanceof CartoRateLimitException rateLimit && rateLimit.getRetryAfter() != null) {
            Duration asked = rateLimit.getRetryAfter();
            return asked.compareTo(maxRetryAfter) <= 0 ? Optional.of(asked) : Optional.empty();
        }
        if (isConnectionRefused(failure) || idempotent && TransientFailures.isTransient(failure)) {
            return Optional.of(backoff(sent));
        }
        return Optional.empty();
    }

    /** Half the exponential delay fixed, half random, so clients that failed together do not retry together. */
    Duration backoff(int sent) {
        long exponential = initialDelay.toMillis() << Math.min(sent - 1, 20);
        long capped = Math.min(Math.max(exponential, 0), maxDelay.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0));
    }

    private static boolean isConnectionRefused(Throwable failure) {
        return failure.getCause() instanceof ConnectException;
    }
}
