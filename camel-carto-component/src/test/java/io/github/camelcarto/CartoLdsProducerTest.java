package io.github.camelcarto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.camelcarto.client.exception.CartoHttpException;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CartoLdsProducerTest extends CartoWireMockTestSupport {

    private static final String BATCH = "/v3/lds/geocoding/batch";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:geocode").to("carto:lds?ldsOperation=geocode&country=ES&limit=2");
                from("direct:reverse").to("carto:lds?ldsOperation=reverseGeocode&language=es");
                from("direct:batch").to("carto:lds?ldsOperation=batchGeocode&country=ES");
                from("direct:isolines").to("carto:lds?ldsOperation=isolines&origin=-3.7038,40.4168&mode=car&range=300,600");
                from("direct:routing").to("carto:lds?ldsOperation=routing&mode=car");
            }
        };
    }

    @Test
    void geocodeSendsTheAddressFromBodyOrHeaderWithTheOptions() {
        carto.stubFor(get(urlPathEqualTo("/v3/lds/geocoding/geocode")).willReturn(okJson(
                "[{\"value\":[{\"longitude\":-3.7038,\"latitude\":40.4168}]}]")));

        Exchange result = template.request("direct:geocode", e -> e.getMessage().setBody("Puerta del Sol, Madrid"));
        assertNull(result.getException());
        List<?> body = result.getMessage().getBody(List.class);
        assertEquals(List.of(Map.of("longitude", -3.7038, "latitude", 40.4168)), ((Map<?, ?>) body.get(0)).get("value"));
        carto.verify(getRequestedFor(urlPathEqualTo("/v3/lds/geocoding/geocode"))
                .withQueryParam("address", equalTo("Puerta del Sol, Madrid"))
                .withQueryParam("country", equalTo("ES")).withQueryParam("limit", equalTo("2")));

        template.request("direct:geocode", e -> {
            e.getMessage().setBody("ignored");
            e.getMessage().setHeader(CartoConstants.LDS_ADDRESS, "Gran Via 1");
            e.getMessage().setHeader(CartoConstants.LDS_COUNTRY, "PT");
        });
        carto.verify(getRequestedFor(urlPathEqualTo("/v3/lds/geocoding/geocode"))
                .withQueryParam("address", equalTo("Gran Via 1")).withQueryParam("country", equalTo("PT")));
    }

    @Test
    void reverseGeocodeChecksTheRangesAndSuggestsTheSwap() {
        carto.stubFor(get(urlPathEqualTo("/v3/lds/geocoding/reverse")).willReturn(okJson("{\"address\":\"Calle Mayor 1\"}")));
        Exchange result = template.request("direct:reverse", e -> {
            e.getMessage().setHeader(CartoConstants.LDS_LAT, 40.4168);
            e.getMessage().setHeader(CartoConstants.LDS_LON, "-3.7038");
        });
        assertEquals(Map.of("address", "Calle Mayor 1"), result.getMessage().getBody(Map.class));
        carto.verify(getRequestedFor(urlPathEqualTo("/v3/lds/geocoding/reverse")).withQueryParam("lat", equalTo("40.4168"))
                .withQueryParam("lon", equalTo("-3.7038")).withQueryParam("language", equalTo("es")));

        Exchange swapped = template.request("direct:reverse", e -> {
            e.getMessage().setHeader(CartoConstants.LDS_LAT, 139.69);
            e.getMessage().setHeader(CartoConstants.LDS_LON, 35.68);
        });
        String message = swapped.getException().getMessage();
        assertTrue(message.contains("latitude 139.69 is outside [-90, 90]") && message.contains("lat=35.68, lon=139.69"),
                message);
        carto.verify(1, getRequestedFor(urlPathEqualTo("/v3/lds/geocoding/reverse")));
    }

    @Test
    void batchGeocodeKeepsInputOrderAndReportsAFailedAddressOnItsOwnEntry() {
        carto.stubFor(post(urlPathEqualTo(BATCH)).willReturn(okJson("""
                [{"value":[{"longitude":-3.70,"latitude":40.41}]},
                 {"error":"Address not found"},
                 {"value":[{"longitude":2.17,"latitude":41.38}]}]""")));

        Exchange result = template.request("direct:batch", e -> e.getMessage().setBody(List.of(
                "Puerta del Sol, Madrid", Map.of("address", "Nowhere 0", "country", "FR"), "Plaça Catalunya, Barcelona")));

        assertNull(result.getException(), "a failed address does not fail the exchange");
        List<?> results = result.getMessage().getBody(List.class);
        assertEquals(3, results.size());
        assertEquals("Address not found", ((Map<?, ?>) results.get(1)).get("error"));
        assertNull(((Map<?, ?>) results.get(2)).get("error"));
        assertEquals(1, result.getMessage().getHeader(CartoConstants.LDS_FAILED_COUNT));
        carto.verify(postRequestedFor(urlPathEqualTo(BATCH)).withRequestBody(equalToJson("""
                {"addresses":[{"address":"Puerta del Sol, Madrid","country":"ES"},{"address":"Nowhere 0","country":"FR"},
                              {"address":"Plaça Catalunya, Barcelona","country":"ES"}]}""")));
    }

    @Test
    void moreThanTenThousandAddressesAreSplitAndResultsStayInOrder() {
        // the first call carries 10,000 addresses, the second the last one
        carto.stubFor(post(urlPathEqualTo(BATCH)).atPriority(1).withRequestBody(matchingJsonPath("$.addresses[9999]"))
                .willReturn(okJson(results(0, 10_000))));
        carto.stubFor(post(urlPathEqualTo(BATCH)).atPriority(2).willReturn(okJson(results(10_000, 1))));
        List<String> addresses = new ArrayList<>();
        IntStream.range(0, 10_001).forEach(i -> addresses.add("Street " + i));

        Exchange result = template.request("direct:batch", e -> e.getMessage().setBody(addresses));

        assertNull(result.getException());
        List<?> results = result.getMessage().getBody(List.class);
        assertEquals(10_001, results.size());
        assertEquals(0, ((Map<?, ?>) results.get(0)).get("n"));
        assertEquals(9_999, ((Map<?, ?>) results.get(9_999)).get("n"));
        assertEquals(10_000, ((Map<?, ?>) results.get(10_000)).get("n"));
        carto.verify(2, postRequestedFor(urlPathEqualTo(BATCH)));
        carto.verify(1, postRequestedFor(urlPathEqualTo(BATCH)).withRequestBody(
                equalToJson("{\"addresses\":[{\"address\":\"Street 10000\",\"country\":\"ES\"}]}")));
    }

    @Test
    void aBatchAnswerThatCannotBeMatchedToTheAddressesIsAnError() {
        carto.stubFor(post(urlPathEqualTo(BATCH)).willReturn(okJson("{\"results\":[{\"value\":[]}]}")));
        Exchange result = template.request("direct:batch", e -> e.getMessage().setBody(List.of("a", "b")));
        assertTrue(result.getException().getMessage().contains("1 results for 2 addresses"),
                result.getException().getMessage());
    }

    @Test
    void isolinesSendOriginAsLonLatAndHeadersOverrideOptions() {
        carto.stubFor(get(urlPathEqualTo("/v3/lds/isolines")).willReturn(okJson("{\"type\":\"FeatureCollection\",\"features\":[]}")));
        Exchange result = template.request("direct:isolines", e -> {
        });
        assertEquals("FeatureCollection", result.getMessage().getBody(Map.class).get("type"));
        carto.verify(getRequestedFor(urlPathEqualTo("/v3/lds/isolines")).withQueryParam("origin", equalTo("-3.7038,40.4168"))
                .withQueryParam("mode", equalTo("car")).withQueryParam("range", equalTo("300,600"))
                .withQueryParam("range_type", equalTo("time")));

        template.request("direct:isolines", e -> {
            e.getMessage().setHeader(CartoConstants.LDS_ORIGIN, List.of(2.1734, 41.3851));
            e.getMessage().setHeader(CartoConstants.LDS_RANGE, List.of(1000));
            e.getMessage().setHeader(CartoConstants.LDS_RANGE_TYPE, "distance");
        });
        carto.verify(getRequestedFor(urlPathEqualTo("/v3/lds/isolines")).withQueryParam("origin", equalTo("2.1734,41.3851"))
                .withQueryParam("range", equalTo("1000")).withQueryParam("range_type", equalTo("distance")));
    }

    @Test
    void aSwappedOriginFailsBeforeTheCallSuggestingLonLat() {
        Exchange result = template.request("direct:isolines",
                e -> e.getMessage().setHeader(CartoConstants.LDS_ORIGIN, "-183.7,40.4168"));
        assertTrue(result.getException().getMessage().contains("longitude -183.7 is outside [-180, 180]"),
                result.getException().getMessage());
        result = template.request("direct:isolines", e -> e.getMessage().setHeader(CartoConstants.LDS_ORIGIN, "-3.7,140.2"));
        String message = result.getException().getMessage();
        assertTrue(message.contains("latitude 140.2 is outside [-90, 90]") && message.contains("\"140.2,-3.7\""), message);
        assertEquals(0, carto.getAllServeEvents().size());

        Exception atStart = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:lds?ldsOperation=isolines&origin=10,95"));
        assertTrue(atStart.getCause().getMessage().contains("option origin"), atStart.getCause().getMessage());
        Exception noOperation = assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint("carto:lds"));
        assertTrue(noOperation.getCause().getMessage().contains("needs option ldsOperation"));
    }

    @Test
    void routingSendsOriginDestinationAndLatLonWaypoints() {
        carto.stubFor(get(urlPathEqualTo("/v3/lds/routing")).willReturn(okJson("{\"distance\":12000,\"duration\":900}")));
        Exchange result = template.request("direct:routing", e -> {
            e.getMessage().setHeader(CartoConstants.LDS_ORIGIN, "-3.7038,40.4168");
            e.getMessage().setHeader(CartoConstants.LDS_DESTINATION, Map.of("lon", -3.6883, "lat", 40.4531));
            e.getMessage().setHeader(CartoConstants.LDS_WAYPOINTS, List.of("40.42,-3.70", "40.44,-3.69"));
        });
        assertEquals(12000, result.getMessage().getBody(Map.class).get("distance"));
        carto.verify(getRequestedFor(urlPathEqualTo("/v3/lds/routing")).withQueryParam("origin", equalTo("-3.7038,40.4168"))
                .withQueryParam("destination", equalTo("-3.6883,40.4531")).withQueryParam("mode", equalTo("car"))
                .withQueryParam("waypoints", equalTo("40.42,-3.7;40.44,-3.69")));

        Exchange noWaypoints = template.request("direct:routing", e -> {
            e.getMessage().setHeader(CartoConstants.LDS_ORIGIN, "-3.7038,40.4168");
            e.getMessage().setHeader(CartoConstants.LDS_DESTINATION, "-3.6883,40.4531");
        });
        assertNull(noWaypoints.getException());
        carto.verify(getRequestedFor(urlPathEqualTo("/v3/lds/routing")).withQueryParam("waypoints", absent()));

        Exchange noDestination = template.request("direct:routing",
                e -> e.getMessage().setHeader(CartoConstants.LDS_ORIGIN, "-3.7038,40.4168"));
        assertTrue(noDestination.getException().getMessage().contains("routing needs ldsDestination"));
    }

    @Test
    void theOperationHeaderOverridesAndAnUnsupportedProviderIsAnHttpError() {
        carto.stubFor(get(urlPathEqualTo("/v3/lds/isolines")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":\"Unsupported provider\"}")));
        Exchange result = template.request("direct:geocode", e -> {
            e.getMessage().setHeader(CartoConstants.LDS_OPERATION, "ISOLINES");
            e.getMessage().setHeader(CartoConstants.LDS_ORIGIN, "-3.7,40.4");
            e.getMessage().setHeader(CartoConstants.LDS_MODE, "walk");
            e.getMessage().setHeader(CartoConstants.LDS_RANGE, "600");
        });
        CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
        assertEquals(400, error.getStatusCode());
        assertEquals("Unsupported provider", error.getCartoMessage());
    }

    private static String results(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> "{\"n\":" + i + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
