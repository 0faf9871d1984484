package io.github.camelcarto.client.http;

import java.time.Duration;

/**
 * Told each time the transport schedules another attempt of a failed call, so that whoever runs the transport can
 * count back-offs (a 429 fails with a {@link io.github.camelcarto.client.exception.CartoRateLimitException}, whose
 * Retry-After the delay honours). Called on the thread that saw the failure: it must return at once.
 */
@FunctionalInterface
public interface RetryListener {

    RetryListener NONE = (failure, delay) -> {
    };

    void retryScheduled(Throwable failure, Duration delay);
}
