package io.github.camelcarto.client;

/**
 * A job's state, normalised across CARTO's shapes: the SQL API's {@code pending|running|success|failure}, the
 * BigQuery-style {@code {state: PENDING|RUNNING|DONE, errorResult}} of Workflows, the legacy Batch API's
 * {@code pending|running|done|failed|cancelled|skipped|unknown} and the Imports API's states.
 */
public enum CartoJobStatus {
    PENDING,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED,
    UNKNOWN;

    /** DONE, FAILED and CANCELLED: the job will not change any more. */
    public boolean isFinished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
