package io.github.camelcarto.runtimes;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.github.camelcarto.local.CartoLocal;
import io.github.camelcarto.local.CartoLocalConfig;
import org.apache.camel.Component;
import org.apache.camel.Exchange;
import org.apache.camel.main.Main;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The route on Camel Main, from the Java DSL and from the YAML DSL, with the component configured by
 * application.properties, against carto-local.
 */
class CamelMainAppTest {

    private static CartoLocal carto;
    private Main main;

    @BeforeAll
    static void startCartoLocal() {
        carto = CartoLocal.start(CartoLocalConfig.builder().build());
        carto.execute("CREATE TABLE stores (name VARCHAR, kind VARCHAR)");
        carto.execute("INSERT INTO stores VALUES ('North', 'grocery'), ('South', 'grocery'), ('Mall', 'fashion')");
    }

    @AfterAll
    static void stopCartoLocal() {
        carto.close();
    }

    @AfterEach
    void stopMain() throws Exception {
        carto.execute("DROP TABLE IF EXISTS store_summary");
        if (main != null) {
            main.stop();
        }
    }

    @Test
    void javaDslRouteRunsWithTheComponentFromApplicationProperties() throws Exception {
        main = newMain(Map.of());
        main.configure().addRoutesBuilder(new StoreSummaryRoute());
        main.start();

        Component component = main.getCamelContext().getComponent("carto");
        assertEquals(carto.baseUrl(), option(component, "apiBaseUrl"));
        assertEquals(7_200_000L, option(component, "waitTimeout"));
        assertRouteCountsThenBuildsTheSummary();
    }

    @Test
    void yamlDslRouteRunsTheSame() throws Exception {
        main = newMain(Map.of("camel.main.routesIncludePattern", "classpath:routes/store-summary.camel.yaml"));
        main.start();

        assertRouteCountsThenBuildsTheSummary();
    }

    @Test
    void yamlRoutesKeepSqlWithPlusAmpersandAndPercentWholeInAHeaderAFileOrRaw() throws Exception {
        main = newMain(Map.of("camel.main.routesIncludePattern", "classpath:routes/sql-special-characters.camel.yaml"));
        main.start();

        for (String route : List.of("direct:sql-in-header", "direct:sql-in-file", "direct:sql-in-raw")) {
            Exchange done = main.getCamelContext().createProducerTemplate().request(route, exchange -> {
            });
            assertNull(done.getException(), route);
            Map<?, ?> row = (Map<?, ?>) done.getMessage().getBody(List.class).get(0);
            assertEquals(3L, ((Number) row.get("counted")).longValue(), route);
            assertEquals("fish & chips", row.get("dish"), route);
        }
    }

    @Test
    void aMisspeltCartoKeyStopsTheStartAndNamesTheKey() {
        main = newMain(Map.of("camel.component.carto.acessToken", "x"));
        Exception failure = assertThrows(Exception.class, main::start);
        assertTrue(messages(failure).contains("acessToken"), messages(failure));
    }

    private void assertRouteCountsThenBuildsTheSummary() throws Exception {
        Exchange done = main.getCamelContext().createProducerTemplate().request("direct:store-summary",
                exchange -> exchange.getMessage().setBody(Map.of("kind", "grocery")));

        assertNull(done.getException());
        assertEquals(2L, done.getMessage().getHeader("storesOfKind", Long.class));
        assertEquals("DONE", done.getMessage().getHeader("CamelCartoJobStatus", String.class));
        try (Connection connection = carto.openConnection(); Statement statement = connection.createStatement();
             ResultSet kinds = statement.executeQuery("SELECT COUNT(*) FROM store_summary")) {
            kinds.next();
            assertEquals(2, kinds.getInt(1));
        }
    }

    /** Camel Main reading application.properties, with what a deployment keeps in its environment. */
    private static Main newMain(Map<String, String> extra) {
        Properties initial = new Properties();
        initial.put("CARTO_API_BASE_URL", carto.baseUrl());
        initial.put("CARTO_API_TOKEN", carto.accessToken());
        initial.putAll(extra);
        Main main = new Main();
        main.setInitialProperties(initial);
        return main;
    }

    private static Object option(Component component, String name) {
        return ((PropertyConfigurerGetter) component.getComponentPropertyConfigurer())
                .getOptionValue(component, name, false);
    }

    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
