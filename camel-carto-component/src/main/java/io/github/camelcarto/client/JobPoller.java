package io.github.camelcarto.client;

import java.util.concurrent.CompletableFuture;

/** How the {@link JobWaiter} reads and cancels one kind of job (SQL job, import, legacy batch job). */
public interface JobPoller {

    CompletableFuture<CartoJob> read(String jobId);

    CompletableFuture<CartoJob> cancel(String jobId);
}
