package io.github.camelcarto.integration;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.github.camelcarto.CartoComponent;
import io.github.camelcarto.CartoConfiguration;
import io.github.camelcarto.CartoConstants;
import io.github.camelcarto.client.CartoJobFailedException;
import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.exception.CartoLdsException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks, on a real CARTO account, what carto-api.md Appendix B leaves open and the component parses defensively:
 * whether a status answer's jobId equals the externalId, the body of a failed job and of an error answer, that the
 * listing reaches a job's end, that POST queries are not cached, and (opt-in, it spends LDS quota) how a geocoding
 * miss looks. Skipped unless the credentials are given; they are never printed (the observations are logged at INFO):
 * <pre>
 * ./mvnw -B -ntp -pl camel-carto-component -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=RealCartoManualIT -Dcarto.manual.accessToken=... [-Dcarto.manual.apiBaseUrl=https://gcp-us-east1.api.carto.com] \
 *     [-Dcarto.manual.connection=carto_dw] [-Dcarto.manual.lds=true]
 * </pre>
 * The SQL is BigQuery's (the CARTO Data Warehouse, {@code carto_dw}); the token needs the SQL API (and LDS for the
 * last test).
 */
@EnabledIfSystemProperty(named = "carto.manual.accessToken", matches = ".+",
                         disabledReason = "needs a CARTO account: -Dcarto.manual.accessToken=... (see the class comment)")
class RealCartoManualIT extends CamelTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(RealCartoManualIT.class);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CartoComponent component = new CartoComponent();
        CartoConfiguration configuration = component.getConfiguration();
        configuration.setApiBaseUrl(System.getProperty("carto.manual.apiBaseUrl", CartoConfiguration.DEFAULT_API_BASE_URL));
        configuration.setAccessToken(System.getProperty("carto.manual.accessToken"));
        configuration.setConnection(System.getProperty("carto.manual.connection", "carto_dw"));
        context.addComponent("carto", component);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("carto:job");
                from("direct:wait").to("carto:job?waitForCompletion=true&waitTimeout=5m");
                from("direct:get").to("carto:job?operation=get");
                from("direct:query").to("carto:query");
                from("direct:geocode").to("carto:lds?operation=geocode");
                from("carto:jobs?emitOn=terminal&delay=5s&initialDelay=0&lookback=1h").routeId("events").autoStartup(false)
                        .to("mock:ended");
            }
        };
    }

    /** Appendix B 'job create answer' and 'which id to poll': is the status answer's jobId the externalId? */
    @Test
    void aSubmitIsPendingUnderItsExternalIdAndReadsBackUnderIt() {
        Exchange submitted = template.request("direct:submit", e -> e.getMessage().setBody("SELECT 1 AS n"));
        assertNull(submitted.getException());
        String id = submitted.getMessage().getHeader(CartoConstants.JOB_ID, String.class);
        Map<?, ?> created = submitted.getMessage().getBody(Map.class);
        LOG.info("Create answer's fields: {}; reported {} {}", created.keySet(), id,
                submitted.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals(created.get("externalId"), id);

        Exchange read = template.request("direct:get", e -> e.getMessage().setHeader(CartoConstants.JOB_ID, id));
        assertNull(read.getException());
        Map<?, ?> status = read.getMessage().getBody(Map.class);
        LOG.info("Status answer: {}; its jobId {} the externalId", status,
                id.equals(status.get("jobId")) ? "equals" : "differs from");
        assertEquals(id, read.getMessage().getHeader(CartoConstants.JOB_ID));
        assertNotEquals(CartoJobStatus.UNKNOWN, read.getMessage().getHeader(CartoConstants.JOB_STATUS),
                "a status word the parser does not know: " + status.get("status"));
    }

    /** Open question: the body of a failed job (Appendix B 'job status answer' shows error {code, msg}). */
    @Test
    void aFailedJobSaysWhy() {
        String table = "no_such_table_" + UUID.randomUUID().toString().replace("-", "");
        Exchange failed = template.request("direct:wait", e -> e.getMessage().setBody("SELECT * FROM " + table));
        CartoJobFailedException error = assertInstanceOf(CartoJobFailedException.class, failed.getException());
        LOG.info("Failed job as CARTO answered it: {}", error.getJob().fields());
        assertNotNull(error.getCartoMessage(), "CARTO's reason was found in none of the fields the parser reads");
        assertTrue(error.getCartoMessage().contains(table), error.getCartoMessage());
    }

    /** Appendix B 'error answers': what a query error carries next to error (description, hint, column_name?). */
    @Test
    void anErrorAnswerCarriesWhatCartoSends() {
        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("SELECT no_such_column FROM (SELECT 1 AS a)"));
        CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
        LOG.info("HTTP {} answer: {}", error.getStatusCode(), error.getResponseBody());
        assertTrue(error.getCartoMessage().contains("no_such_column"), error.getCartoMessage());
    }

    /** Appendix B 'GET vs POST caching': a POST query is never answered from a cache. */
    @Test
    void aPostQueryIsRunEveryTime() {
        String sql = "SELECT CAST(CURRENT_TIMESTAMP() AS STRING) AS now, GENERATE_UUID() AS id";
        List<?> first = template.request("direct:query", e -> e.getMessage().setBody(sql)).getMessage().getBody(List.class);
        List<?> second = template.request("direct:query", e -> e.getMessage().setBody(sql)).getMessage().getBody(List.class);
        assertNotEquals(first, second);
    }

    /** Appendix B 'job listing': the consumer reads listed jobs on the connection and delivers their ends. */
    @Test
    void theJobsConsumerDeliversTheEndOfAJobItDidNotSubmit() throws Exception {
        Exchange done = template.request("direct:wait", e -> e.getMessage().setBody("SELECT 2 AS n"));
        assertNull(done.getException());
        String id = done.getMessage().getHeader(CartoConstants.JOB_ID, String.class);
        NotifyBuilder itsEnd = new NotifyBuilder(context).fromRoute("events")
                .filter(exchange -> id.equals(exchange.getMessage().getHeader(CartoConstants.JOB_ID))).whenDone(1).create();

        context.getRouteController().startRoute("events");
        assertTrue(itsEnd.matches(2, TimeUnit.MINUTES), "no event for job " + id + " within 2 minutes of polls");

        Exchange event = getMockEndpoint("mock:ended").getReceivedExchanges().stream()
                .filter(exchange -> id.equals(exchange.getMessage().getHeader(CartoConstants.JOB_ID))).findFirst().orElseThrow();
        LOG.info("Event of job {}: {}", id, event.getMessage().getBody(Map.class));
        assertEquals(CartoJobStatus.DONE, event.getMessage().getHeader(CartoConstants.JOB_STATUS));
    }

    /** Appendix B 'LDS geocode / reverse': a miss is HTTP 200 with the entry's error set. Opt-in: it spends quota. */
    @Test
    @EnabledIfSystemProperty(named = "carto.manual.lds", matches = "true", disabledReason = "spends LDS quota: -Dcarto.manual.lds=true")
    void aGeocodingMissFailsWithCartosMessage() {
        String nowhere = "Zzyzx Qwrtpl " + UUID.randomUUID();
        Exchange miss = template.request("direct:geocode", e -> e.getMessage().setBody(nowhere));
        LOG.info("Geocoding of an address that does not exist: {}", miss.getException() != null
                ? miss.getException().getMessage() : miss.getMessage().getBody());
        CartoLdsException error = assertInstanceOf(CartoLdsException.class, miss.getException());
        assertFalse(error.getCartoMessage().isBlank());
    }
}
