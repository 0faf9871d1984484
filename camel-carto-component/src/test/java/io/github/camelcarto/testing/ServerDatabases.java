package io.github.camelcarto.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The server databases that state shared by replicas is tested on: H2 in server mode, which needs no install, so the
 * tests run on any machine, reached over TCP by every replica as a PostgreSQL server would be; and PostgreSQL itself
 * when {@code .ci/run} provides one ({@code CARTO_LOCAL_POSTGIS_URL}, {@code _USER}, {@code _PASSWORD}, see
 * {@code .ci/postgis.sh}). Without it the PostgreSQL cases are skipped, unless {@code CARTO_LOCAL_REQUIRE_POSTGIS=true}
 * (set by {@code .ci/run}) makes that a failure.
 */
public final class ServerDatabases {

    private static final String POSTGRES_URL = "CARTO_LOCAL_POSTGIS_URL";
    private static final String POSTGRES_REQUIRED = "CARTO_LOCAL_REQUIRE_POSTGIS";

    private ServerDatabases() {
    }

    /** An H2 server on a free loopback port, which creates the in-memory databases its clients name. */
    public static Server startH2Server() {
        try {
            return Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-tcpDaemon").start();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start an H2 server: " + e.getMessage(), e);
        }
    }

    /**
     * A client of one database of the server, as one replica would hold it. Every call for the same {@code database}
     * reaches the same data; it lives as long as the server.
     */
    public static DataSource h2(Server server, String database) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:tcp://localhost:" + server.getPort() + "/mem:" + database + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    /** The databases a test runs on, as its parameters: {@code h2-server}, {@code postgresql}. */
    public static Stream<String> names() {
        return Stream.of("h2-server", "postgresql");
    }

    /**
     * A client of one of {@link #names()}: a database of the given H2 server, or the PostgreSQL of {@code .ci/run},
     * without which the test is skipped.
     */
    public static DataSource named(String name, Server h2, String h2Database) {
        if (!name.equals("postgresql")) {
            return h2(h2, h2Database);
        }
        DataSource postgres = postgres().orElse(null);
        Assumptions.assumeTrue(postgres != null, "no PostgreSQL here: " + POSTGRES_URL + " is not set");
        return postgres;
    }

    /** The PostgreSQL server of {@code .ci/run}, or empty (the caller skips) when there is none. */
    public static Optional<DataSource> postgres() {
        String url = System.getenv(POSTGRES_URL);
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv(POSTGRES_REQUIRED))) {
                fail(POSTGRES_URL + " is not set, and " + POSTGRES_REQUIRED + "=true forbids skipping the PostgreSQL "
                     + "cases (.ci/postgis.sh starts one)");
            }
            return Optional.empty();
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(System.getenv("CARTO_LOCAL_POSTGIS_USER"));
        dataSource.setPassword(System.getenv("CARTO_LOCAL_POSTGIS_PASSWORD"));
        return Optional.of(dataSource);
    }

    /** A table name no other test uses, so that tests sharing a database do not see each other's state. */
    public static String freshTableName() {
        return "camel_carto_state_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static void dropTable(DataSource dataSource, String table) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + table);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test table " + table + ": " + e.getMessage(), e);
        }
    }
}
