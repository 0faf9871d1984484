package io.github.camelcarto.local.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.postgresql.util.PSQLException;

/**
 * PostgreSQL with PostGIS, reached by JDBC URL: the engine CARTO itself runs, so SQL, errors, notices and COPY are
 * PostgreSQL's own. At start it makes sure the database has PostGIS and carto-local's helper functions
 * ({@code postgis-setup.sql}: CDB_CartodbfyTable, SLEEP_MS); roles are PostgreSQL roles, entered with
 * {@code SET ROLE} on a connection of the configured login. Connections are kept open between requests (HikariCP)
 * and reset before they are lent again.
 */
public final class PostgisEngine implements SqlEngine {

    private static final String SETUP = "postgis-setup.sql";
    private static final String DUPLICATE_OBJECT = "42710";

    /**
     * At most this many connections at once: the HTTP and job threads of a busy local server (8 + 4 by default) with
     * room to spare. Beyond it a request waits for a connection, and fails after the pool's 30 s.
     */
    private static final int MAX_CONNECTIONS = 32;

    private final Map<String, Boolean> preparedRoles = new ConcurrentHashMap<>();
    private final HikariDataSource pool;

    public PostgisEngine(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("The external engine is PostgreSQL with PostGIS: the JDBC URL must start "
                                               + "with jdbc:postgresql: (got " + shown(url) + ")");
        }
        this.pool = pool(url, user, password);
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            statement.execute(setupSql());
        } catch (SQLException e) {
            pool.close();
            throw new IllegalStateException("Could not prepare PostgreSQL/PostGIS at " + shown(url) + ": "
                                            + errorMessage(e), e);
        }
    }

    /** A JDBC URL without its parameters, which may hold a password. */
    private static String shown(String url) {
        return url.replaceFirst("\\?.*", "");
    }

    private static String setupSql() {
        try (InputStream in = PostgisEngine.class.getResourceAsStream(SETUP)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "postgis";
    }

    /**
     * Opening a connection forks a PostgreSQL backend and runs the password exchange: about 15 ms a query on the
     * benchmark machine, where the query took well under one. None is kept once carto-local has been idle for 30 s.
     */
    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("carto-local-postgis");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(0);
        config.setIdleTimeout(TimeUnit.SECONDS.toMillis(30));
        try {
            // connects once at once, so that a wrong URL or password fails here
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("Could not connect to PostgreSQL/PostGIS at " + shown(url) + ": "
                                            + cause.getMessage(), cause);
        }
    }

    /** A pooled connection in the state of a new one; closing it returns it to the pool. */
    @Override
    public Connection open() throws SQLException {
        Connection connection = pool.getConnection();
        try {
            reset(connection);
            return connection;
        } catch (SQLException e) {
            pool.evictConnection(connection);
            throw e;
        }
    }

    /**
     * What an earlier request left in the session goes: a transaction its SQL opened (HikariCP rolls back only those
     * opened through JDBC), then with {@code DISCARD ALL} the role, settings, temporary tables, prepared statements,
     * cursors, listens and advisory locks. HikariCP itself resets what JDBC sets (auto-commit, isolation, read-only,
     * schema) and clears the warnings, which carry PostgreSQL's notices.
     */
    private static void reset(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE) {
                statement.execute("ROLLBACK");
            }
            statement.execute("DISCARD ALL");
        }
        connection.clearWarnings();
    }

    /**
     * A connection of the configured login that has entered the role with {@code SET ROLE}. The role is created
     * (NOLOGIN) on first use and granted to the login; a regular key's table grants are renewed every time, so tables
     * created after start are covered. SQL that runs {@code RESET ROLE} leaves the role: this is a local test server.
     */
    @Override
    public Connection open(SqlRole role) throws SQLException {
        Connection connection = open();
        if (role.isMaster()) {
            return connection;
        }
        try (Statement statement = connection.createStatement()) {
            if (preparedRoles.putIfAbsent(role.name(), Boolean.TRUE) == null) {
                createRole(statement, role.name());
            }
            for (TableGrant grant : role.grants()) {
                if (tableExists(connection, grant.table())) {
                    statement.execute("GRANT " + grant.privilegeList() + " ON TABLE "
                                      + SqlTranslator.quoteIdentifier(grant.table()) + " TO " + role.name());
                }
            }
            statement.execute("SET ROLE " + role.name());
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static void createRole(Statement statement, String role) throws SQLException {
        try {
            statement.execute("CREATE ROLE " + role + " NOLOGIN");
        } catch (SQLException e) {
            if (!DUPLICATE_OBJECT.equals(e.getSQLState())) {
                throw e;
            }
        }
        statement.execute("GRANT " + role + " TO CURRENT_USER");
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, SqlTranslator.quoteIdentifier(table));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.POSTGRESQL;
    }

    @Override
    public Optional<NativeCopy> nativeCopy() {
        return Optional.of(new PostgisCopy());
    }

    /** The server's own message, without PgJDBC's "ERROR: " prefix and position line. */
    @Override
    public String errorMessage(SQLException error) {
        if (error instanceof PSQLException pg && pg.getServerErrorMessage() != null
            && pg.getServerErrorMessage().getMessage() != null) {
            return pg.getServerErrorMessage().getMessage();
        }
        return String.valueOf(error.getMessage());
    }

    @Override
    public void close() {
        pool.close();
    }
}
