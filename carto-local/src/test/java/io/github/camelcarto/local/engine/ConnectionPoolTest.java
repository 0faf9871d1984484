package io.github.camelcarto.local.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pool over real (in-memory H2) connections, with a clock stepped by hand. */
class ConnectionPoolTest {

    private final String url = "jdbc:h2:mem:pool-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final List<Connection> opened = new ArrayList<>();
    private final List<Connection> reset = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private boolean resetFails;

    private final ConnectionPool pool = new ConnectionPool(this::open, connection -> {
        if (resetFails) {
            throw new SQLException("reset refused");
        }
        reset.add(connection);
    }, 2, clock::get);

    private Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        opened.add(connection);
        return connection;
    }

    @AfterEach
    void closeAll() throws SQLException {
        pool.close();
        for (Connection connection : opened) {
            connection.close();
        }
    }

    @Test
    void aReturnedConnectionIsResetAndLentAgain() throws SQLException {
        Connection first = pool.borrow();
        Connection real = first.unwrap(Connection.class);
        first.close();

        Connection second = pool.borrow();

        assertEquals(1, opened.size(), "no second connection was opened");
        assertEquals(List.of(real), reset);
        assertSame(real, second.unwrap(Connection.class));
        assertFalse(real.isClosed());
    }

    @Test
    void aClosedLoanCannotBeUsedAndClosingItTwiceReturnsItOnce() throws SQLException {
        Connection loan = pool.borrow();
        loan.close();
        loan.close();

        assertTrue(loan.isClosed());
        assertThrows(SQLException.class, loan::createStatement);
        assertEquals(1, reset.size());
        assertEquals(1, pool.idleCount());
    }

    @Test
    void aConnectionThatCannotBeResetIsClosed() throws SQLException {
        Connection loan = pool.borrow();
        Connection real = loan.unwrap(Connection.class);
        resetFails = true;

        loan.close();

        assertTrue(real.isClosed());
        assertEquals(0, pool.idleCount());
    }

    @Test
    void beyondTheIdleBoundReturnedConnectionsAreClosed() throws SQLException {
        List<Connection> loans = List.of(pool.borrow(), pool.borrow(), pool.borrow());
        for (Connection loan : loans) {
            loan.close();
        }

        assertEquals(3, opened.size());
        assertEquals(2, pool.idleCount());
        assertEquals(1, opened.stream().filter(ConnectionPoolTest::isClosed).count());
    }

    @Test
    void aConnectionIdleForLongIsCheckedAndReplacedWhenDead() throws SQLException {
        Connection loan = pool.borrow();
        Connection real = loan.unwrap(Connection.class);
        loan.close();
        real.close(); // the server dropped it while it waited
        clock.addAndGet(ConnectionPool.CHECK_AFTER_IDLE_NANOS + 1);

        Connection next = pool.borrow();

        assertNotSame(real, next.unwrap(Connection.class));
        assertFalse(next.isClosed());
        assertEquals(2, opened.size());
    }

    @Test
    void closingThePoolClosesIdleConnectionsAndThoseReturnedLater() throws SQLException {
        Connection idle = pool.borrow();
        Connection busy = pool.borrow();
        idle.close();

        pool.close();
        busy.close();

        assertTrue(opened.stream().allMatch(ConnectionPoolTest::isClosed));
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
