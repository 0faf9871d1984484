package io.github.camelcarto.client;

import java.time.Duration;

/**
 * A job that reached a terminal state while being waited for.
 *
 * @param job     its last observation
 * @param polls   how many status reads it took
 * @param elapsed how long the wait lasted
 */
public record JobOutcome(CartoJob job, int polls, Duration elapsed) {

    public boolean succeeded() {
        return job.status() == CartoJobStatus.DONE;
    }

    /** The exception for a job that did not succeed, or null when it did. */
    public CartoJobFailedException failure() {
        if (succeeded()) {
            return null;
        }
        String reason = job.errorMessage() != null ? ": " + job.errorMessage() : " (CARTO gave no reason)";
        String verb = job.status() == CartoJobStatus.CANCELLED ? " was cancelled" : " ended " + job.status();
        return new CartoJobFailedException("CARTO job " + job.id() + verb + " after " + polls + " polls in "
                                           + elapsed.toMillis() + " ms" + reason, job);
    }
}
