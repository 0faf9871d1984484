package io.github.camelcarto.quarkusapp;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
@QuarkusTestResource(CartoLocalResource.class)
class StoreSummaryRouteTest {

    @Inject
    CamelContext camel;

    @Test
    void theRouteQueriesWithParametersThenWaitsForItsJob() throws Exception {
        Exchange done = camel.createProducerTemplate().request("direct:store-summary",
                exchange -> exchange.getMessage().setBody(Map.of("kind", "grocery")));

        assertNull(done.getException());
        assertEquals(2L, done.getMessage().getHeader("storesOfKind", Long.class));
        assertEquals("DONE", done.getMessage().getHeader("CamelCartoJobStatus", String.class));
        try (Connection connection = CartoLocalResource.carto.openConnection();
             Statement statement = connection.createStatement();
             ResultSet kinds = statement.executeQuery("SELECT COUNT(*) FROM store_summary")) {
            kinds.next();
            assertEquals(2, kinds.getInt(1));
        }
    }
}
