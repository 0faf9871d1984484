package io.github.camelcarto.local.jobs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import io.github.camelcarto.local.engine.Execution;

/**
 * Runs jobs in the background on a small pool: pending, then running, then success or failure. A cancel marks the
 * job cancelled at once and stops its statement in flight; a late success or failure never overwrites it.
 */
public final class JobRunner implements AutoCloseable {

    /** Turns what a job threw into the error code and message it reports. */
    public interface ErrorDescriber {
        String[] describe(Throwable error);
    }

    private final JobStore store;
    private final ErrorDescriber errors;
    private final ExecutorService threads;
    private final Map<String, Execution> running = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public JobRunner(JobStore store, int threadCount, ErrorDescriber errors) {
        this.store = store;
        this.errors = errors;
        AtomicInteger counter = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threadCount, runnable -> {
            Thread thread = new Thread(runnable, "carto-local-job-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public JobStore store() {
        return store;
    }

    /** Saves the job as pending and queues it; returns the pending record. */
    public JobRecord submit(JobRecord job, JobWork work) {
        JobRecord saved = store.save(job);
        threads.execute(() -> run(saved.jobId(), work));
        return saved;
    }

    /** Cancels a pending or running job; a finished one throws {@link JobNotCancellableException}. */
    public JobRecord cancel(String jobId) {
        JobRecord cancelled = store.update(jobId, job -> {
            if (job.state().isFinal()) {
                throw new JobNotCancellableException(job);
            }
            return job.withState(JobState.CANCELLED);
        });
        Execution execution = running.get(jobId);
        if (execution != null) {
            execution.cancel();
        }
        return cancelled;
    }

    private void run(String jobId, JobWork work) {
        if (closed) {
            return;
        }
        Execution execution = new Execution();
        running.put(jobId, execution);
        try {
            JobRecord job = store.update(jobId, current -> current.state() == JobState.PENDING
                    ? current.withState(JobState.RUNNING) : current);
            if (job.state() != JobState.RUNNING) {
                return;
            }
            work.run(job, execution);
            finish(jobId, current -> current.withState(JobState.SUCCESS));
        } catch (Exception | LinkageError e) {
            String[] described = errors.describe(e);
            finish(jobId, current -> current.failed(described[0], described[1]));
        } finally {
            running.remove(jobId);
        }
    }

    /** Moves a running job to its final state, unless a cancel or the shutdown came first. */
    private void finish(String jobId, UnaryOperator<JobRecord> change) {
        store.update(jobId, current -> current.state() == JobState.RUNNING && !closed ? change.apply(current) : current);
    }

    /**
     * Stops what runs without recording an outcome: those jobs stay running on disk and the next start marks them
     * failed ("server restarted"). Threads are not interrupted, which could close H2's open files.
     */
    @Override
    public void close() {
        closed = true;
        running.values().forEach(Execution::cancel);
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
