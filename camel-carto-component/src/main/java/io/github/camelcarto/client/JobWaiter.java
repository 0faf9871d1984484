package io.github.camelcarto.client;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.TransientFailures;
import io.github.camelcarto.client.http.Futures;

/**
 * Waits for jobs without holding a thread: each wait is a chain of polls scheduled on a shared scheduler, so
 * thousands of jobs can be waited for with a thread or two. Polls back off up to a ceiling; a wait that runs out of
 * time ends with a {@link CartoTimeoutException} (after cancelling the job if asked) and never submits the job again.
 * A status read that fails {@linkplain TransientFailures transiently} (after the transport's own retries) is a poll
 * error, not a job failure: the wait goes on within its budget.
 */
public final class JobWaiter {

    private static final Logger LOG = LoggerFactory.getLogger(JobWaiter.class);

    private final ScheduledExecutorService scheduler;
    private final LongSupplier nanoTime;
    private final Set<PendingWait> pending = ConcurrentHashMap.newKeySet();
    private final LongAdder pollsSent = new LongAdder();

    /**
     * @param scheduler runs the polls; a shared one, since a poll only sends a request and returns
     * @param nanoTime  a monotonic clock in nanoseconds ({@code System::nanoTime}), which waits measure their time by
     */
    public JobWaiter(ScheduledExecutorService scheduler, LongSupplier nanoTime) {
        this.scheduler = scheduler;
        this.nanoTime = nanoTime;
    }

    /**
     * Waits for a job that was just submitted (or observed) as {@code current}.
     *
     * @param owner whoever started the wait (a producer): {@link #abort(Object, String)} ends its waits
     */
    public CompletableFuture<JobOutcome> await(CartoJob current, JobControl control, WaitOptions options, Object owner) {
        PendingWait wait = new PendingWait(current, control, options, owner);
        if (current.terminal()) {
            wait.result.complete(new JobOutcome(current, 0, Duration.ZERO));
            return wait.result;
        }
        pending.add(wait);
        wait.result.whenComplete((outcome, error) -> pending.remove(wait));
        wait.schedule(options.pollInterval());
        return wait.result;
    }

    /** Waits in progress now. */
    public int inFlight() {
        return pending.size();
    }

    /** The waits in progress now, oldest first. */
    public List<WaitingJob> waiting() {
        return pending.stream().sorted(Comparator.comparingLong(wait -> wait.startNanos)).map(PendingWait::snapshot)
                .toList();
    }

    /** Status polls sent since the waiter was created. */
    public long pollsSent() {
        return pollsSent.sum();
    }

    /**
     * Ends every wait started by {@code owner}: the job is cancelled in CARTO where its options say
     * {@code cancelOnStop}, and the wait fails with a {@link CartoException} naming {@code reason}.
     */
    public void abort(Object owner, String reason) {
        for (PendingWait wait : pending) {
            if (wait.owner == owner) {
                wait.abort(reason);
            }
        }
    }

    private final class PendingWait implements Runnable {
        /** The id CARTO gave at submit: every poll and the cancel use it, whatever ids later answers carry. */
        private final String jobId;
        private final JobControl control;
        private final WaitOptions options;
        private final Object owner;
        private final long startNanos = nanoTime.getAsLong();
        private final CompletableFuture<JobOutcome> result = new CompletableFuture<>();
        private volatile CartoJob last;
        private volatile int polls;
        private volatile Duration interval;
        private volatile ScheduledFuture<?> scheduled;
        private volatile Throwable lastPollError;

        PendingWait(CartoJob current, JobControl control, WaitOptions options, Object owner) {
            this.last = current;
            this.jobId = current.id();
            this.control = control;
            this.options = options;
            this.owner = owner;
            this.interval = options.pollInterval();
        }

        @Override
        public void run() {
            if (result.isDone()) {
                return;
            }
            polls++;
            pollsSent.increment();
            Futures.started(() -> control.read(jobId)).whenComplete(this::onPoll);
        }

        WaitingJob snapshot() {
            ScheduledFuture<?> next = scheduled;
            long nextPollMillis = next == null || next.isDone() ? 0 : Math.max(0, next.getDelay(TimeUnit.MILLISECONDS));
            return new WaitingJob(jobId, last.status(), elapsed(), Duration.ofMillis(nextPollMillis), polls, owner);
        }

        private void onPoll(CartoJob job, Throwable error) {
            if (result.isDone()) {
                return;
            }
            if (error != null) {
                Throwable cause = Futures.cause(error);
                if (!TransientFailures.isTransient(cause)) {
                    result.completeExceptionally(cause);
                    return;
                }
                lastPollError = cause;
                LOG.debug("Poll {} of CARTO job {} failed, will poll again: {}", polls, jobId, cause.getMessage());
            } else {
                last = last.updatedBy(job);
                lastPollError = null;
                if (last.terminal()) {
                    result.complete(new JobOutcome(last, polls, elapsed()));
                    return;
                }
            }
            Duration remaining = options.waitTimeout().minus(elapsed());
            if (remaining.isNegative() || remaining.isZero()) {
                giveUp("did not finish within " + options.waitTimeout().toMillis() + " ms", true);
                return;
            }
            interval = options.nextPollInterval(interval);
            schedule(interval.compareTo(remaining) < 0 ? interval : remaining);
        }

        void schedule(Duration delay) {
            try {
                scheduled = scheduler.schedule(this, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                abort("the component is stopping");
            }
        }

        void abort(String reason) {
            ScheduledFuture<?> next = scheduled;
            if (next != null) {
                next.cancel(false);
            }
            giveUp("was still " + last.status() + " when " + reason, false);
        }

        /**
         * Ends the wait; with {@code timedOut} the exception is a {@link CartoTimeoutException}. Whether the job is
         * cancelled depends on why: {@code cancelOnTimeout} when the time ran out, {@code cancelOnStop} otherwise.
         */
        private void giveUp(String why, boolean timedOut) {
            if (result.isDone()) {
                return;
            }
            boolean cancel = timedOut ? options.cancelOnTimeout() : options.cancelOnStop();
            String what = "Waiting for CARTO job " + jobId + " ended: it " + why + " (" + polls + " polls"
                          + (lastPollError != null ? ", last poll failed: " + lastPollError.getMessage() : "") + ")";
            if (!cancel) {
                result.completeExceptionally(failure(what + "; the job was left running", timedOut, false));
                return;
            }
            CompletableFuture<CartoJob> cancelled = Futures.started(() -> control.cancel(jobId));
            if (!timedOut) {
                // stopping: the executors that would deliver CARTO's answer are going away, so do not wait for it
                result.completeExceptionally(failure(what + "; a cancel was sent to CARTO", false, true));
                return;
            }
            cancelled.whenComplete((job, cancelError) -> {
                String outcome = cancelError == null
                        ? "; the job was cancelled in CARTO"
                        : "; cancelling it in CARTO failed: " + Futures.cause(cancelError).getMessage();
                result.completeExceptionally(failure(what + outcome, true, true));
            });
        }

        private CartoException failure(String message, boolean timedOut, boolean cancelRequested) {
            if (timedOut) {
                return new CartoTimeoutException(message, jobId, last.status(), elapsed(), polls, cancelRequested,
                        lastPollError);
            }
            return new CartoException(message, lastPollError);
        }

        private Duration elapsed() {
            return Duration.ofNanos(nanoTime.getAsLong() - startNanos);
        }
    }
}
