package io.github.camelcarto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A Camel {@link StateRepository} kept in one table of a database, so that the replicas of an application share it:
 * what the {@code carto:jobs} consumer delivered (whichever replica leads), and the idempotency keys that
 * {@code carto:job}, {@code carto:workflow} and {@code carto:import} recorded (whichever replica a message is
 * redelivered to). Camel ships in-memory and file repositories only, which one process alone can use.
 * <p>
 * Each {@link #setState} and {@link #getState} is one statement on a connection of the {@link DataSource}: give it a
 * pooled one. The table ({@value #DEFAULT_TABLE} unless {@link #setTableName} says otherwise) is created when the
 * repository starts if it does not exist yet; where the application's database user may not create tables, create it
 * beforehand:
 *
 * <pre>
 * CREATE TABLE camel_carto_state (state_key VARCHAR(1024) PRIMARY KEY, state_value TEXT)  -- PostgreSQL
 * CREATE TABLE camel_carto_state (state_key VARCHAR(1024) PRIMARY KEY, state_value CLOB)  -- H2 and others
 * </pre>
 *
 * A write is an UPDATE, or an INSERT when no row was there; two replicas inserting the same key at once end with the
 * later value, as with any other repository.
 */
public class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    public static final String DEFAULT_TABLE = "camel_carto_state";

    /** A table name, optionally schema-qualified: it is written into the SQL, so nothing else is accepted. */
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE;

    public JdbcStateRepository() {
    }

    public JdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public JdbcStateRepository(DataSource dataSource, String tableName) {
        this.dataSource = dataSource;
        this.tableName = tableName;
    }

    @Override
    protected void doStart() throws Exception {
        if (dataSource == null) {
            throw new IllegalArgumentException("JdbcStateRepository needs a DataSource (setDataSource) of the database "
                                               + "the replicas share");
        }
        if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException("JdbcStateRepository: table name '" + tableName + "' is not a plain "
                                               + "(optionally schema-qualified) SQL name such as " + DEFAULT_TABLE);
        }
        createTableIfMissing();
    }

    @Override
    public String getState(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT state_value FROM " + tableName + " WHERE state_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                String value = row.next() ? row.getString(1) : null;
                endTransaction(connection);
                return value;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read state key " + key + " from table " + tableName + ": "
                                            + e.getMessage(), e);
        }
    }

    @Override
    public void setState(String key, String value) {
        try (Connection connection = dataSource.getConnection()) {
            if (update(connection, key, value) == 0 && !insert(connection, key, value)) {
                // another replica inserted the key between our UPDATE and INSERT: write over its value
                update(connection, key, value);
            }
            endTransaction(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write state key " + key + " to table " + tableName + ": "
                                            + e.getMessage(), e);
        }
    }

    private int update(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + tableName + " SET state_value = ? WHERE state_key = ?")) {
            update.setString(1, value);
            update.setString(2, key);
            return update.executeUpdate();
        }
    }

    /** False when the key was inserted meanwhile by someone else (a duplicate key). */
    private boolean insert(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + tableName + " (state_key, state_value) VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            // a failed statement aborts a transaction on PostgreSQL: start over before the UPDATE
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            return false;
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        return e instanceof SQLIntegrityConstraintViolationException
               || e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    /** A pool may hand out connections outside auto-commit: commit what was done before giving it back. */
    private static void endTransaction(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private void createTableIfMissing() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (tableExists(connection)) {
                return;
            }
            String create = createTableStatement(connection.getMetaData().getDatabaseProductName());
            try (Statement statement = connection.createStatement()) {
                statement.execute(create);
                endTransaction(connection);
            } catch (SQLException e) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                // another replica may have created it meanwhile
                if (!tableExists(connection)) {
                    throw new IllegalStateException("JdbcStateRepository could not create its table " + tableName
                                                    + " (" + e.getMessage() + "): create it yourself, e.g. " + create,
                            e);
                }
            }
        }
    }

    private boolean tableExists(Connection connection) throws SQLException {
        try (Statement probe = connection.createStatement()) {
            probe.executeQuery("SELECT state_key, state_value FROM " + tableName + " WHERE 1 = 0").close();
            endTransaction(connection);
            return true;
        } catch (SQLException missing) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            return false;
        }
    }

    /** TEXT on PostgreSQL, CLOB elsewhere (H2, Oracle, DB2, Derby): the in-flight index of carto:jobs may grow long. */
    private String createTableStatement(String databaseProduct) {
        boolean postgres = databaseProduct != null && databaseProduct.toLowerCase(Locale.ROOT).contains("postgres");
        return "CREATE TABLE " + tableName + " (state_key VARCHAR(1024) PRIMARY KEY, state_value "
               + (postgres ? "TEXT" : "CLOB") + ")";
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String getTableName() {
        return tableName;
    }

    public void setTableName(String tableName) {
        this.tableName = tableName;
    }
}
