package io.github.camelcarto.client.http;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A deadline that moves with progress: it fires once when, while it counts, nothing has moved for the limit it was
 * last {@linkplain #restart(Duration) restarted} with. That tells a transfer that stalled from one that is merely
 * long. One check at a time waits on the scheduler; progress only moves the deadline, so a busy transfer costs a
 * lock and a clock read per chunk. What it fires runs on {@code executor}, never on the scheduler's thread.
 */
final class IdleTimer {

    private final ScheduledExecutorService scheduler;
    private final Executor executor;
    private final LongSupplier nanoTime;
    private final Runnable onIdle;

    private boolean counting;
    private boolean stopped;
    private long deadline;
    private ScheduledFuture<?> check;
    private long checkAt;

    IdleTimer(ScheduledExecutorService scheduler, Executor executor, LongSupplier nanoTime, Runnable onIdle) {
        this.scheduler = scheduler;
        this.executor = executor;
        this.nanoTime = nanoTime;
        this.onIdle = onIdle;
    }

    /**
     * Makes timers that wait on {@code scheduler} and fire on the engine's executor, where its answers arrive too (so
     * that a route continuing after a timeout never holds the scheduler's one thread).
     */
    static Function<Runnable, IdleTimer> on(ScheduledExecutorService scheduler, HttpEngine engine) {
        Executor executor = engine.executor();
        return onIdle -> new IdleTimer(scheduler, executor, System::nanoTime, onIdle);
    }

    /** Counts from now: fires unless something moves (another restart) within {@code limit}. */
    synchronized void restart(Duration limit) {
        if (stopped) {
            return;
        }
        counting = true;
        deadline = nanoTime.getAsLong() + limit.toNanos();
        if (check == null || deadline < checkAt) {
            if (check != null) {
                check.cancel(false);
            }
            scheduleCheck(deadline);
        }
    }

    /** Nothing is awaited for now (no bytes were asked for): stops counting until the next restart. */
    synchronized void pause() {
        counting = false;
    }

    /** The transfer ended: never fires. */
    synchronized void stop() {
        stopped = true;
        counting = false;
        if (check != null) {
            check.cancel(false);
            check = null;
        }
    }

    private void scheduleCheck(long at) {
        checkAt = at;
        try {
            check = scheduler.schedule(this::check, Math.max(0, at - nanoTime.getAsLong()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            // the component is stopping and drops its calls anyway
            check = null;
        }
    }

    private void check() {
        synchronized (this) {
            check = null;
            if (stopped || !counting) {
                return;
            }
            if (nanoTime.getAsLong() < deadline) {
                scheduleCheck(deadline);
                return;
            }
            stopped = true;
        }
        try {
            executor.execute(onIdle);
        } catch (RejectedExecutionException stopping) {
            // the component is stopping and drops its calls anyway
        }
    }
}
