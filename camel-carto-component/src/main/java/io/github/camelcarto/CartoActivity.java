package io.github.camelcarto;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.client.WaitingJob;
import io.github.camelcarto.client.exception.CartoRateLimitException;
import io.github.camelcarto.client.http.RetryListener;

/**
 * What operators can see of one carto component: the jobs waiting (and by status, and the oldest wait), the status
 * polls sent, the calls on the wire and queued, and the back-offs that 429 answers caused. The dev console, JMX and
 * Micrometer all read it. It counts retries itself, as the transports' {@link RetryListener}, and reads the rest from
 * the component's runtime: zero while the component has none. Nothing here holds a secret.
 */
final class CartoActivity implements RetryListener {

    /** A job that has finished is no longer waited for. */
    static final List<CartoJobStatus> WAITING_STATUSES = Arrays.stream(CartoJobStatus.values())
            .filter(status -> !status.isFinished()).toList();

    private final Supplier<CartoRuntime> runtime;
    private final LongAdder rateLimitBackoffs = new LongAdder();
    private final LongAdder retryAfterWaits = new LongAdder();
    private final LongAdder retryAfterMillis = new LongAdder();

    /** @param runtime the component's runtime now, or null while it has none */
    CartoActivity(Supplier<CartoRuntime> runtime) {
        this.runtime = runtime;
    }

    @Override
    public void retryScheduled(Throwable failure, Duration delay) {
        if (failure instanceof CartoRateLimitException rateLimited) {
            rateLimitBackoffs.increment();
            if (rateLimited.getRetryAfter() != null) {
                retryAfterWaits.increment();
                retryAfterMillis.add(delay.toMillis());
            }
        }
    }

    int jobsWaiting() {
        CartoRuntime current = runtime.get();
        return current != null ? current.waiter().inFlight() : 0;
    }

    /** The jobs waiting, oldest first. */
    List<WaitingJob> waitingJobs() {
        CartoRuntime current = runtime.get();
        return current != null ? current.waiter().waiting() : List.of();
    }

    /** How many jobs wait in each status a waiting job can have (PENDING, RUNNING, UNKNOWN), zeros included. */
    Map<CartoJobStatus, Integer> jobsByStatus() {
        Map<CartoJobStatus, Integer> counts = new EnumMap<>(CartoJobStatus.class);
        for (CartoJobStatus status : WAITING_STATUSES) {
            counts.put(status, 0);
        }
        for (WaitingJob job : waitingJobs()) {
            counts.merge(job.status(), 1, Integer::sum);
        }
        return counts;
    }

    /** How long the oldest job has been waited for; zero when none waits. */
    Duration oldestWait() {
        List<WaitingJob> waiting = waitingJobs();
        return waiting.isEmpty() ? Duration.ZERO : waiting.get(0).waited();
    }

    long jobPolls() {
        CartoRuntime current = runtime.get();
        return current != null ? current.waiter().pollsSent() : 0;
    }

    /** HTTP calls to CARTO on the wire now. */
    int callsInFlight() {
        CartoRuntime current = runtime.get();
        return current != null ? current.limiter().active() : 0;
    }

    /** HTTP calls waiting for a free slot under maxConcurrentRequests. */
    int callsQueued() {
        CartoRuntime current = runtime.get();
        return current != null ? current.limiter().queued() : 0;
    }

    /** Calls sent again after a 429, with or without Retry-After. */
    long rateLimitBackoffs() {
        return rateLimitBackoffs.sum();
    }

    /** Of those, the ones that waited as CARTO's Retry-After asked. */
    long retryAfterWaits() {
        return retryAfterWaits.sum();
    }

    /** The time all Retry-After waits added up to. */
    Duration retryAfterWaited() {
        return Duration.ofMillis(retryAfterMillis.sum());
    }
}
