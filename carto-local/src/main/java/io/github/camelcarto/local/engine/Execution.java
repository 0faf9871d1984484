package io.github.camelcarto.local.engine;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * One run of a script that another thread may cancel: it knows the statement in flight and the thread running it,
 * so {@link #cancel()} can stop a running statement ({@code Statement.cancel()}) or a {@code SLEEP_MS}.
 */
public final class Execution {

    private volatile boolean cancelled;
    private volatile boolean timedOut;
    private volatile Statement current;
    private volatile Thread thread;

    public void cancel() {
        cancelled = true;
        Statement statement = current;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException e) {
                // the statement finished meanwhile; the flag stops the next one
            }
        }
        Thread running = thread;
        if (running != null) {
            SleepFunction.wake(running);
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Cancels because the statement timeout ran out, which callers report differently from a cancel. */
    public void expire() {
        timedOut = true;
        cancel();
    }

    public boolean isTimedOut() {
        return timedOut;
    }

    /** Marks the statement about to run, so a cancel can reach it; fails at once if already cancelled. */
    public void begin(Statement statement) throws SQLException {
        thread = Thread.currentThread();
        current = statement;
        if (cancelled) {
            throw new SQLException("Statement was canceled", "57014");
        }
    }

    /** Pairs with {@link #begin}, in a finally block. */
    public void end() {
        current = null;
        Thread running = thread;
        thread = null;
        if (running != null) {
            SleepFunction.forget(running);
        }
    }
}
