package io.github.camelcarto;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.sql.DataSource;

import io.github.camelcarto.testing.ServerDatabases;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The state repository that replicas share, on real server databases: H2 in server mode always, PostgreSQL when
 * {@code .ci/run} provides one. Each "replica" is a repository of its own over its own client of the database.
 */
class JdbcStateRepositoryTest {

    private static Server h2;
    private final List<Runnable> cleanUps = new ArrayList<>();

    @BeforeAll
    static void startH2() {
        h2 = ServerDatabases.startH2Server();
    }

    @AfterAll
    static void stopH2() {
        h2.stop();
    }

    @AfterEach
    void cleanUp() {
        cleanUps.forEach(Runnable::run);
    }

    @ParameterizedTest
    @MethodSource("io.github.camelcarto.testing.ServerDatabases#names")
    void whatOneReplicaWritesTheOtherReads(String database) {
        Replicas replicas = replicas(database);
        JdbcStateRepository first = replicas.start();
        JdbcStateRepository second = replicas.start();

        assertNull(first.getState("camel-carto.job.j-1"), "nothing was written yet");
        first.setState("camel-carto.job.j-1", "RUNNING");
        assertEquals("RUNNING", second.getState("camel-carto.job.j-1"));
        second.setState("camel-carto.job.j-1", "DONE");
        assertEquals("DONE", first.getState("camel-carto.job.j-1"), "the second write replaced the first");
    }

    @ParameterizedTest
    @MethodSource("io.github.camelcarto.testing.ServerDatabases#names")
    void aLongValueKeepsEveryCharacter(String database) {
        JdbcStateRepository repository = replicas(database).start();
        StringBuilder index = new StringBuilder("{");
        for (int i = 0; i < 5_000; i++) {
            index.append(i == 0 ? "" : ",").append("\"job_").append(i).append("\":\"carto_dw\"");
        }
        String value = index.append('}').toString();
        assertTrue(value.length() > 100_000, "the in-flight index of thousands of jobs");

        repository.setState("camel-carto.inFlight", value);
        assertEquals(value, repository.getState("camel-carto.inFlight"));
    }

    @ParameterizedTest
    @MethodSource("io.github.camelcarto.testing.ServerDatabases#names")
    void replicasWritingTheSameNewKeysAtOnceNeverFail(String database) throws Exception {
        Replicas replicas = replicas(database);
        JdbcStateRepository first = replicas.start();
        JdbcStateRepository second = replicas.start();
        CountDownLatch go = new CountDownLatch(1);
        int keys = 60;

        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> writeAll(first, "first", keys, go));
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> writeAll(second, "second", keys, go));
        go.countDown();
        one.get(60, TimeUnit.SECONDS);
        two.get(60, TimeUnit.SECONDS);

        for (int i = 0; i < keys; i++) {
            String value = first.getState("key-" + i);
            assertTrue("first".equals(value) || "second".equals(value), "key-" + i + " is " + value);
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.camelcarto.testing.ServerDatabases#names")
    void connectionsOutsideAutoCommitStillCommitEachWrite(String database) {
        Replicas replicas = replicas(database);
        JdbcStateRepository manual = replicas.start(withoutAutoCommit(replicas.dataSource));
        JdbcStateRepository other = replicas.start();

        manual.setState("camel-carto.job.j-1", "RUNNING");
        manual.setState("camel-carto.job.j-1", "DONE");
        assertEquals("DONE", other.getState("camel-carto.job.j-1"));
        assertEquals("DONE", manual.getState("camel-carto.job.j-1"));
    }

    @Test
    void aTableNameThatIsNotAPlainNameIsRefusedAtStart() {
        JdbcStateRepository repository = new JdbcStateRepository(ServerDatabases.h2(h2, "names"), "state; DROP TABLE x");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, repository::start);
        assertTrue(refused.getMessage().contains("state; DROP TABLE x"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, new JdbcStateRepository()::start, "no DataSource");
    }

    private static void writeAll(JdbcStateRepository repository, String value, int keys, CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < keys; i++) {
            repository.setState("key-" + i, value);
        }
    }

    /** Repositories over one fresh table of one database, dropped after the test. */
    private Replicas replicas(String database) {
        DataSource dataSource = ServerDatabases.named(database, h2, "state");
        String table = ServerDatabases.freshTableName();
        DataSource cleaned = dataSource;
        cleanUps.add(() -> ServerDatabases.dropTable(cleaned, table));
        return new Replicas(dataSource, table);
    }

    private record Replicas(DataSource dataSource, String table) {

        JdbcStateRepository start() {
            return start(dataSource);
        }

        JdbcStateRepository start(DataSource client) {
            JdbcStateRepository repository = new JdbcStateRepository(client, table);
            repository.start();
            return repository;
        }
    }

    /** As a pool configured with autoCommit=false hands out connections. */
    private static DataSource withoutAutoCommit(DataSource dataSource) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = dataSource.getConnection();
                connection.setAutoCommit(false);
                return connection;
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }
}
