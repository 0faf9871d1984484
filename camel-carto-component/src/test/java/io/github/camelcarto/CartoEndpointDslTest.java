package io.github.camelcarto;

import io.github.camelcarto.dsl.CartoEndpointBuilderFactory.CartoBuilders;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcarto.dsl.CartoEndpointBuilderFactory.carto;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The generated endpoint DSL: the URIs its builders make create the endpoints they describe, SQL with the characters
 * a URI mangles included, and a route built with it runs.
 */
class CartoEndpointDslTest extends CartoWireMockTestSupport {

    private static final String SQL_WITH_URI_CHARACTERS = "SELECT a + b AS total, 'x&y=z' AS s FROM t WHERE c = 100%";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:typed").to(carto("query").sql(SQL_WITH_URI_CHARACTERS).advanced().requestTimeout("5s"));
            }
        };
    }

    @Test
    void aQueryBuiltWithTheDslKeepsItsSqlAndOptions() {
        CartoEndpoint endpoint = carto("query").connection("warehouse").sql(SQL_WITH_URI_CHARACTERS)
                .method(io.github.camelcarto.client.QueryMethod.post).advanced().requestTimeout(5000L)
                .resolve(context, CartoEndpoint.class);

        assertEquals("query", endpoint.getKind());
        assertEquals(SQL_WITH_URI_CHARACTERS, endpoint.getConfiguration().getSql());
        assertEquals("warehouse", endpoint.getConfiguration().getConnection());
        assertEquals(io.github.camelcarto.client.QueryMethod.post, endpoint.getConfiguration().getMethod());
        assertEquals(5000L, endpoint.getConfiguration().getRequestTimeout());
    }

    @Test
    void tokensWithPlusSignsAndValuesAlreadyInRawStayWhole() {
        CartoEndpoint endpoint = carto("query").sql("RAW(SELECT 1 + 1)").accessToken("eyJ+abc/def%3D=")
                .resolve(context, CartoEndpoint.class);

        assertEquals("SELECT 1 + 1", endpoint.getConfiguration().getSql());
        assertEquals("eyJ+abc/def%3D=", endpoint.getConfiguration().getAccessToken());
    }

    @Test
    void durationsTakeCamelsTextAndEnumsTheirNames() {
        CartoEndpoint job = carto("job").waitForCompletion(true).waitTimeout("2h").pollInterval("250ms").maxPollInterval("1s")
                .operation("submit").resolve(context, CartoEndpoint.class);

        assertEquals(Boolean.TRUE, job.getConfiguration().getWaitForCompletion());
        assertEquals(7_200_000L, job.getConfiguration().getWaitTimeout());
        assertEquals(250L, job.getConfiguration().getPollInterval());
        assertEquals(1000L, job.getConfiguration().getMaxPollInterval());
        assertEquals("submit", job.getConfiguration().getOperation());
    }

    @Test
    void theConsumerBuilderCarriesCamelsSchedulerOptions() {
        CartoEndpoint jobs = carto("jobs").emitOn(CartoJobsEmitOn.terminal).jobIds("j1,j2").delay("5s")
                .backoffErrorThreshold(3).resolve(context, CartoEndpoint.class);

        assertEquals(CartoJobsEmitOn.terminal, jobs.getConfiguration().getEmitOn());
        assertEquals("j1,j2", jobs.getConfiguration().getJobIds());
        assertEquals(5000L, jobs.getConfiguration().getDelay());
        assertEquals(3, jobs.getBackoffErrorThreshold());
    }

    @Test
    void carto2OptionsAndReferencesToBeansResolve() {
        context.getRegistry().bind("sharedState", new org.apache.camel.support.processor.state.MemoryStateRepository());
        CartoEndpoint copy = carto("copyto").apiVersion(CartoApiVersion.v2).apiBaseUrl("https://team.carto.com")
                .apiKey("key-123").compression(CartoCompression.none).resolve(context, CartoEndpoint.class);
        CartoEndpoint jobs = carto("jobs").stateRepository("#sharedState").resolve(context, CartoEndpoint.class);

        assertEquals(CartoApiVersion.v2, copy.getConfiguration().getApiVersion());
        assertEquals("key-123", copy.getConfiguration().getApiKey());
        assertEquals(CartoCompression.none, copy.getConfiguration().getCompression());
        assertSame(context.getRegistry().lookupByName("sharedState"), jobs.getConfiguration().getStateRepository());
    }

    @Test
    void aRouteBuiltWithTheDslSendsTheSqlUnchanged() {
        carto.stubFor(post(urlPathEqualTo("/v3/sql/conn/query")).willReturn(okJson("{\"rows\":[],\"schema\":[]}")));

        Exchange done = template.request("direct:typed", e -> {
        });

        assertNull(done.getException());
        carto.verify(postRequestedFor(urlPathEqualTo("/v3/sql/conn/query"))
                .withRequestBody(matchingJsonPath("$.q", equalTo(SQL_WITH_URI_CHARACTERS))));
    }

    @Test
    void aRouteBuilderThatImplementsCartoBuildersStartsWithCartoPath() {
        CartoBuilders builders = new CartoBuilders() {
        };

        assertEquals(CartoConstants.SQL, builders.carto().cartoSql());
        assertEquals(CartoConstants.QUERY_PARAMETERS, builders.carto().cartoQueryParameters());
        assertEquals("job", builders.carto("job").resolve(context, CartoEndpoint.class).getKind());
    }
}
