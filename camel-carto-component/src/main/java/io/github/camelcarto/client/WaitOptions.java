package io.github.camelcarto.client;

import java.time.Duration;

/**
 * How to wait for a job.
 *
 * @param pollInterval          delay before the first poll and between the first polls
 * @param maxPollInterval       the longest delay between polls once they have backed off
 * @param pollBackoffMultiplier each delay is the previous one times this (1 = fixed interval)
 * @param waitTimeout           how long to wait in all before giving up with a {@link CartoTimeoutException}
 * @param cancelOnTimeout       whether to cancel the job in CARTO when the wait runs out of time
 * @param cancelOnStop          whether to cancel the job in CARTO when the wait is ended early (the caller stops); a
 *                              job that someone will wait for again (a resumable submission) is left running
 */
public record WaitOptions(Duration pollInterval, Duration maxPollInterval, double pollBackoffMultiplier,
                          Duration waitTimeout, boolean cancelOnTimeout, boolean cancelOnStop) {

    /** Options whose early end does what the timeout does: cancel the job if {@code cancelOnTimeout}. */
    public WaitOptions(Duration pollInterval, Duration maxPollInterval, double pollBackoffMultiplier,
                       Duration waitTimeout, boolean cancelOnTimeout) {
        this(pollInterval, maxPollInterval, pollBackoffMultiplier, waitTimeout, cancelOnTimeout, cancelOnTimeout);
    }

    public WaitOptions {
        require(pollInterval.toMillis() > 0, "pollInterval must be positive, was " + pollInterval.toMillis() + " ms");
        require(maxPollInterval.compareTo(pollInterval) >= 0, "maxPollInterval (" + maxPollInterval.toMillis()
                + " ms) must not be shorter than pollInterval (" + pollInterval.toMillis() + " ms)");
        require(pollBackoffMultiplier >= 1.0, "pollBackoffMultiplier must be 1 or more, was " + pollBackoffMultiplier);
        require(waitTimeout.toMillis() > 0, "waitTimeout must be positive, was " + waitTimeout.toMillis() + " ms");
    }

    /** These options, but leaving the job running when the wait is ended early. */
    public WaitOptions leavingJobsRunningOnStop() {
        return new WaitOptions(pollInterval, maxPollInterval, pollBackoffMultiplier, waitTimeout, cancelOnTimeout, false);
    }

    /** The delay after a poll that waited {@code previous}: multiplied, then capped. */
    public Duration nextPollInterval(Duration previous) {
        double next = previous.toMillis() * pollBackoffMultiplier;
        return Duration.ofMillis((long) Math.min(next, maxPollInterval.toMillis()));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
