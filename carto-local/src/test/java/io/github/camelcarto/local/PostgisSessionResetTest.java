package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import io.github.camelcarto.local.engine.PostgisEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PostGIS engine keeps connections open between requests: whatever one request did to its session must not reach
 * the next one that gets the same backend, and closing the engine closes them all.
 */
class PostgisSessionResetTest {

    private PostgisTestDatabase database;
    private PostgisEngine engine;

    @BeforeEach
    void start() {
        Optional<String> unavailable = PostgisTestDatabase.unavailable();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> unavailable.orElse(""));
        database = PostgisTestDatabase.create();
        engine = new PostgisEngine(database.url(), database.user(), database.password());
    }

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void theNextRequestOnTheSameBackendFindsAFreshSession() throws SQLException {
        int backend;
        try (Connection first = engine.open(); Statement statement = first.createStatement()) {
            backend = backendOf(statement);
            // roles belong to the cluster, not to the test's database
            String role = "reset_" + database.name();
            statement.execute("CREATE ROLE " + role + " NOLOGIN");
            statement.execute("GRANT " + role + " TO CURRENT_USER");
            statement.execute("SET ROLE " + role);
            statement.execute("SET statement_timeout = 1234");
            statement.execute("CREATE TEMP TABLE left_behind (a int)");
            statement.execute("PREPARE left_prepared AS SELECT 1");
            statement.execute("BEGIN");
        }

        try (Connection next = engine.open(); Statement statement = next.createStatement()) {
            assertEquals(backend, backendOf(statement), "the pool lends the one idle connection again");
            assertEquals(database.user(), text(statement, "SELECT current_user"));
            assertEquals("0", text(statement, "SHOW statement_timeout"));
            assertEquals("0", text(statement, "SELECT count(*) FROM pg_prepared_statements"));
            assertEquals("f", text(statement, "SELECT to_regclass('pg_temp.left_behind') IS NOT NULL"));
            SQLException noTransaction = assertThrows(SQLException.class, () -> statement.execute("SAVEPOINT s"));
            assertEquals("25P01", noTransaction.getSQLState(), "SAVEPOINT outside a transaction block");
        }
    }

    @Test
    void aTransactionAbortedByItsSqlDoesNotFailTheNextRequest() throws SQLException {
        try (Connection first = engine.open(); Statement statement = first.createStatement()) {
            statement.execute("BEGIN");
            assertThrows(SQLException.class, () -> statement.execute("SELECT 1 / 0"));
        }

        try (Connection next = engine.open(); Statement statement = next.createStatement()) {
            assertEquals("1", text(statement, "SELECT 1"));
            assertNull(next.getWarnings(), "no notice of the reset reaches the request");
        }
    }

    @Test
    void closingTheEngineClosesItsConnections() throws SQLException {
        try (Connection used = engine.open(); Statement statement = used.createStatement()) {
            statement.execute("SELECT 1");
        }
        engine.close();
        engine = null;

        try (Connection admin = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement statement = admin.createStatement()) {
            assertEquals("0", text(statement, "SELECT count(*) FROM pg_stat_activity "
                                              + "WHERE datname = current_database() AND pid <> pg_backend_pid()"));
        }
    }

    private static int backendOf(Statement statement) throws SQLException {
        return Integer.parseInt(text(statement, "SELECT pg_backend_pid()"));
    }

    private static String text(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
