package io.github.camelcarto.bootapp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import io.github.camelcarto.local.CartoLocal;
import io.github.camelcarto.local.CartoLocalConfig;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts the application as `java -jar` would, against carto-local, on this module's Spring Boot and Camel. */
class CartoBootAppTest {

    private static CartoLocal carto;

    @BeforeAll
    static void startCartoLocal() throws Exception {
        carto = CartoLocal.start(CartoLocalConfig.builder().build());
        carto.execute("CREATE TABLE stores (name VARCHAR, kind VARCHAR)");
        carto.execute("INSERT INTO stores VALUES ('North', 'grocery'), ('South', 'grocery'), ('Mall', 'fashion')");
    }

    @AfterAll
    static void stopCartoLocal() {
        carto.close();
    }

    @Test
    void applicationPropertiesConfigureTheComponent() {
        try (ConfigurableApplicationContext app = start()) {
            Component component = app.getBean(CamelContext.class).getComponent("carto");
            assertEquals(carto.baseUrl(), option(component, "apiBaseUrl"));
            assertEquals("carto_dw", option(component, "connection"));
            assertEquals(7_200_000L, option(component, "waitTimeout"));
            assertEquals(50L, option(component, "pollInterval"));
        }
    }

    @Test
    void theRouteQueriesWithParametersThenWaitsForItsJob() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            ProducerTemplate producer = app.getBean(CamelContext.class).createProducerTemplate();
            Exchange done = producer.request("direct:store-summary",
                    exchange -> exchange.getMessage().setBody(Map.of("kind", "grocery")));

            assertNull(done.getException());
            assertEquals(2L, done.getMessage().getHeader("storesOfKind", Long.class));
            assertEquals("DONE", done.getMessage().getHeader("CamelCartoJobStatus", String.class));
            assertEquals(2, rows("SELECT COUNT(*) FROM store_summary"));
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aMisspeltCartoKeyStopsTheStartAndSuggestsTheOptionWithoutPrintingTheValue(CapturedOutput output) {
        Exception failure = assertThrows(Exception.class,
                () -> start("--camel.component.carto.acess-token=token-not-to-be-printed"));
        assertTrue(messages(failure).contains("camel.component.carto.acess-token"), messages(failure));
        assertTrue(output.getOut().contains("Did you mean camel.component.carto.access-token?"), output.getOut());
        assertFalse(output.getAll().contains("token-not-to-be-printed"));
    }

    @Test
    void actuatorReadinessIsUpWhileCartoAcceptsTheToken() throws Exception {
        Probes probes = probes();

        assertEquals(200, probes.readiness().statusCode(), probes.readiness().body());
        assertTrue(probes.health().body().contains("producer:carto-" + URI.create(carto.baseUrl()).getAuthority()),
                probes.health().body());
    }

    @Test
    void actuatorReadinessIsDownWhenCartoRefusesTheTokenAndSaysWhyWithoutIt() throws Exception {
        Probes probes = probes("--CARTO_API_TOKEN=wrong-token-not-to-be-printed");
        String health = probes.health().body();

        assertEquals(503, probes.readiness().statusCode(), probes.readiness().body());
        assertTrue(probes.readiness().body().contains("OUT_OF_SERVICE"), probes.readiness().body());
        assertEquals(503, probes.health().statusCode(), health);
        assertTrue(health.contains("\"carto.failure\":\"credentials\""), health);
        assertTrue(health.contains("did not accept the access token"), health);
        assertFalse(health.contains("wrong-token-not-to-be-printed"), health);
    }

    @Test
    void actuatorReadinessIsDownWhenCartoCannotBeReached() throws Exception {
        Probes probes = probes("--CARTO_API_BASE_URL=http://127.0.0.1:1");

        assertEquals(503, probes.readiness().statusCode(), probes.readiness().body());
        assertTrue(probes.health().body().contains("\"carto.failure\":\"unreachable\""), probes.health().body());
    }

    @Test
    void theComponentsMetersAreInSpringBootsMeterRegistry() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            Exchange done = app.getBean(CamelContext.class).createProducerTemplate().request(
                    "carto:job?waitForCompletion=true", exchange -> exchange.getMessage().setBody("SELECT 1"));
            assertNull(done.getException());

            HttpResponse<String> polls = get(app, "/actuator/metrics/carto.jobs.polls");
            HttpResponse<String> waiting = get(app, "/actuator/metrics/carto.jobs.waiting?tag=status:RUNNING");

            assertEquals(200, polls.statusCode(), polls.body());
            assertFalse(polls.body().contains("\"value\":0.0"), polls.body());
            assertEquals(200, waiting.statusCode(), waiting.body());
        }
    }

    /** What a Kubernetes readiness probe and an operator see of the application started with {@code args}. */
    private static Probes probes(String... args) throws Exception {
        try (ConfigurableApplicationContext app = start(args)) {
            return new Probes(get(app, "/actuator/health/readiness"), get(app, "/actuator/health"));
        }
    }

    private record Probes(HttpResponse<String> readiness, HttpResponse<String> health) {
    }

    /** The application with a web server on a free port, as `java -jar` would start it. */
    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(CartoBootApp.class)
                .properties(Map.of("CARTO_API_BASE_URL", carto.baseUrl(), "CARTO_API_TOKEN", carto.accessToken(),
                        "server.port", "0"))
                .run(args);
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Object option(Component component, String name) {
        return ((PropertyConfigurerGetter) component.getComponentPropertyConfigurer())
                .getOptionValue(component, name, false);
    }

    private static int rows(String countQuery) throws Exception {
        try (Connection connection = carto.openConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(countQuery)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
