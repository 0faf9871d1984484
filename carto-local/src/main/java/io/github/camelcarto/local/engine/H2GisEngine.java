package io.github.camelcarto.local.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.h2gis.functions.factory.H2GISFunctions;

/**
 * Embedded H2 with the H2GIS spatial functions, in its PostgreSQL mode: in memory, or in a file under the data
 * directory so tables survive a restart. Unquoted names are folded to lower case (as PostgreSQL and CARTO do), so
 * {@code `my_table`} and {@code my_table} name the same table. PostgreSQL functions H2 lacks are registered from
 * {@link H2Functions}; non-master roles are H2 users with random passwords, holding only their grants.
 */
public final class H2GisEngine implements SqlEngine {

    private static final String SETTINGS = ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1;MODE=PostgreSQL";
    private static final Map<String, String> ALIASES = Map.of(
            "SLEEP_MS", SleepFunction.class.getName() + ".sleepMs",
            "PG_SLEEP", H2Functions.class.getName() + ".pgSleep",
            "ST_ASEWKT", H2Functions.class.getName() + ".stAsEwkt",
            "CDB_CARTODBFYTABLE", H2Functions.class.getName() + ".cdbCartodbfyTable");

    /** The database without connection settings: H2 lets only admins pass settings such as DB_CLOSE_DELAY. */
    private final String database;
    /** Holds the database open between requests (an in-memory one would vanish with its last connection). */
    private final Connection keeper;
    private final SqlDialect dialect = new H2Dialect();
    private final String rolePassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private final Map<String, Boolean> preparedRoles = new ConcurrentHashMap<>();

    private H2GisEngine(String database) throws SQLException {
        this.database = database;
        this.keeper = DriverManager.getConnection(database + SETTINGS);
        H2GISFunctions.load(keeper);
        try (Statement statement = keeper.createStatement()) {
            for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
                statement.execute("CREATE ALIAS IF NOT EXISTS " + alias.getKey() + " FOR '" + alias.getValue() + "'");
            }
        }
    }

    /** A database file {@code carto.mv.db} in {@code dataDir}, or a private in-memory one when dataDir is null. */
    public static H2GisEngine open(Path dataDir) {
        try {
            if (dataDir == null) {
                return new H2GisEngine("jdbc:h2:mem:carto-local-" + UUID.randomUUID());
            }
            Files.createDirectories(dataDir);
            return new H2GisEngine("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("carto"));
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
        return DriverManager.getConnection(database + SETTINGS);
    }

    /** A connection as the role's H2 user, created on first use; a regular key's grants are renewed every time. */
    @Override
    public Connection open(SqlRole role) throws SQLException {
        if (role.isMaster()) {
            return open();
        }
        try (Connection admin = open(); Statement statement = admin.createStatement()) {
            if (preparedRoles.putIfAbsent(role.name(), Boolean.TRUE) == null) {
                statement.execute("CREATE USER IF NOT EXISTS " + role.name() + " PASSWORD '" + rolePassword + "'");
                statement.execute("ALTER USER " + role.name() + " SET PASSWORD '" + rolePassword + "'");
                // PostGIS lets every role read its catalogue tables; ST_Transform needs spatial_ref_sys
                statement.execute("GRANT SELECT ON spatial_ref_sys, geometry_columns TO " + role.name());
            }
            for (TableGrant grant : role.grants()) {
                if (tableExists(admin, grant.table())) {
                    statement.execute("GRANT " + grant.privilegeList() + " ON " + SqlTranslator.quoteIdentifier(grant.table())
                                      + " TO " + role.name());
                }
            }
        }
        return DriverManager.getConnection(database, role.name(), rolePassword);
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ?")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Override
    public SqlDialect dialect() {
        return dialect;
    }

    @Override
    public Optional<NativeCopy> nativeCopy() {
        return Optional.empty();
    }

    /** PostgreSQL's wording for the errors clients match on, H2's own message (cleaned) for the rest. */
    @Override
    public String errorMessage(SQLException error) {
        return H2ErrorTexts.of(error);
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
