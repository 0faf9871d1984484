package io.github.camelcarto.integration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcarto.CartoConstants;
import io.github.camelcarto.client.CartoJobFailedException;
import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.client.CartoTimeoutException;
import io.github.camelcarto.client.exception.CartoHttpException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole routes against carto-local, a CARTO-compatible server on a real spatial SQL engine: SQL really runs, jobs
 * really run in the background, a cancel really stops a statement, a workflow really writes its output table.
 */
class CartoLocalRoutesIT extends CartoLocalTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:query").to("carto:query");
                from("direct:cachedGet").to("carto:query?method=get");
                from("direct:freshGet").to("carto:query?method=get&cacheControl=no-cache");
                from("direct:submit").to("carto:job");
                from("direct:wait").to("carto:job?waitForCompletion=true");
                from("direct:short").to("carto:job?waitForCompletion=true&waitTimeout=300");
                from("direct:get").to("carto:job?operation=get");
                from("direct:workflow").to("carto:workflow?procedure=demo-project.workflows_temp.wfproc_api_stores_near"
                                           + "&parameterOrder=max_km,kind&fetchOutput=true");
            }
        };
    }

    @Override
    protected void doPostSetup() {
        carto.server().registerWorkflow("wfproc_api_stores_near", """
                -- parameters: max_km, kind
                CREATE TABLE {{output_table}} AS
                  SELECT name, kind FROM stores WHERE kind = @kind AND km_from_centre <= @max_km ORDER BY name""");
        carto.server().execute("DROP TABLE IF EXISTS stores");
        carto.server().execute("CREATE TABLE stores (name VARCHAR, kind VARCHAR, km_from_centre DOUBLE, geom GEOMETRY)");
        carto.server().execute("INSERT INTO stores VALUES ('Sol', 'Supermarket', 0.5, ST_GeomFromText('POINT(-3.70 40.41)', 4326)),"
                            + " ('Gran Via', 'Supermarket', 1.2, ST_GeomFromText('POINT(-3.71 40.42)', 4326)),"
                            + " ('Barajas', 'Supermarket', 12.0, ST_GeomFromText('POINT(-3.57 40.49)', 4326)),"
                            + " ('Retiro', 'Bakery', 1.0, ST_GeomFromText('POINT(-3.68 40.41)', 4326))");
    }

    @Test
    void aQueryWithNamedAndPositionalParametersReturnsRealRows() {
        Exchange named = template.request("direct:query", e -> {
            e.getMessage().setBody("SELECT name, ST_X(geom) AS lon FROM stores WHERE kind = @kind AND km_from_centre < @km ORDER BY name");
            e.getMessage().setHeader(CartoConstants.QUERY_PARAMETERS, Map.of("kind", "Supermarket", "km", 5));
        });
        assertNull(named.getException());
        List<?> rows = named.getMessage().getBody(List.class);
        assertEquals(List.of(Map.of("name", "Gran Via", "lon", -3.71), Map.of("name", "Sol", "lon", -3.7)), rows);
        assertEquals(2, named.getMessage().getHeader(CartoConstants.ROW_COUNT));

        Exchange positional = template.request("direct:query", e -> {
            e.getMessage().setBody("SELECT COUNT(*) AS n FROM stores WHERE kind = $1");
            e.getMessage().setHeader(CartoConstants.QUERY_PARAMETERS, List.of("Bakery' OR '1'='1"));
        });
        assertEquals(List.of(Map.of("n", 0)), positional.getMessage().getBody(List.class), "the value stayed a value");
    }

    /** carto-local caches GET queries by URL as CARTO's CDN does (Appendix B 'GET vs POST caching'). */
    @Test
    void theSameSelectRunTwiceSeesTheDataThatChangedInBetween() {
        String sql = "SELECT COUNT(*) AS n FROM stores WHERE kind = 'Bakery'";
        assertEquals(List.of(Map.of("n", 1)), query("direct:query", sql));
        carto.server().execute("INSERT INTO stores VALUES ('Pan', 'Bakery', 2.0, ST_GeomFromText('POINT(-3.69 40.42)', 4326))");
        assertEquals(List.of(Map.of("n", 2)), query("direct:query", sql));
    }

    @Test
    void theSameDmlRunTwiceRunsTwice() {
        carto.server().execute("DROP TABLE IF EXISTS visits");
        carto.server().execute("CREATE TABLE visits (store VARCHAR)");
        query("direct:query", "INSERT INTO visits VALUES ('Sol')");
        query("direct:query", "INSERT INTO visits VALUES ('Sol')");
        assertEquals(List.of(Map.of("n", 2)), query("direct:query", "SELECT COUNT(*) AS n FROM visits"));
    }

    /** The hazard method=get opts into, and what cacheControl does about it where the cache honours it. */
    @Test
    void aGetIsAnsweredFromTheCacheUnlessCacheControlSaysNoCache() {
        String sql = "SELECT COUNT(*) AS n FROM stores WHERE kind = 'Supermarket' AND km_from_centre < 100";
        assertEquals(List.of(Map.of("n", 3)), query("direct:cachedGet", sql));
        carto.server().execute("DELETE FROM stores WHERE name = 'Barajas'");
        assertEquals(List.of(Map.of("n", 3)), query("direct:cachedGet", sql), "a stale answer, as CARTO's CDN gives");
        assertEquals(List.of(Map.of("n", 2)), query("direct:freshGet", sql));
    }

    @Test
    void badSqlComesBackAsCartosError() {
        Exchange result = template.request("direct:query", e -> e.getMessage().setBody("SELEC nonsense"));
        CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
        assertEquals(400, error.getStatusCode());
        assertTrue(error.getCartoMessage() != null && !error.getCartoMessage().isBlank());
    }

    @Test
    void aJobRunsInTheBackgroundAndItsTableCanBeQueried() {
        Exchange job = template.request("direct:wait", e -> e.getMessage().setBody(
                "CREATE TABLE kinds AS SELECT kind, COUNT(*) AS stores FROM stores GROUP BY kind; SELECT SLEEP_MS(200)"));
        assertNull(job.getException());
        assertEquals(CartoJobStatus.DONE, job.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertTrue(job.getMessage().getHeader(CartoConstants.POLL_COUNT, Integer.class) >= 1);

        Exchange read = template.request("direct:query", e -> e.getMessage().setBody("SELECT * FROM kinds ORDER BY kind"));
        assertEquals(List.of(Map.of("kind", "Bakery", "stores", 1), Map.of("kind", "Supermarket", "stores", 3)),
                read.getMessage().getBody(List.class));
        carto.server().execute("DROP TABLE kinds");
    }

    /** carto-local answers a submit as CARTO does (no jobId, no status) and reads a job by its externalId only. */
    @Test
    void aSubmitWithoutWaitingIsPendingUnderItsExternalIdWhichReadsTheJob() {
        Exchange submitted = template.request("direct:submit", e -> e.getMessage().setBody("SELECT SLEEP_MS(200)"));
        assertNull(submitted.getException());
        assertEquals(CartoJobStatus.PENDING, submitted.getMessage().getHeader(CartoConstants.JOB_STATUS));
        String externalId = submitted.getMessage().getHeader(CartoConstants.JOB_ID, String.class);
        assertEquals(submitted.getMessage().getBody(Map.class).get("externalId"), externalId);

        Exchange read = template.request("direct:get", e -> e.getMessage().setHeader(CartoConstants.JOB_ID, externalId));
        assertNull(read.getException());
        assertEquals(externalId, read.getMessage().getHeader(CartoConstants.JOB_ID), "not the status answer's own jobId");
    }

    @Test
    void aFailingJobRaisesWithTheEnginesMessage() {
        Exchange job = template.request("direct:wait", e -> e.getMessage().setBody("SELECT * FROM no_such_table"));
        CartoJobFailedException error = assertInstanceOf(CartoJobFailedException.class, job.getException());
        assertEquals(CartoJobStatus.FAILED, error.getStatus());
        assertTrue(error.getCartoMessage().toLowerCase().contains("no_such_table"), error.getCartoMessage());
    }

    @Test
    void aWaitThatRunsOutReallyCancelsTheRunningStatement() {
        Exchange job = template.request("direct:short", e -> e.getMessage().setBody("SELECT SLEEP_MS(60000)"));
        CartoTimeoutException timeout = assertInstanceOf(CartoTimeoutException.class, job.getException());
        assertTrue(timeout.isCancelRequested());

        Exchange read = template.request("direct:get",
                e -> e.getMessage().setHeader(CartoConstants.JOB_ID, timeout.getJobId()));
        assertEquals(CartoJobStatus.CANCELLED, read.getMessage().getHeader(CartoConstants.JOB_STATUS));
    }

    /** The same parameters write the same output table: reading it must not be answered from a cache. */
    @Test
    void aWorkflowRunAgainFetchesItsNewOutput() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("kind", "Bakery");
        parameters.put("max_km", 5);
        assertEquals(List.of(Map.of("name", "Retiro", "kind", "Bakery")),
                template.request("direct:workflow", e -> e.getMessage().setBody(parameters)).getMessage().getBody(List.class));

        carto.server().execute("INSERT INTO stores VALUES ('Pan', 'Bakery', 2.0, ST_GeomFromText('POINT(-3.69 40.42)', 4326))");
        Exchange again = template.request("direct:workflow", e -> e.getMessage().setBody(parameters));

        assertNull(again.getException());
        assertEquals(List.of(Map.of("name", "Pan", "kind", "Bakery"), Map.of("name", "Retiro", "kind", "Bakery")),
                again.getMessage().getBody(List.class));
    }

    @Test
    void aWorkflowRunsWithItsParametersAndItsOutputBecomesTheBody() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("kind", "Supermarket");
        parameters.put("max_km", 2);

        Exchange run = template.request("direct:workflow", e -> e.getMessage().setBody(parameters));

        assertNull(run.getException());
        assertEquals(CartoJobStatus.DONE, run.getMessage().getHeader(CartoConstants.JOB_STATUS));
        String output = run.getMessage().getHeader(CartoConstants.WORKFLOW_OUTPUT_TABLE, String.class);
        assertTrue(output.startsWith("demo-project.workflows_temp.wfproc_api_stores_near_out_"), output);
        assertEquals(List.of(Map.of("name", "Gran Via", "kind", "Supermarket"), Map.of("name", "Sol", "kind", "Supermarket")),
                run.getMessage().getBody(List.class));
    }

    private List<?> query(String route, String sql) {
        Exchange result = template.request(route, e -> e.getMessage().setBody(sql));
        assertNull(result.getException());
        return result.getMessage().getBody(List.class);
    }
}
