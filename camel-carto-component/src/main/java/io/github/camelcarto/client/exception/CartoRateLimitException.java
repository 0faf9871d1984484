package io.github.camelcarto.client.exception;

import java.time.Duration;

/**
 * CARTO refused a request with 429 because a rate limit or a concurrency limit was reached. Carries the
 * {@code Retry-After} delay and the {@code Carto-Rate-Limit-*} values when CARTO sent them (otherwise null).
 */
public class CartoRateLimitException extends CartoHttpException {

    private final Duration retryAfter;
    private final Long limit;
    private final Long remaining;
    private final Long reset;

    public CartoRateLimitException(String message, String cartoMessage, String responseBody, Duration retryAfter,
                                   Long limit, Long remaining, Long reset) {
        super(message, 429, cartoMessage, responseBody);
        this.retryAfter = retryAfter;
        this.limit = limit;
        this.remaining = remaining;
        this.reset = reset;
    }

    /** How long CARTO asked to wait before trying again, or null if it did not say. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    /** {@code Carto-Rate-Limit-Limit}: requests allowed in the window. */
    public Long getLimit() {
        return limit;
    }

    /** {@code Carto-Rate-Limit-Remaining}: requests left in the window. */
    public Long getRemaining() {
        return remaining;
    }

    /** {@code Carto-Rate-Limit-Reset}: seconds until the limit fully resets. */
    public Long getReset() {
        return reset;
    }
}
