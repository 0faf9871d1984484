package io.github.camelcarto.local.engine;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code SLEEP_MS(ms)}: a deliberately slow SQL function for tests (a job to cancel, a timeout to hit). H2 runs it on
 * the calling thread, so a cancel wakes that thread's latch; JDBC's {@code Statement.cancel()} alone cannot reach a
 * Java function.
 */
public final class SleepFunction {

    private static final Map<Thread, CountDownLatch> SLEEPERS = new ConcurrentHashMap<>();

    private SleepFunction() {
    }

    public static long sleepMs(long millis) throws SQLException {
        Thread self = Thread.currentThread();
        CountDownLatch wake = latchOf(self);
        try {
            if (wake.await(millis, TimeUnit.MILLISECONDS)) {
                throw new SQLException("Statement was canceled", "57014");
            }
            return millis;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Statement was canceled", "57014", e);
        } finally {
            SLEEPERS.remove(self, wake);
        }
    }

    /** Ends the SLEEP_MS running on that thread, or the next one it starts before {@link #forget}. */
    static void wake(Thread thread) {
        latchOf(thread).countDown();
    }

    /** Called when the thread's execution ends, so a cancel does not outlive it on a pooled thread. */
    static void forget(Thread thread) {
        SLEEPERS.remove(thread);
    }

    private static CountDownLatch latchOf(Thread thread) {
        return SLEEPERS.computeIfAbsent(thread, t -> new CountDownLatch(1));
    }
}
