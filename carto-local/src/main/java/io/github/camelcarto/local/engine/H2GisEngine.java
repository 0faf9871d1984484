package io.github.camelcarto.local.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.h2gis.functions.factory.H2GISFunctions;

/**
 * Embedded H2 with the H2GIS spatial functions: in memory, or in a file under the data directory so tables survive
 * a restart. Unquoted names are folded to lower case (as PostgreSQL and CARTO do), so {@code `my_table`} and
 * {@code my_table} name the same table.
 */
public final class H2GisEngine implements SqlEngine {

    private static final String SETTINGS = ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    private final String url;
    /** Holds the database open between requests (an in-memory one would vanish with its last connection). */
    private final Connection keeper;

    private H2GisEngine(String url) throws SQLException {
        this.url = url;
        this.keeper = DriverManager.getConnection(url);
        H2GISFunctions.load(keeper);
        try (Statement statement = keeper.createStatement()) {
            statement.execute("CREATE ALIAS IF NOT EXISTS SLEEP_MS FOR '" + SleepFunction.class.getName() + ".sleepMs'");
        }
    }

    /** A database file {@code carto.mv.db} in {@code dataDir}, or a private in-memory one when dataDir is null. */
    public static H2GisEngine open(Path dataDir) {
        try {
            if (dataDir == null) {
                return new H2GisEngine("jdbc:h2:mem:carto-local-" + UUID.randomUUID() + SETTINGS);
            }
            Files.createDirectories(dataDir);
            return new H2GisEngine("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("carto") + SETTINGS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not open the H2GIS database: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "h2gis";
    }

    @Override
    public Connection open() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** H2 appends "; SQL statement: ... [code-version]": CARTO answers with the message alone. */
    @Override
    public String errorMessage(SQLException error) {
        String message = String.valueOf(error.getMessage());
        int echo = message.indexOf("; SQL statement:");
        if (echo >= 0) {
            return message.substring(0, echo);
        }
        return message.replaceFirst("\\s*\\[\\d+-\\d+]$", "");
    }

    @Override
    public void close() {
        try (Statement statement = keeper.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already closed: nothing left to release
        }
        try {
            keeper.close();
        } catch (SQLException e) {
            // the SHUTDOWN above closed it
        }
    }
}
