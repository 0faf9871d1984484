package io.github.camelcarto.local.jobs;

import io.github.camelcarto.local.engine.Execution;

/** What a job does when it runs; throwing marks the job failed (or cancelled, if it was cancelled meanwhile). */
@FunctionalInterface
public interface JobWork {

    void run(JobRecord job, Execution execution) throws Exception;
}
