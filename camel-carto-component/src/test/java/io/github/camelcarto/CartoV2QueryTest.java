package io.github.camelcarto;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.exception.CartoRateLimitException;
import io.github.camelcarto.client.exception.CartoStatementTimeoutException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcarto.testing.SuccessiveAnswers.answerInTurn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** carto:query with apiVersion=v2 against CARTO 2's /api/v2/sql. */
class CartoV2QueryTest extends CartoV2WireMockTestSupport {

    /** The real server's answer (Appendix A). */
    private static final String ROWS = """
            {"rows":[{"cartodb_id":1,"name":"Carmelo","pop_max":16921},{"cartodb_id":2,"name":"San Jose de Mayo","pop_max":36529}],\
            "time":0.002,"fields":{"cartodb_id":{"type":"number","pgtype":"int4"},"name":{"type":"string","pgtype":"text"},\
            "pop_max":{"type":"number","pgtype":"int4"}},"total_rows":2}""";
    private static final String TIMEOUT_BODY = "{\"error\":[\"You are over platform's limits: SQL query timeout error. "
                                               + "Refactor your query before running again or contact CARTO support for "
                                               + "more details.\"],\"context\":\"limit\",\"detail\":\"datasource\"}";
    private static final String RATE_LIMIT_BODY = "{\"error\":[\"You are over platform's limits. Please contact us to know "
                                                  + "more details\"],\"context\":\"limit\",\"detail\":\"rate-limit\"}";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:query").to("carto:query");
                from("direct:post").to("carto:query?method=post");
                from("direct:csv").to("carto:query?format=csv&filename=places&skipfields=the_geom,cartodb_id&dp=4");
                from("direct:csvPlain").to("carto:query?format=csv&compression=none");
                from("direct:export").to("carto:query?format=geojson&filename=places")
                        .setHeader(Exchange.FILE_NAME, header(CartoConstants.FILE_NAME))
                        .to("file:target/v2-exports");
                from("direct:param").to("carto:query?apiKeyMode=parameter");
                from("direct:slowRetry").to("carto:query?maxRetryAfter=1000");
            }
        };
    }

    @Test
    void jsonRowsComeWithRowCountFieldsTimeAndRateLimitsUsingBasicAuth() {
        carto.stubFor(get(urlPathEqualTo(BASE)).willReturn(okJson(ROWS)
                .withHeader("Carto-Rate-Limit-Limit", "1001").withHeader("Carto-Rate-Limit-Remaining", "1000")
                .withHeader("Carto-Rate-Limit-Reset", "1")));

        Exchange result = template.request("direct:query",
                e -> e.getMessage().setBody("select cartodb_id,name,pop_max from populated_places limit 2"));

        assertNull(result.getException());
        List<?> rows = result.getMessage().getBody(List.class);
        assertEquals(Map.of("cartodb_id", 1, "name", "Carmelo", "pop_max", 16921), rows.get(0));
        assertEquals(2, result.getMessage().getHeader(CartoConstants.ROW_COUNT));
        assertEquals(Map.of("type", "string", "pgtype", "text"),
                result.getMessage().getHeader(CartoConstants.FIELDS, Map.class).get("name"));
        assertEquals(0.002, result.getMessage().getHeader(CartoConstants.QUERY_TIME));
        assertEquals(1001L, result.getMessage().getHeader(CartoConstants.RATE_LIMIT_LIMIT));
        assertEquals(1000L, result.getMessage().getHeader(CartoConstants.RATE_LIMIT_REMAINING));
        assertEquals(1L, result.getMessage().getHeader(CartoConstants.RATE_LIMIT_RESET));
        carto.verify(getRequestedFor(urlPathEqualTo(BASE))
                .withQueryParam("q", equalTo("select cartodb_id,name,pop_max from populated_places limit 2"))
                .withQueryParam("api_key", absent())
                .withQueryParam("format", absent())
                .withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void noticesAndWarningsBecomeHeaders() {
        carto.stubFor(get(urlPathEqualTo(BASE)).willReturn(okJson(
                "{\"rows\":[],\"time\":0.011,\"fields\":{},\"total_rows\":0,\"notices\":[\"hello\"],\"warnings\":[\"careful\"]}")));
        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("DO $$ BEGIN END $$"));
        assertNull(result.getException());
        assertEquals(List.of("hello"), result.getMessage().getHeader(CartoConstants.NOTICES));
        assertEquals(List.of("careful"), result.getMessage().getHeader(CartoConstants.WARNINGS));
        assertEquals(0, result.getMessage().getHeader(CartoConstants.ROW_COUNT));
    }

    @Test
    void anErrorInsideA200AnswerFails() {
        carto.stubFor(get(urlPathEqualTo(BASE)).willReturn(okJson(
                "{\"rows\":[{\"a\":1}],\"time\":0.2,\"fields\":{},\"total_rows\":1,\"error\":[\"division by zero\"]}")));

        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("select 1/(n-3) from t"));

        CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
        assertEquals(200, error.getStatusCode());
        assertEquals("division by zero", error.getCartoMessage());
        assertTrue(error.getMessage().contains("division by zero"), error.getMessage());
    }

    @Test
    void aBadQueryRaisesCartosMessage() {
        carto.stubFor(get(urlPathEqualTo(BASE)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"error\":[\"syntax error at or near \\\"selec\\\"\"]}")));

        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("selec 1"));

        CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
        assertEquals(400, error.getStatusCode());
        assertEquals("syntax error at or near \"selec\"", error.getCartoMessage());
        carto.verify(1, getRequestedFor(urlPathEqualTo(BASE)));
    }

    @Test
    void aLongQueryAndMethodPostTravelAsAJsonBody() {
        carto.stubFor(post(urlPathEqualTo(BASE)).willReturn(okJson(ROWS)));

        String sql = "SELECT * FROM t WHERE name IN ('" + "x".repeat(8000) + "')";
        assertNull(template.request("direct:query", e -> e.getMessage().setBody(sql)).getException());
        assertNull(template.request("direct:post", e -> e.getMessage().setBody("SELECT 1")).getException());

        carto.verify(postRequestedFor(urlPathEqualTo(BASE)).withRequestBody(equalToJson("{\"q\":\"" + sql + "\"}"))
                .withHeader("Authorization", equalTo(BASIC)));
        carto.verify(postRequestedFor(urlPathEqualTo(BASE)).withRequestBody(equalToJson("{\"q\":\"SELECT 1\"}")));
        carto.verify(0, getRequestedFor(urlPathEqualTo(BASE)));
    }

    @Test
    void aCsvExportIsAStreamDecodedFromGzipWithTheOptionsPassedThrough() throws Exception {
        carto.stubFor(get(urlPathEqualTo(BASE)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv; charset=utf-8; header=present")
                .withHeader("Content-Disposition", "attachment; filename=places.csv; modification-date=\"x\"")
                .withHeader("Content-Encoding", "gzip")
                .withHeader("Carto-Rate-Limit-Remaining", "7")
                .withBody(gzip("name,pop_max\nCarmelo,16921\n"))));

        Exchange result = template.request("direct:csv", e -> e.getMessage().setBody("SELECT * FROM places"));

        assertNull(result.getException());
        Object body = result.getMessage().getBody();
        assertInstanceOf(InputStream.class, body);
        assertEquals("name,pop_max\nCarmelo,16921\n", read(body));
        assertEquals("places.csv", result.getMessage().getHeader(CartoConstants.FILE_NAME));
        assertTrue(result.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class).startsWith("text/csv"));
        assertEquals(7L, result.getMessage().getHeader(CartoConstants.RATE_LIMIT_REMAINING));
        carto.verify(getRequestedFor(urlPathEqualTo(BASE))
                .withQueryParam("format", equalTo("csv"))
                .withQueryParam("filename", equalTo("places"))
                .withQueryParam("skipfields", equalTo("the_geom,cartodb_id"))
                .withQueryParam("dp", equalTo("4"))
                .withHeader("Accept-Encoding", equalTo("gzip")));
    }

    @Test
    void compressionNoneAsksForPlainBytes() throws Exception {
        carto.stubFor(get(urlPathEqualTo(BASE)).willReturn(aResponse().withStatus(200).withBody("a\n1\n")));
        Exchange result = template.request("direct:csvPlain", e -> e.getMessage().setBody("SELECT 1 a"));
        assertEquals("a\n1\n", read(result.getMessage().getBody()));
        carto.verify(getRequestedFor(urlPathEqualTo(BASE)).withoutHeader("Accept-Encoding"));
    }

    @Test
    void aGeoJsonExportPipesIntoAFile() throws Exception {
        String geojson = "{\"type\": \"FeatureCollection\", \"features\": [{\"type\":\"Feature\",\"geometry\":"
                         + "{\"type\":\"Point\",\"coordinates\":[-58.299992,-33.989619]},\"properties\":{\"cartodb_id\":1}}]}";
        carto.stubFor(get(urlPathEqualTo(BASE)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("Content-Disposition", "attachment; filename=places.geojson")
                .withBody(geojson)));
        Path target = Path.of("target/v2-exports/places.geojson");
        Files.deleteIfExists(target);

        Exchange result = template.request("direct:export", e -> e.getMessage().setBody("SELECT * FROM places"));

        assertNull(result.getException());
        assertEquals(geojson, Files.readString(target, StandardCharsets.UTF_8));
        carto.verify(getRequestedFor(urlPathEqualTo(BASE)).withQueryParam("format", equalTo("geojson")));
    }

    @Test
    void aStatementTimeoutIsNotARateLimitAndIsNotRetried() {
        carto.stubFor(get(urlPathEqualTo(BASE)).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(TIMEOUT_BODY)));

        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("SELECT pg_sleep(30)"));

        CartoHttpException error = assertInstanceOf(CartoStatementTimeoutException.class, result.getException());
        assertFalse(error instanceof CartoRateLimitException);
        assertEquals(429, error.getStatusCode());
        assertTrue(error.getMessage().contains("statement timeout") && error.getMessage().contains("carto:job"),
                error.getMessage());
        carto.verify(1, getRequestedFor(urlPathEqualTo(BASE)));
    }

    @Test
    void aRateLimitWithRetryAfterIsRetriedAsAsked() {
        answerInTurn(carto, get(urlPathEqualTo(BASE)),
                aResponse().withStatus(429).withHeader("Retry-After", "0")
                        .withHeader("Carto-Rate-Limit-Limit", "3").withHeader("Carto-Rate-Limit-Remaining", "0")
                        .withHeader("Carto-Rate-Limit-Reset", "90").withBody(RATE_LIMIT_BODY),
                okJson(ROWS).withHeader("Carto-Rate-Limit-Limit", "3")
                        .withHeader("Carto-Rate-Limit-Remaining", "2").withHeader("Carto-Rate-Limit-Reset", "31"));

        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("SELECT 1"));

        assertNull(result.getException());
        assertEquals(2L, result.getMessage().getHeader(CartoConstants.RATE_LIMIT_REMAINING));
        carto.verify(2, getRequestedFor(urlPathEqualTo(BASE)));
    }

    @Test
    void aRateLimitAskingForTooLongFailsTypedWithItsHeaders() {
        carto.stubFor(get(urlPathEqualTo(BASE)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "31")
                .withHeader("Carto-Rate-Limit-Limit", "3").withHeader("Carto-Rate-Limit-Remaining", "0")
                .withHeader("Carto-Rate-Limit-Reset", "90").withBody(RATE_LIMIT_BODY)));

        Exchange result = template.request("direct:slowRetry", e -> e.getMessage().setBody("SELECT 1"));

        CartoRateLimitException error = assertInstanceOf(CartoRateLimitException.class, result.getException());
        assertEquals(31, error.getRetryAfter().toSeconds());
        assertEquals(3L, error.getLimit());
        assertEquals(0L, result.getMessage().getHeader(CartoConstants.RATE_LIMIT_REMAINING));
        assertEquals(90L, result.getMessage().getHeader(CartoConstants.RATE_LIMIT_RESET));
        carto.verify(1, getRequestedFor(urlPathEqualTo(BASE)));
    }

    @Test
    void theApiKeyParameterIsSentButNeverShown() {
        carto.stubFor(get(urlPathEqualTo(BASE)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"error\":[\"Unauthorized\"]}")));

        Exchange result = template.request("direct:param", e -> e.getMessage().setBody("SELECT 1"));

        CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
        assertEquals(401, error.getStatusCode());
        assertTrue(error.getMessage().contains("apiKey"), error.getMessage());
        assertFalse(error.getMessage().contains(API_KEY), error.getMessage());
        carto.verify(getRequestedFor(urlPathEqualTo(BASE)).withQueryParam("api_key", equalTo(API_KEY))
                .withoutHeader("Authorization"));
        for (var endpoint : context.getEndpoints()) {
            assertFalse(endpoint.toString().contains(API_KEY), endpoint.toString());
        }
    }

    @Test
    void aConnectionFailureWithTheKeyInTheUrlDoesNotShowIt() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String uri = "carto:query?apiKeyMode=parameter&maxRetries=0&apiBaseUrl=http://localhost:" + closedPort
                     + "/user/" + USER + "&apiKey=RAW(" + API_KEY + ")";
        Exchange result = template.request(uri, e -> e.getMessage().setBody("SELECT 1"));

        Exception error = result.getException();
        assertTrue(error != null);
        for (Throwable t = error; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(API_KEY), t.toString());
        }
        assertFalse(context.getEndpoint(uri).toString().contains(API_KEY));
    }
}
