package io.github.camelcarto;

import io.github.camelcarto.client.exception.CartoException;

/**
 * An idempotency key came back with a different submission than the one it was first used for: other SQL, parameters
 * or connection (an import: another connection or destination). Taking the first one's job would answer this message
 * with another message's result, and submitting would break the key's promise, so the exchange fails before any call.
 */
public class CartoIdempotencyConflictException extends CartoException {

    private final String idempotencyKey;
    private final String jobId;

    public CartoIdempotencyConflictException(String message, String idempotencyKey, String jobId) {
        super(message);
        this.idempotencyKey = idempotencyKey;
        this.jobId = jobId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    /** The job the key was first used for. */
    public String getJobId() {
        return jobId;
    }
}
