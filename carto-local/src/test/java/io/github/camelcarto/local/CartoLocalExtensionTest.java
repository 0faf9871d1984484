package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On an instance field the extension gives each test its own server, with the configured workflows. */
class CartoLocalExtensionTest {

    @RegisterExtension
    CartoLocalExtension carto = CartoLocalExtension.create()
            .configure(config -> config.token("per-test-token").connection("extra"))
            .workflow("wfproc_echo", "CREATE TABLE {{output_table}} AS SELECT @v AS v");

    @Test
    void injectsTheRunningServerWithItsConfiguration(CartoLocal server) {
        assertSame(carto.server(), server);
        assertEquals("per-test-token", server.accessToken());
        // the other test creates the same table: that only works if each test has its own database
        server.execute("CREATE TABLE only_here (a INT)");

        HttpHelper.Response response = HttpHelper.of(server).postJson("/v3/sql/extra/query",
                Map.of("q", "CALL `p.d.wfproc_echo`(@v)", "queryParameters", Map.of("v", "hello")));

        assertEquals("hello", response.json().at("/rows/0/v").textValue(), response.body());
    }

    @Test
    void eachTestStartsWithAnEmptyDatabase(CartoLocal server) {
        server.execute("CREATE TABLE only_here (a INT)");

        assertEquals(200, HttpHelper.of(server).get("/v3/sql/carto_dw/query?q=SELECT%20*%20FROM%20only_here").status());
    }
}
