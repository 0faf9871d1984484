package io.github.camelcarto.integration;

import java.util.List;
import java.util.Map;

import io.github.camelcarto.CartoConstants;
import io.github.camelcarto.client.exception.CartoLdsException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** carto:lds against carto-local, which answers misses as CARTO does: HTTP 200 and an entry whose error is set. */
class LocationDataServicesIT extends CartoLocalTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:geocode").to("carto:lds?operation=geocode&country=ES&options=RAW({\"politicalView\":\"ESP\"})");
                from("direct:batch").to("carto:lds?operation=batchGeocode");
            }
        };
    }

    @Override
    protected void doPostSetup() {
        carto.server().registerAddress("Calle Ebro 1, Sevilla", "ES", -5.9845, 37.3891);
    }

    @Test
    void aKnownAddressIsGeocoded() {
        Exchange hit = template.request("direct:geocode", e -> e.getMessage().setBody("Calle Ebro 1, Sevilla"));
        assertNull(hit.getException());
        Map<?, ?> entry = (Map<?, ?>) hit.getMessage().getBody(List.class).get(0);
        Map<?, ?> point = (Map<?, ?>) ((List<?>) entry.get("value")).get(0);
        assertEquals(-5.9845, point.get("longitude"));
        assertEquals(37.3891, point.get("latitude"));
    }

    @Test
    void anUnknownAddressFailsTheExchangeWithCartosMessage() {
        Exchange miss = template.request("direct:geocode", e -> e.getMessage().setBody("Calle Inventada 99"));
        CartoLdsException error = assertInstanceOf(CartoLdsException.class, miss.getException());
        assertEquals("Calle Inventada 99", error.getInput());
        assertTrue(error.getCartoMessage().contains("Calle Inventada 99"), error.getCartoMessage());
    }

    @Test
    void aBatchKeepsItsMissesOnTheirEntries() {
        Exchange batch = template.request("direct:batch",
                e -> e.getMessage().setBody(List.of("Calle Ebro 1, Sevilla", "Calle Inventada 99")));
        assertNull(batch.getException());
        List<?> results = batch.getMessage().getBody(List.class);
        assertNull(((Map<?, ?>) results.get(0)).get("error"));
        assertTrue(String.valueOf(((Map<?, ?>) results.get(1)).get("error")).contains("Calle Inventada 99"));
        assertEquals(1, batch.getMessage().getHeader(CartoConstants.LDS_FAILED_COUNT));
    }
}
