package io.github.camelcarto.local.v2;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelcarto.local.engine.Execution;
import io.github.camelcarto.local.engine.SqlRole;

/**
 * The SQL API's statement timeouts, one for authenticated keys and one for the public role (CARTO gives the public
 * role a shorter one). A timer cancels the running statement, which works alike on both engines and also stops
 * {@code pg_sleep}/{@code SLEEP_MS}; the answer is then the server's 429. Null: no timeout.
 */
public record StatementTimeouts(Duration authenticated, Duration publicRole) {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "carto-local-statement-timeout");
        thread.setDaemon(true);
        return thread;
    });

    /** A running timer; closing it before it fires keeps the statement alive. */
    interface Timer extends AutoCloseable {
        @Override
        void close();
    }

    Timer start(SqlRole role, Execution execution) {
        Duration timeout = role == SqlRole.PUBLIC ? publicRole : authenticated;
        if (timeout == null) {
            return () -> { };
        }
        ScheduledFuture<?> expiry = TIMER.schedule(execution::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
        return () -> expiry.cancel(false);
    }
}
