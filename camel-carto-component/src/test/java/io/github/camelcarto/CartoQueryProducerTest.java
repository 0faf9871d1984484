package io.github.camelcarto;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.exception.CartoRateLimitException;
import io.github.camelcarto.testing.CartoAnswers;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CartoQueryProducerTest extends CartoWireMockTestSupport {

    private static final String PATH = "/v3/sql/conn/query";
    /** Appendix B 'query answer' (v3/query-answer) with two rows. */
    private static final String ROWS = CartoAnswers.queryAnswer(
            List.of(Map.of("name", "Madrid", "pop", 3300000), Map.of("name", "Bilbao", "pop", 345000)),
            List.of(Map.of("name", "name", "type", "string"), Map.of("name", "pop", "type", "number")));

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:query").to("carto:query");
                from("direct:get").to("carto:query?method=get");
                from("direct:auto").to("carto:query?method=auto");
                from("direct:fresh").to("carto:query?method=get&cacheControl=no-cache");
                from("direct:thread").to("carto:query")
                        .process(e -> e.getMessage().setHeader("thread", Thread.currentThread().getName()));
                from("direct:option").to("carto:query?sql=resource:classpath:sql/stores.sql"
                                         + "&queryParameters=RAW({\"city\":\"Madrid\"})");
            }
        };
    }

    /**
     * Appendix B 'GET vs POST caching': CARTO's CDN caches GET queries for up to a year and never POST, so a query is
     * a POST unless the route opts into GET: no stale rows, no skipped DML.
     */
    @Test
    void aQueryIsAPostByDefaultWithTokenAttributionAndParameters() {
        carto.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(ROWS)));

        Exchange result = template.request("direct:query", e -> {
            e.getMessage().setBody("SELECT name, pop FROM t WHERE pop > @min");
            e.getMessage().setHeader(CartoConstants.QUERY_PARAMETERS, Map.of("min", 1000));
        });

        assertNull(result.getException());
        List<?> rows = result.getMessage().getBody(List.class);
        assertEquals(2, rows.size());
        assertEquals(Map.of("name", "Madrid", "pop", 3300000), rows.get(0));
        assertEquals(2, result.getMessage().getHeader(CartoConstants.ROW_COUNT));
        assertEquals(List.of(Map.of("name", "name", "type", "string"), Map.of("name", "pop", "type", "number")),
                result.getMessage().getHeader(CartoConstants.SCHEMA));
        assertEquals(false, result.getMessage().getHeader(CartoConstants.QUERY_META, Map.class).get("cacheHit"));
        carto.verify(postRequestedFor(urlPathEqualTo(PATH))
                .withRequestBody(equalToJson("{\"q\":\"SELECT name, pop FROM t WHERE pop > @min\","
                                             + "\"queryParameters\":{\"min\":1000}}"))
                .withQueryParam("client", equalTo("camel-carto"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        carto.verify(0, getRequestedFor(urlPathEqualTo(PATH)));
    }

    /**
     * The route goes on on one of the component's workers, not on a thread of CompletableFuture's default executor
     * (a new thread for every answer on JDK 17 with 2 or fewer CPUs).
     */
    @Test
    void theRouteContinuesOnAComponentWorker() {
        carto.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(ROWS)));

        Exchange result = template.request("direct:thread", e -> e.getMessage().setBody("SELECT 1"));

        assertNull(result.getException());
        assertTrue(result.getMessage().getHeader("thread", String.class).endsWith("CartoWorker"),
                result.getMessage().getHeader("thread", String.class));
    }

    @Test
    void methodGetIsAnOptInThatPutsSqlAndParametersInTheUrl() {
        carto.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(ROWS)));
        template.request("direct:get", e -> {
            e.getMessage().setHeader(CartoConstants.SQL, "SELECT * FROM t WHERE a = $1 AND b = $2");
            e.getMessage().setHeader(CartoConstants.QUERY_PARAMETERS, List.of("x'; drop table t; --", 2));
        });
        carto.verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("q", equalTo("SELECT * FROM t WHERE a = $1 AND b = $2"))
                .withQueryParam("queryParameters", equalToJson("[\"x'; drop table t; --\",2]"))
                .withoutHeader("Cache-Control"));
    }

    @Test
    void cacheControlTravelsAsTheCacheControlHeaderOfAGet() {
        carto.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(ROWS)));
        Exchange result = template.request("direct:fresh", e -> e.getMessage().setBody("SELECT 1"));
        assertNull(result.getException());
        carto.verify(getRequestedFor(urlPathEqualTo(PATH)).withHeader("Cache-Control", equalTo("no-cache")));
    }

    @Test
    void cacheControlOnAQueryThatIsAlwaysPostedIsRefusedAtStart() {
        Exception refused = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:query?cacheControl=no-cache"));
        assertTrue(refused.getCause().getMessage().contains("cacheControl only matters for GET")
                   && refused.getCause().getMessage().contains("method=get"), refused.getCause().getMessage());
    }

    @Test
    void methodAutoSwitchesALongQueryToPostWithAJsonBody() {
        carto.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(ROWS)));
        String longSql = "SELECT * FROM t WHERE id IN (" + "1,".repeat(4000) + "1)";

        Exchange result = template.request("direct:auto", e -> e.getMessage().setBody(longSql));

        assertNull(result.getException());
        carto.verify(postRequestedFor(urlPathEqualTo(PATH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"q\":\"" + longSql + "\"}")));
        carto.verify(0, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void sqlAndParametersMayComeFromOptions() {
        carto.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(ROWS)));
        Exchange result = template.request("direct:option", e -> e.getMessage().setBody("ignored: the option wins"));
        assertNull(result.getException());
        carto.verify(postRequestedFor(urlPathEqualTo(PATH)).withRequestBody(equalToJson(
                "{\"q\":\"SELECT name FROM `proj.ds.stores` WHERE city = @city\",\"queryParameters\":{\"city\":\"Madrid\"}}")));
    }

    @Test
    void noSqlAnywhereFailsWithoutACall() {
        Exchange result = template.request("direct:query", e -> e.getMessage().setBody(null));
        assertInstanceOf(IllegalArgumentException.class, result.getException());
        assertTrue(result.getException().getMessage().contains("has no SQL to run"));
        assertEquals(0, carto.getAllServeEvents().size());
    }

    @Test
    void aWronglyTypedParametersHeaderFailsWithoutACall() {
        Exchange result = template.request("direct:query", e -> {
            e.getMessage().setBody("SELECT 1");
            e.getMessage().setHeader(CartoConstants.QUERY_PARAMETERS, "a=1");
        });
        assertTrue(result.getException().getMessage().contains("Header CamelCartoQueryParameters must be a Map"));
        assertEquals(0, carto.getAllServeEvents().size());
    }

    @Test
    void cartosErrorStringBecomesATypedExceptionWithoutTheToken() {
        carto.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(CartoAnswers.error("Syntax error: Unexpected keyword FORM at [1:10]", 400, Map.of()))));

        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("SELECT * FORM t"));

        CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
        assertEquals(400, error.getStatusCode());
        assertEquals("Syntax error: Unexpected keyword FORM at [1:10]", error.getCartoMessage());
        assertTrue(error.getMessage().contains("query on connection 'conn'"), error.getMessage());
        assertFalse(error.getMessage().contains(TOKEN));
        assertEquals(1, carto.getAllServeEvents().size(), "a 400 is not retried");
    }

    /** Appendix B 'error answers': some answers carry description, hint or column_name next to error. */
    @Test
    void cartosHintAndColumnNameComeWithItsError() {
        carto.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(400).withBody(CartoAnswers.error(
                "Column not found", 400, Map.of("column_name", "pop_max", "hint", "Check the columns of the source")))));
        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("SELECT pop_max FROM t"));
        CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
        assertTrue(error.getCartoMessage().startsWith("Column not found") && error.getCartoMessage().contains("pop_max")
                   && error.getCartoMessage().contains("Check the columns of the source"), error.getCartoMessage());
        assertTrue(error.getMessage().contains("column_name: pop_max"), error.getMessage());
    }

    @Test
    void anErrorArrayIsReadToo() {
        // Appendix B 'error answers': error is a string, sometimes an array
        carto.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(403)
                .withBody("{\"error\":[\"permission denied for table private_table\"]}")));
        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("SELECT 1"));
        CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
        assertEquals("permission denied for table private_table", error.getCartoMessage());
        assertTrue(error.getMessage().contains("lacks a grant"), error.getMessage());
    }

    @Test
    void aTimeoutTellsToUseAJob() {
        carto.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(408)
                .withBody(CartoAnswers.error("ProviderTimeoutError", 408, Map.of()))));
        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("SELECT slow()"));
        CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
        assertEquals(408, error.getStatusCode());
        assertTrue(error.getMessage().contains("carto:job instead"), error.getMessage());
    }

    @Test
    void serverErrorsOnAGetAreRetriedUntilTheyClear() {
        answerInTurn(carto, get(urlPathEqualTo(PATH)),
                aResponse().withStatus(503), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(ROWS));

        Exchange result = template.request("direct:get", e -> e.getMessage().setBody("SELECT 1"));

        assertNull(result.getException());
        assertEquals(2, result.getMessage().getHeader(CartoConstants.ROW_COUNT));
        carto.verify(3, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void persistentServerErrorsGiveUpAfterMaxRetries() {
        carto.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));
        Exchange result = template.request("direct:get", e -> e.getMessage().setBody("SELECT 1"));
        CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
        assertEquals(502, error.getStatusCode());
        assertTrue(error.getMessage().contains("<html>Bad gateway</html>"), error.getMessage());
        carto.verify(4, getRequestedFor(urlPathEqualTo(PATH)));
    }

    /** POST is the default, so a read must stay as sturdy as it was by GET: it is sent again after a 503. */
    @Test
    void aReadSentByPostIsRetriedUntilTheErrorsClear() {
        answerInTurn(carto, post(urlPathEqualTo(PATH)),
                aResponse().withStatus(503), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(ROWS));

        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("-- report\nSELECT 1"));

        assertNull(result.getException());
        carto.verify(3, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aDmlStatementSentByGetIsNotResentAfterAServerError() {
        carto.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        Exchange result = template.request("direct:get", e -> e.getMessage().setBody("DELETE FROM t"));
        assertInstanceOf(CartoHttpException.class, result.getException());
        carto.verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aPostIsNotResentAfterAServerError() {
        carto.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)));
        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("INSERT INTO t VALUES (1)"));
        assertInstanceOf(CartoHttpException.class, result.getException());
        carto.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void a429WithRetryAfterIsWaitedOutAndItsValuesAreExposedWhenItPersists() {
        carto.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "0")
                .withHeader("Carto-Rate-Limit-Limit", "3").withHeader("Carto-Rate-Limit-Remaining", "0")
                .withHeader("Carto-Rate-Limit-Reset", "90")
                .withBody(CartoAnswers.error("You are over platform's limits. Please contact us to know more details", 429,
                        Map.of()))));

        Exchange result = template.request("direct:get", e -> e.getMessage().setBody("SELECT 1"));

        CartoRateLimitException error = assertInstanceOf(CartoRateLimitException.class, result.getException());
        assertEquals(0, error.getRetryAfter().toSeconds());
        assertEquals(3L, error.getLimit());
        assertEquals(0L, error.getRemaining());
        assertEquals(90L, error.getReset());
        carto.verify(4, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aRetryAfterBeyondTheCapFailsAtOnce() {
        carto.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("SELECT 1"));
        CartoRateLimitException error = assertInstanceOf(CartoRateLimitException.class, result.getException());
        assertEquals(3600, error.getRetryAfter().toSeconds());
        carto.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void malformedJsonIsReportedAsSuch() {
        carto.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"rows\":[{\"a\":1},")));
        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("SELECT 1"));
        CartoException error = assertInstanceOf(CartoException.class, result.getException());
        assertTrue(error.getMessage().contains("not valid JSON"), error.getMessage());
    }

    @Test
    void anErrorInsideA200IsAnError() {
        // carto-api.md 1.4: a query error observed as {status, error, rows} (third-party)
        carto.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"error\":\"division by zero\",\"rows\":null}")));
        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("SELECT 1/0"));
        CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
        assertEquals("division by zero", error.getCartoMessage());
    }

    @Test
    void anUnreachableHostIsAClearError() {
        CartoEndpoint endpoint = context.getEndpoint("carto:query?apiBaseUrl=http://127.0.0.1:1&maxRetries=0",
                CartoEndpoint.class);
        Exchange result = template.request(endpoint, e -> e.getMessage().setBody("SELECT 1"));
        CartoException error = assertInstanceOf(CartoException.class, result.getException());
        assertTrue(error.getMessage().contains("Calling CARTO at 127.0.0.1:1") && error.getMessage().contains("refused"),
                error.getMessage());
    }
}
