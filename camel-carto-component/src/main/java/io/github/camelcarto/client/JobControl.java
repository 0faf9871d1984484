package io.github.camelcarto.client;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Reads and cancels one kind of job (SQL job, workflow run, import, legacy batch job) by id: what the
 * {@link JobWaiter} needs to know of an API to wait for its jobs. The waiter decides when to read; this only knows how.
 */
public interface JobControl {

    /** The job's current state. */
    CompletableFuture<CartoJob> read(String jobId);

    /** Asks CARTO to cancel the job; the future holds the job as CARTO answered. */
    CompletableFuture<CartoJob> cancel(String jobId);

    static JobControl of(Function<String, CompletableFuture<CartoJob>> read,
                         Function<String, CompletableFuture<CartoJob>> cancel) {
        return new JobControl() {
            @Override
            public CompletableFuture<CartoJob> read(String jobId) {
                return read.apply(jobId);
            }

            @Override
            public CompletableFuture<CartoJob> cancel(String jobId) {
                return cancel.apply(jobId);
            }
        };
    }
}
