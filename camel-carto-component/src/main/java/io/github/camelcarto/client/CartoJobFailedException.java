package io.github.camelcarto.client;

import io.github.camelcarto.client.exception.CartoException;

/**
 * A CARTO job (SQL job, workflow run, import) ended FAILED or CANCELLED. Carries the job's id, its final state and
 * CARTO's own message.
 */
public class CartoJobFailedException extends CartoException {

    private final CartoJob job;

    public CartoJobFailedException(String message, CartoJob job) {
        super(message);
        this.job = job;
    }

    public CartoJob getJob() {
        return job;
    }

    public String getJobId() {
        return job.id();
    }

    public CartoJobStatus getStatus() {
        return job.status();
    }

    /** CARTO's explanation of the failure, or null when it gave none. */
    public String getCartoMessage() {
        return withSecretsHidden(job.errorMessage());
    }
}
