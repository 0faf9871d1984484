package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * A fresh PostgreSQL database with PostGIS for one test class, cloned from a template that has the extension
 * already (creating it takes a second, cloning a fifth of that). The server comes from the environment:
 * {@code CARTO_LOCAL_POSTGIS_URL} (a JDBC URL of any database on it), {@code _USER}, {@code _PASSWORD}, as
 * {@code .ci/postgis.sh} exports them. Without them the PostGIS tests are skipped, each reported as skipped, unless
 * {@code CARTO_LOCAL_REQUIRE_POSTGIS=true} (set by {@code .ci/run}) makes that a failure.
 */
record PostgisTestDatabase(String url, String user, String password, String name) {

    static final String URL = "CARTO_LOCAL_POSTGIS_URL";
    static final String REQUIRED = "CARTO_LOCAL_REQUIRE_POSTGIS";
    private static final String TEMPLATE = "carto_local_test_template";

    /** Why the PostGIS tests cannot run here, or empty when they can; fails when they must run but cannot. */
    static Optional<String> unavailable() {
        String adminUrl = System.getenv(URL);
        if (adminUrl != null && !adminUrl.isBlank()) {
            return Optional.empty();
        }
        String why = "No PostgreSQL/PostGIS for carto-local's PostGIS tests: " + URL + " is not set "
                     + "(.ci/postgis.sh installs and starts one)";
        if ("true".equals(System.getenv(REQUIRED))) {
            fail(why + ", and " + REQUIRED + "=true forbids skipping them");
        }
        return Optional.of(why);
    }

    static PostgisTestDatabase create() {
        String adminUrl = System.getenv(URL);
        String user = System.getenv("CARTO_LOCAL_POSTGIS_USER");
        String password = System.getenv("CARTO_LOCAL_POSTGIS_PASSWORD");
        String name = "carto_local_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = admin.createStatement()) {
            createTemplateOnce(admin, adminUrl, user, password);
            statement.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a PostGIS test database at " + adminUrl + ": "
                                            + e.getMessage(), e);
        }
        return new PostgisTestDatabase(withDatabase(adminUrl, name), user, password, name);
    }

    private static synchronized void createTemplateOnce(Connection admin, String adminUrl, String user, String password)
            throws SQLException {
        try (Statement statement = admin.createStatement();
             ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + TEMPLATE + "'")) {
            if (exists.next()) {
                return;
            }
            statement.execute("CREATE DATABASE " + TEMPLATE);
        }
        try (Connection template = DriverManager.getConnection(withDatabase(adminUrl, TEMPLATE), user, password);
             Statement statement = template.createStatement()) {
            statement.execute("CREATE EXTENSION postgis");
        }
    }

    /** The same server's URL with another database: {@code jdbc:postgresql://host:port/NAME?params}. */
    private static String withDatabase(String url, String database) {
        return url.replaceFirst("^(jdbc:postgresql://[^/?]*)(/[^?]*)?", "$1/" + database);
    }

    void drop() {
        try (Connection admin = DriverManager.getConnection(System.getenv(URL), user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the PostGIS test database " + name, e);
        }
    }
}
