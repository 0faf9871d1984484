package io.github.camelcarto.local.engine;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Keeps connections open between requests. Opening a PostgreSQL connection forks a backend and runs the password
 * exchange (SCRAM): about 15 ms per query on the benchmark machine, where the query itself took well under one.
 * <p>
 * A borrowed connection is returned by closing it. On return it is reset ({@link Reset}) so that nothing a request
 * did to its session reaches the next one; a connection whose reset fails, or that finds the pool full or closed, is
 * closed for real. A connection idle for longer than {@link #CHECK_AFTER_IDLE_NANOS} is checked before it is lent
 * again, so one the server dropped meanwhile is replaced rather than failing a request.
 */
final class ConnectionPool implements AutoCloseable {

    /** Opens a new connection to the engine. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /** Puts a returned connection back into the state of a fresh one; throws when it cannot. */
    @FunctionalInterface
    interface Reset {
        void reset(Connection connection) throws SQLException;
    }

    static final long CHECK_AFTER_IDLE_NANOS = TimeUnit.SECONDS.toNanos(10);

    private record Idle(Connection connection, long sinceNanos) {
    }

    private final Opener opener;
    private final Reset reset;
    private final LongSupplier nanoClock;
    private final BlockingDeque<Idle> idle;
    private volatile boolean closed;

    /** @param maxIdle how many connections stay open while unused; busier moments open (and then close) more */
    ConnectionPool(Opener opener, Reset reset, int maxIdle, LongSupplier nanoClock) {
        this.opener = opener;
        this.reset = reset;
        this.nanoClock = nanoClock;
        this.idle = new LinkedBlockingDeque<>(maxIdle);
    }

    /** A connection to use and then close, which returns it to the pool. */
    Connection borrow() throws SQLException {
        Idle candidate;
        // most recently returned first: it is the likeliest to be alive and warm
        while ((candidate = idle.pollFirst()) != null) {
            if (nanoClock.getAsLong() - candidate.sinceNanos() < CHECK_AFTER_IDLE_NANOS
                || isAlive(candidate.connection())) {
                return lent(candidate.connection());
            }
            closeQuietly(candidate.connection());
        }
        return lent(opener.open());
    }

    private void giveBack(Connection connection) {
        if (closed) {
            closeQuietly(connection);
            return;
        }
        try {
            reset.reset(connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            return;
        }
        if (!idle.offerFirst(new Idle(connection, nanoClock.getAsLong()))) {
            closeQuietly(connection);
        }
        if (closed) {
            // closed while this was being returned: close() may have drained the pool already
            close();
        }
    }

    /** Closes the idle connections; borrowed ones close when they are returned. */
    @Override
    public void close() {
        closed = true;
        Idle next;
        while ((next = idle.pollFirst()) != null) {
            closeQuietly(next.connection());
        }
    }

    /** How many connections wait for a borrower now. */
    int idleCount() {
        return idle.size();
    }

    private static boolean isAlive(Connection connection) {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // it is being thrown away: nothing else to do with it
        }
    }

    /**
     * The connection as its borrower sees it: closing it returns it to the pool, once; everything else, unwrap
     * included (COPY needs the driver's own connection), goes to the real one.
     */
    private Connection lent(Connection real) {
        InvocationHandler handler = new InvocationHandler() {
            private boolean returned;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                if (method.getDeclaringClass() == Object.class) {
                    return method.invoke(real, args);
                }
                switch (method.getName()) {
                    case "close" -> {
                        if (!returned) {
                            returned = true;
                            giveBack(real);
                        }
                        return null;
                    }
                    case "isClosed" -> {
                        return returned || real.isClosed();
                    }
                    default -> {
                        if (returned) {
                            throw new SQLException("This connection was closed (returned to carto-local's pool)");
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                handler);
    }
}
