package io.github.camelcarto.client;

import java.time.Duration;

import io.github.camelcarto.client.exception.CartoException;

/**
 * Waiting for a CARTO job ran out of time (or was ended by a shutdown) before the job reached a terminal state.
 * The job is never submitted again; {@link #isCancelRequested()} tells whether a cancel was sent to CARTO.
 */
public class CartoTimeoutException extends CartoException {

    private final String jobId;
    private final CartoJobStatus lastStatus;
    private final Duration waited;
    private final int polls;
    private final boolean cancelRequested;

    public CartoTimeoutException(String message, String jobId, CartoJobStatus lastStatus, Duration waited, int polls,
                                 boolean cancelRequested, Throwable cause) {
        super(message, cause);
        this.jobId = jobId;
        this.lastStatus = lastStatus;
        this.waited = waited;
        this.polls = polls;
        this.cancelRequested = cancelRequested;
    }

    public String getJobId() {
        return jobId;
    }

    public CartoJobStatus getLastStatus() {
        return lastStatus;
    }

    public Duration getWaited() {
        return waited;
    }

    public int getPolls() {
        return polls;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }
}
