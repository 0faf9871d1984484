package io.github.camelcarto.client;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** How the {@link JobWaiter} reads and cancels one kind of job (SQL job, import, legacy batch job). */
public interface JobPoller {

    CompletableFuture<CartoJob> read(String jobId);

    CompletableFuture<CartoJob> cancel(String jobId);

    static JobPoller of(Function<String, CompletableFuture<CartoJob>> read,
                        Function<String, CompletableFuture<CartoJob>> cancel) {
        return new JobPoller() {
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
