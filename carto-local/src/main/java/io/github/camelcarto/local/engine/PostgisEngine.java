package io.github.camelcarto.local.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.postgresql.util.PSQLException;

/**
 * PostgreSQL with PostGIS, reached by JDBC URL: the engine CARTO itself runs, so SQL, errors, notices and COPY are
 * PostgreSQL's own. At start it makes sure the database has PostGIS and carto-local's helper functions
 * ({@code postgis-setup.sql}: CDB_CartodbfyTable, SLEEP_MS); roles are PostgreSQL roles, entered with
 * {@code SET ROLE} on a connection of the configured login. Connections are kept open between requests
 * ({@link ConnectionPool}) and reset before they are lent again.
 */
public final class PostgisEngine implements SqlEngine {

    private static final String SETUP = "postgis-setup.sql";
    private static final String DUPLICATE_OBJECT = "42710";

    /** Connections kept open while unused: enough for the HTTP and job threads of a busy local server. */
    private static final int MAX_IDLE_CONNECTIONS = 16;

    private final String url;
    private final Properties credentials = new Properties();
    private final Map<String, Boolean> preparedRoles = new ConcurrentHashMap<>();
    private final ConnectionPool pool;

    public PostgisEngine(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("The external engine is PostgreSQL with PostGIS: the JDBC URL must start "
                                               + "with jdbc:postgresql: (got " + url.replaceFirst("\\?.*", "") + ")");
        }
        this.url = url;
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        this.pool = new ConnectionPool(() -> DriverManager.getConnection(url, credentials), PostgisEngine::reset,
                MAX_IDLE_CONNECTIONS, System::nanoTime);
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            statement.execute(setupSql());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare PostgreSQL/PostGIS at " + url.replaceFirst("\\?.*", "")
                                            + ": " + errorMessage(e), e);
        }
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

    /** A connection from the pool: a new one costs a backend process and a password exchange. */
    @Override
    public Connection open() throws SQLException {
        return pool.borrow();
    }

    /**
     * What a request left in its session goes before the next request gets the connection: an open transaction, then
     * with {@code DISCARD ALL} the role, settings, temporary tables, prepared statements, cursors, listens and advisory
     * locks. A cancel that reaches the backend late cannot hit the next request's statement either: PostgreSQL ignores
     * a cancel while the backend is idle, and one that lands on the reset makes it fail, so the connection is closed.
     */
    private static void reset(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        connection.clearWarnings();
        try (Statement statement = connection.createStatement()) {
            statement.execute("DISCARD ALL");
        }
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
