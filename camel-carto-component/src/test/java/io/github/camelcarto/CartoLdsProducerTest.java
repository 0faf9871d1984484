package io.github.camelcarto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.exception.CartoLdsException;
import io.github.camelcarto.testing.CartoAnswers;
import io.github.camelcarto.samples.CartoSamples;
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

/**
 * carto:lds against stubs answering as CARTO does (Appendix B 'LDS geocode / reverse'; samples v3/lds-*): HTTP 200 with
 * a top-level array of {@code {error, value}} entries, a miss being an entry whose error is set. No CARTO code shows
 * isolines and routing answers (provider-specific): their stubs take the same entry shape, as carto-local answers.
 */
class CartoLdsProducerTest extends CartoWireMockTestSupport {

    private static final String GEOCODE = "/v3/lds/geocoding/geocode";
    private static final String REVERSE = "/v3/lds/geocoding/reverse";
    private static final String BATCH = "/v3/lds/geocoding/batch";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:geocode").to("carto:lds?operation=geocode&country=ES&limit=2");
                from("direct:alias").to("carto:lds?ldsOperation=geocode");
                from("direct:options").to("carto:lds?operation=geocode&options=RAW({\"politicalView\":\"ESP\"})");
                from("direct:reverse").to("carto:lds?operation=reverseGeocode&language=es");
                from("direct:batch").to("carto:lds?operation=batchGeocode&country=ES");
                from("direct:batchOptions").to("carto:lds?operation=batchGeocode&options=RAW({\"politicalView\":\"ESP\"})");
                from("direct:isolines").to("carto:lds?operation=isolines&origin=-3.7038,40.4168&mode=car&range=300,600");
                from("direct:routing").to("carto:lds?operation=routing&mode=car");
            }
        };
    }

    @Test
    void geocodeSendsTheAddressFromBodyOrHeaderWithTheOptions() {
        carto.stubFor(get(urlPathEqualTo(GEOCODE)).willReturn(okJson(CartoAnswers.ldsHit(-3.7038, 40.4168))));

        Exchange result = template.request("direct:geocode", e -> e.getMessage().setBody("Puerta del Sol, Madrid"));
        assertNull(result.getException());
        List<?> body = result.getMessage().getBody(List.class);
        assertEquals(List.of(Map.of("longitude", -3.7038, "latitude", 40.4168)), ((Map<?, ?>) body.get(0)).get("value"));
        carto.verify(getRequestedFor(urlPathEqualTo(GEOCODE))
                .withQueryParam("address", equalTo("Puerta del Sol, Madrid"))
                .withQueryParam("country", equalTo("ES")).withQueryParam("limit", equalTo("2"))
                .withQueryParam("options", absent()));

        template.request("direct:geocode", e -> {
            e.getMessage().setBody("ignored");
            e.getMessage().setHeader(CartoConstants.LDS_ADDRESS, "Gran Via 1");
            e.getMessage().setHeader(CartoConstants.LDS_COUNTRY, "PT");
        });
        carto.verify(getRequestedFor(urlPathEqualTo(GEOCODE))
                .withQueryParam("address", equalTo("Gran Via 1")).withQueryParam("country", equalTo("PT")));
    }

    /** A miss is HTTP 200 with the entry's error set: it fails the exchange, naming the address and CARTO's words. */
    @Test
    void aGeocodeMissFailsNamingTheAddressAndCartosMessage() {
        carto.stubFor(get(urlPathEqualTo(GEOCODE)).willReturn(okJson(CartoAnswers.ldsMiss("No results found for the address"))));

        Exchange result = template.request("direct:geocode", e -> e.getMessage().setBody("Nowhere 0"));

        CartoLdsException miss = assertInstanceOf(CartoLdsException.class, result.getException());
        assertEquals("Nowhere 0", miss.getInput());
        assertEquals("No results found for the address", miss.getCartoMessage());
        assertTrue(miss.getMessage().contains("'Nowhere 0'") && miss.getMessage().contains("No results found for the address"),
                miss.getMessage());
    }

    @Test
    void operationIsTheOptionOfEveryKindAndLdsOperationStaysItsAlias() {
        carto.stubFor(get(urlPathEqualTo(GEOCODE)).willReturn(okJson(CartoAnswers.ldsHit(-5.9845, 37.3891))));
        assertNull(template.request("direct:alias", e -> e.getMessage().setBody("Calle Ebro 1, Sevilla")).getException());
        carto.verify(1, getRequestedFor(urlPathEqualTo(GEOCODE)));

        Exception notLds = assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint("carto:lds?operation=get"));
        assertTrue(notLds.getCause().getMessage().contains("'get' is not a carto:lds operation")
                   && notLds.getCause().getMessage().contains("geocode"), notLds.getCause().getMessage());
        Exception notJob = assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint("carto:job?operation=geocode"));
        assertTrue(notJob.getCause().getMessage().contains("'geocode' is not a carto:job operation"), notJob.getCause().getMessage());
        Exception twoNames = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:lds?operation=geocode&ldsOperation=routing"));
        assertTrue(twoNames.getCause().getMessage().contains("ldsOperation is an alias of operation"),
                twoNames.getCause().getMessage());
    }

    /** The CARTO CLI's --options <json> (Appendix B 'LDS geocode / reverse'): provider options, passed through. */
    @Test
    void providerOptionsArePassedThroughOnEveryCall() {
        carto.stubFor(get(urlPathEqualTo(GEOCODE)).willReturn(okJson(CartoAnswers.ldsHit(-3.7038, 40.4168))));
        carto.stubFor(post(urlPathEqualTo(BATCH)).willReturn(okJson(CartoSamples.body("v3/lds-geocode"))));

        template.request("direct:options", e -> e.getMessage().setBody("Puerta del Sol"));
        template.request("direct:options", e -> {
            e.getMessage().setBody("Puerta del Sol");
            e.getMessage().setHeader(CartoConstants.LDS_OPTIONS, Map.of("politicalView", "MAR"));
        });
        template.request("direct:batchOptions", e -> e.getMessage().setBody(List.of("Puerta del Sol")));

        carto.verify(getRequestedFor(urlPathEqualTo(GEOCODE)).withQueryParam("options", equalToJson("{\"politicalView\":\"ESP\"}")));
        carto.verify(getRequestedFor(urlPathEqualTo(GEOCODE)).withQueryParam("options", equalToJson("{\"politicalView\":\"MAR\"}")));
        carto.verify(postRequestedFor(urlPathEqualTo(BATCH)).withRequestBody(equalToJson(
                "{\"addresses\":[{\"address\":\"Puerta del Sol\"}],\"options\":{\"politicalView\":\"ESP\"}}")));

        Exception notAnObject = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:lds?operation=geocode&options=[1]"));
        assertTrue(notAnObject.getCause().getMessage().contains("option options must be a JSON object"),
                notAnObject.getCause().getMessage());
    }

    @Test
    void reverseGeocodeChecksTheRangesAndSuggestsTheSwap() {
        carto.stubFor(get(urlPathEqualTo(REVERSE)).willReturn(okJson(CartoSamples.body("v3/lds-reverse-geocode"))));
        Exchange result = template.request("direct:reverse", e -> {
            e.getMessage().setHeader(CartoConstants.LDS_LAT, 37.3891);
            e.getMessage().setHeader(CartoConstants.LDS_LON, "-5.9845");
        });
        assertNull(result.getException());
        assertEquals(List.of(Map.of("latitude", 37.3891, "longitude", -5.9845)),
                ((Map<?, ?>) result.getMessage().getBody(List.class).get(0)).get("value"));
        carto.verify(getRequestedFor(urlPathEqualTo(REVERSE)).withQueryParam("lat", equalTo("37.3891"))
                .withQueryParam("lon", equalTo("-5.9845")).withQueryParam("language", equalTo("es")));

        Exchange swapped = template.request("direct:reverse", e -> {
            e.getMessage().setHeader(CartoConstants.LDS_LAT, 139.69);
            e.getMessage().setHeader(CartoConstants.LDS_LON, 35.68);
        });
        String message = swapped.getException().getMessage();
        assertTrue(message.contains("latitude 139.69 is outside [-90, 90]") && message.contains("lat=35.68, lon=139.69"),
                message);
        carto.verify(1, getRequestedFor(urlPathEqualTo(REVERSE)));
    }

    @Test
    void aReverseGeocodeMissFailsNamingTheCoordinates() {
        carto.stubFor(get(urlPathEqualTo(REVERSE)).willReturn(okJson(CartoAnswers.ldsMiss("No address found nearby"))));
        Exchange result = template.request("direct:reverse", e -> {
            e.getMessage().setHeader(CartoConstants.LDS_LAT, 0.5);
            e.getMessage().setHeader(CartoConstants.LDS_LON, -30.25);
        });
        CartoLdsException miss = assertInstanceOf(CartoLdsException.class, result.getException());
        assertEquals("0.5,-30.25", miss.getInput());
        assertTrue(miss.getMessage().contains("No address found nearby"), miss.getMessage());
    }

    /** A batch keeps each address's miss on its own entry, in input order, and counts them. */
    @Test
    void batchGeocodeKeepsInputOrderAndReportsAFailedAddressOnItsOwnEntry() {
        carto.stubFor(post(urlPathEqualTo(BATCH)).willReturn(okJson(CartoAnswers.ldsBatchHitThenMiss("No results found"))));

        Exchange result = template.request("direct:batch", e -> e.getMessage().setBody(List.of(
                "Calle Ebro 1, Sevilla", Map.of("address", "Nowhere 0", "country", "FR"))));

        assertNull(result.getException(), "a failed address does not fail the exchange");
        List<?> results = result.getMessage().getBody(List.class);
        assertEquals(2, results.size());
        assertNull(((Map<?, ?>) results.get(0)).get("error"));
        assertEquals("No results found", ((Map<?, ?>) results.get(1)).get("error"));
        assertEquals(1, result.getMessage().getHeader(CartoConstants.LDS_FAILED_COUNT));
        carto.verify(postRequestedFor(urlPathEqualTo(BATCH)).withRequestBody(equalToJson("""
                {"addresses":[{"address":"Calle Ebro 1, Sevilla","country":"ES"},{"address":"Nowhere 0","country":"FR"}]}""")));
    }

    @Test
    void moreThanTenThousandAddressesAreSplitAndResultsStayInOrder() {
        // the first call carries 10,000 addresses, the second the last one
        carto.stubFor(post(urlPathEqualTo(BATCH)).atPriority(1).withRequestBody(matchingJsonPath("$.addresses[9999]"))
                .willReturn(okJson(hits(0, 10_000))));
        carto.stubFor(post(urlPathEqualTo(BATCH)).atPriority(2).willReturn(okJson(hits(10_000, 1))));
        List<String> addresses = new ArrayList<>();
        IntStream.range(0, 10_001).forEach(i -> addresses.add("Street " + i));

        Exchange result = template.request("direct:batch", e -> e.getMessage().setBody(addresses));

        assertNull(result.getException());
        List<?> results = result.getMessage().getBody(List.class);
        assertEquals(10_001, results.size());
        assertEquals(longitude(0), longitudeOf(results.get(0)));
        assertEquals(longitude(9_999), longitudeOf(results.get(9_999)));
        assertEquals(longitude(10_000), longitudeOf(results.get(10_000)));
        carto.verify(2, postRequestedFor(urlPathEqualTo(BATCH)));
        carto.verify(1, postRequestedFor(urlPathEqualTo(BATCH)).withRequestBody(
                equalToJson("{\"addresses\":[{\"address\":\"Street 10000\",\"country\":\"ES\"}]}")));
    }

    @Test
    void aBatchAnswerThatCannotBeMatchedToTheAddressesIsAnError() {
        carto.stubFor(post(urlPathEqualTo(BATCH)).willReturn(okJson(CartoSamples.body("v3/lds-geocode"))));
        Exchange result = template.request("direct:batch", e -> e.getMessage().setBody(List.of("a", "b")));
        assertTrue(result.getException().getMessage().contains("1 results for 2 addresses"),
                result.getException().getMessage());
    }

    @Test
    void isolinesSendOriginAsLonLatAndHeadersOverrideOptions() {
        carto.stubFor(get(urlPathEqualTo("/v3/lds/isolines")).willReturn(okJson(
                "[{\"error\":null,\"value\":[{\"range\":300,\"geom\":{\"type\":\"Polygon\",\"coordinates\":[]}}]}]")));
        Exchange result = template.request("direct:isolines", e -> {
        });
        assertEquals(300, ((Map<?, ?>) ((List<?>) ((Map<?, ?>) result.getMessage().getBody(List.class).get(0)).get("value"))
                .get(0)).get("range"));
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
                () -> context.getEndpoint("carto:lds?operation=isolines&origin=10,95"));
        assertTrue(atStart.getCause().getMessage().contains("option origin"), atStart.getCause().getMessage());
        Exception noOperation = assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint("carto:lds"));
        assertTrue(noOperation.getCause().getMessage().contains("needs option operation"), noOperation.getCause().getMessage());
    }

    @Test
    void routingSendsOriginDestinationAndLatLonWaypoints() {
        carto.stubFor(get(urlPathEqualTo("/v3/lds/routing")).willReturn(okJson(
                "[{\"error\":null,\"value\":[{\"distance\":12000,\"duration\":900}]}]")));
        Exchange result = template.request("direct:routing", e -> {
            e.getMessage().setHeader(CartoConstants.LDS_ORIGIN, "-3.7038,40.4168");
            e.getMessage().setHeader(CartoConstants.LDS_DESTINATION, Map.of("lon", -3.6883, "lat", 40.4531));
            e.getMessage().setHeader(CartoConstants.LDS_WAYPOINTS, List.of("40.42,-3.70", "40.44,-3.69"));
        });
        assertNull(result.getException());
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
                .withBody(CartoAnswers.error("Unsupported provider", 400, Map.of()))));
        for (String header : List.of(CartoConstants.OPERATION, CartoConstants.LDS_OPERATION)) {
            Exchange result = template.request("direct:geocode", e -> {
                e.getMessage().setHeader(header, "ISOLINES");
                e.getMessage().setHeader(CartoConstants.LDS_ORIGIN, "-3.7,40.4");
                e.getMessage().setHeader(CartoConstants.LDS_MODE, "walk");
                e.getMessage().setHeader(CartoConstants.LDS_RANGE, "600");
            });
            CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
            assertEquals(400, error.getStatusCode());
            assertEquals("Unsupported provider", error.getCartoMessage());
        }
        carto.verify(2, getRequestedFor(urlPathEqualTo("/v3/lds/isolines")));
    }

    /** The sample's hit, with a longitude that tells each address's result apart. */
    private static String hits(int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> CartoAnswers.ldsHit(longitude(i), 40.0).replaceAll("^\\[|]$", ""))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static double longitude(int index) {
        return -180 + index / 100.0;
    }

    private static Object longitudeOf(Object result) {
        return ((Map<?, ?>) ((List<?>) ((Map<?, ?>) result).get("value")).get(0)).get("longitude");
    }
}
