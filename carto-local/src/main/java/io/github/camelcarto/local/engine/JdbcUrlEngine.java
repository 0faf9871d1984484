package io.github.camelcarto.local.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * An external database reached by JDBC URL, meant for PostgreSQL with PostGIS ({@code jdbc:postgresql://...}). The
 * server adds nothing to it: no SLEEP_MS (use pg_sleep), and tables live wherever the database keeps them.
 */
public final class JdbcUrlEngine implements SqlEngine {

    private final String url;
    private final Properties credentials = new Properties();

    public JdbcUrlEngine(String url, String user, String password) {
        this.url = url;
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        try (Connection probe = open()) {
            probe.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not connect to " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return url.startsWith("jdbc:postgresql:") ? "postgresql" : "jdbc";
    }

    @Override
    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    @Override
    public void close() {
        // connections are per request: nothing is held open
    }
}
