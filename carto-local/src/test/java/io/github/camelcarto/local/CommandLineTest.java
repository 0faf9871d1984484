package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import io.github.camelcarto.local.engine.TableGrant;
import io.github.camelcarto.local.engine.TablePrivilege;
import io.github.camelcarto.local.limits.RateLimit;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void defaultsListenOn8080InMemory() {
        CartoLocalConfig config = CommandLine.parse(List.of());

        assertEquals(8080, config.port());
        assertNull(config.dataDir());
        assertEquals(CartoLocalConfig.DEFAULT_TOKEN, config.token());
        assertTrue(config.queryCache());
    }

    @Test
    void switchesSetTheConfiguration() {
        CartoLocalConfig config = CommandLine.parse(List.of("--port", "0", "--data-dir", "data", "--token", "secret",
                "--connection", "bq", "--rate-limit", "5/60", "--rate-limit", "query=2/1", "--latency-ms", "30",
                "--failure-ratio", "0.25", "--jdbc-url", "jdbc:postgresql://localhost/carto", "--jdbc-user", "u",
                "--query-cache", "off", "--gazetteer", "places.csv"));

        assertEquals(0, config.port());
        assertEquals(Path.of("data"), config.dataDir());
        assertEquals("secret", config.token());
        assertTrue(config.connections().containsAll(List.of("bq", "carto_dw", "local")));
        assertEquals(new RateLimit(5, 60), config.defaultRateLimit());
        assertEquals(new RateLimit(2, 1), config.rateLimits().get("query"));
        assertEquals(30, config.latencyMillis());
        assertEquals(0.25, config.failureRatio());
        assertEquals("jdbc:postgresql://localhost/carto", config.jdbcUrl());
        assertEquals("u", config.jdbcUser());
        assertFalse(config.queryCache());
        assertEquals(Path.of("places.csv"), config.gazetteerFile());
    }

    @Test
    void regularKeysAndStatementTimeouts() {
        CartoLocalConfig config = CommandLine.parse(List.of("--regular-api-key", "k1=stores:select+insert,cities",
                "--statement-timeout-ms", "25000", "--public-statement-timeout-ms", "5000"));

        assertEquals(List.of(new TableGrant("stores", EnumSet.of(TablePrivilege.SELECT, TablePrivilege.INSERT)),
                TableGrant.select("cities")), config.regularApiKeys().get("k1"));
        assertEquals(Duration.ofSeconds(25), config.statementTimeout());
        assertEquals(Duration.ofSeconds(5), config.publicStatementTimeout());
    }

    @Test
    void mistakesAreReported() {
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(List.of("--regular-api-key", "k1")));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(List.of("--regular-api-key", "k1=t:drop")));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(List.of("--statement-timeout-ms", "0")));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(List.of("--nope", "1")));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(List.of("--port")));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(List.of("--rate-limit", "x/y")));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(List.of("--failure-ratio", "2")));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(List.of("--query-cache", "maybe")));
    }
}
