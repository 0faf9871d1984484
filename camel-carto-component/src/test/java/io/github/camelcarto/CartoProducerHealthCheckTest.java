package io.github.camelcarto;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The producers' health check through Camel's health registry, as Camel Main, Spring Boot and Quarkus read it with
 * camel.health.producersEnabled=true: one check per CARTO and credentials, DOWN with a message that says whether the
 * credentials were refused or CARTO could not be reached, and cached so that probes do not hammer CARTO.
 */
class CartoProducerHealthCheckTest extends CartoWireMockTestSupport {

    private static final String JOBS = "/v3/sql/jobs";

    @BeforeEach
    void enableProducerChecks() {
        // what camel.health.producersEnabled=true does: Camel leaves producer checks off by default
        HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class)
                .setEnabled(true);
    }

    @Test
    void cartoAcceptingTheTokenIsUpAndTheAnswerIsCached() throws Exception {
        carto.stubFor(get(urlPathEqualTo(JOBS)).willReturn(okJson("{\"jobs\":[]}")));
        route("direct:q", "carto:query");

        HealthCheck.Result first = readiness(checkId());
        HealthCheck.Result second = readiness(checkId());

        assertEquals(HealthCheck.State.UP, first.getState());
        assertEquals(HealthCheck.State.UP, second.getState());
        assertEquals(carto.baseUrl(), first.getDetails().get(CartoProducerHealthCheck.URL));
        assertEquals("GET /v3/sql/jobs", first.getDetails().get(CartoProducerHealthCheck.ACCESS_CALL));
        carto.verify(1, getRequestedFor(urlPathEqualTo(JOBS)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void aRefusedTokenIsDownAndSaysSoWithoutTheToken() throws Exception {
        carto.stubFor(get(urlPathEqualTo(JOBS)).willReturn(
                aResponse().withStatus(401).withBody("{\"error\":\"Unauthorized\"}")));
        route("direct:q", "carto:query");

        HealthCheck.Result down = readiness(checkId());

        assertEquals(HealthCheck.State.DOWN, down.getState());
        assertEquals("credentials", down.getDetails().get(CartoProducerHealthCheck.FAILURE));
        assertEquals(401, down.getDetails().get(AbstractHealthCheck.SERVICE_STATUS_CODE));
        String message = down.getMessage().orElseThrow();
        assertTrue(message.startsWith("CARTO at " + host() + " refused the access token"), message);
        assertFalse(everything(down).contains(TOKEN), everything(down));
    }

    @Test
    void anUnreachableCartoIsDownAndSaysSo() throws Exception {
        route("direct:q", "carto:query?apiBaseUrl=http://127.0.0.1:1");

        HealthCheck.Result down = readiness("producer:carto-127.0.0.1:1");

        assertEquals(HealthCheck.State.DOWN, down.getState());
        assertEquals("unreachable", down.getDetails().get(CartoProducerHealthCheck.FAILURE));
        String message = down.getMessage().orElseThrow();
        assertTrue(message.contains("127.0.0.1"), message);
        assertFalse(everything(down).contains(TOKEN), everything(down));
    }

    @Test
    void aTokenWithoutTheGrantToListJobsIsStillUp() throws Exception {
        carto.stubFor(get(urlPathEqualTo(JOBS)).willReturn(aResponse().withStatus(403).withBody("{\"error\":\"Forbidden\"}")));
        route("direct:q", "carto:lds?ldsOperation=geocode");

        HealthCheck.Result up = readiness(checkId());

        assertEquals(HealthCheck.State.UP, up.getState());
        assertTrue(up.getMessage().orElseThrow().contains("does not grant the access check"), up.getMessage().get());
    }

    @Test
    void producersOfOneCartoAndTokenShareOneCheckAndOtherCredentialsGetTheirOwn() throws Exception {
        carto.stubFor(get(urlPathEqualTo(JOBS)).willReturn(okJson("[]")));
        route("direct:a", "carto:query");
        route("direct:b", "carto:job?connection=other");
        route("direct:c", "carto:query?accessToken=another-token");

        List<String> ids = producerChecks().stream().map(HealthCheck::getId).sorted().toList();

        assertEquals(List.of(checkId(), checkId() + "-2"), ids);
        readiness(checkId() + "-2");
        carto.verify(1, getRequestedFor(urlPathEqualTo(JOBS)).withHeader("Authorization", equalTo("Bearer another-token")));
    }

    @Test
    void theCheckLeavesWithTheLastProducer() throws Exception {
        route("direct:a", "carto:query");
        route("direct:b", "carto:job");

        context.getRouteController().stopRoute("direct:a");
        assertEquals(List.of(checkId()), producerChecks().stream().map(HealthCheck::getId).toList());
        context.getRouteController().stopRoute("direct:b");
        assertEquals(List.of(), producerChecks());
    }

    @Test
    void healthCheckProducerEnabledFalseTurnsTheCheckOff() throws Exception {
        context.getComponent("carto", CartoComponent.class).setHealthCheckProducerEnabled(false);
        route("direct:q", "carto:query");

        assertFalse(producerChecks().get(0).isEnabled());
        HealthCheckHelper.invokeReadiness(context);
        carto.verify(0, getRequestedFor(urlPathEqualTo(JOBS)));
    }

    @Test
    void aCarto2CheckRunsSelectOneWithTheApiKeyAndNamesItWhenRefused() throws Exception {
        String v2 = "/user/bob/api/v2/sql";
        carto.stubFor(get(urlPathEqualTo(v2)).willReturn(
                aResponse().withStatus(401).withBody("{\"error\":[\"Unauthorized\"]}")));
        route("direct:v2", "carto:query?apiVersion=v2&apiBaseUrl=" + carto.baseUrl() + "/user/bob&apiKey=v2-key-SECRET");

        HealthCheck.Result down = readiness("producer:carto-" + host() + "/user/bob");

        assertEquals(HealthCheck.State.DOWN, down.getState());
        assertTrue(down.getMessage().orElseThrow().contains("refused the API key"), down.getMessage().get());
        assertFalse(everything(down).contains("v2-key-SECRET"), everything(down));
        carto.verify(1, getRequestedFor(urlPathEqualTo(v2)).withQueryParam("q", equalTo("SELECT 1")));
    }

    @Test
    void theCheckIsForReadinessOnly() throws Exception {
        route("direct:q", "carto:query");

        HealthCheck check = producerChecks().get(0);

        assertTrue(check.isReadiness());
        assertFalse(check.isLiveness());
    }

    private void route(String from, String to) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).routeId(from).to(to);
            }
        });
    }

    private static String host() {
        return carto.baseUrl().substring("http://".length());
    }

    private static String checkId() {
        return "producer:carto-" + host();
    }

    private List<HealthCheck> producerChecks() {
        return HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class)
                .stream().filter(check -> check.getId().startsWith("producer:carto-")).toList();
    }

    /** Every readiness check is called, as a probe calls them; the one asked for is returned. */
    private HealthCheck.Result readiness(String id) {
        List<HealthCheck.Result> all = List.copyOf(HealthCheckHelper.invoke(context,
                check -> Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS), check -> !check.isReadiness(),
                "full"));
        return all.stream().filter(r -> r.getCheck().getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no readiness check " + id + " among "
                        + all.stream().map(r -> r.getCheck().getId()).collect(Collectors.joining(", "))));
    }

    /** Whatever a health endpoint could show of the result. */
    private static String everything(HealthCheck.Result result) {
        Map<String, Object> details = result.getDetails();
        return result.getMessage().orElse("") + " " + details + " "
               + result.getError().map(Throwable::toString).orElse("");
    }
}
