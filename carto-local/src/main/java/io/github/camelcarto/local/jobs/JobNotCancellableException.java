package io.github.camelcarto.local.jobs;

/** A cancel of a job that has already finished. */
public final class JobNotCancellableException extends RuntimeException {

    private final transient JobRecord job;

    public JobNotCancellableException(JobRecord job) {
        super("Cannot set status from " + job.state().v3Name() + " to cancelled");
        this.job = job;
    }

    public JobRecord job() {
        return job;
    }
}
