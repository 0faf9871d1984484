package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqlJobTest {

    @RegisterExtension
    static CartoLocalExtension carto = CartoLocalExtension.create().configure(c -> c.jobThreads(2));

    static HttpHelper http;

    @BeforeAll
    static void client() {
        http = HttpHelper.of(carto.server());
    }

    private static JsonNode submit(String sql, Object parameters) {
        Map<String, Object> body = parameters == null ? Map.of("query", sql)
                : Map.of("query", sql, "queryParameters", parameters);
        HttpHelper.Response response = http.postJson("/v3/sql/carto_dw/job", body);
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static JsonNode awaitStatus(JsonNode created, String status) {
        return http.await(jobPath(created), job -> status.equals(job.path("status").asText()));
    }

    private static String jobPath(JsonNode created) {
        return "/v3/sql/carto_dw/job/" + created.get("externalId").textValue();
    }

    /** Appendix B 'job create answer' and 'job status answer': no jobId or status at create; poll the externalId. */
    @Test
    void jobRunsInTheBackgroundToSuccess() {
        JsonNode created = submit("CREATE TABLE job_out AS SELECT @n AS n", Map.of("n", 42));

        assertFalse(created.has("jobId") || created.has("status"), created.toString());
        assertTrue(created.get("externalId").textValue().startsWith("job_"));
        assertEquals(UUID.fromString(created.get("connectionId").textValue()).toString(),
                created.get("connectionId").textValue());
        assertTrue(created.get("metadata").isObject());

        JsonNode done = awaitStatus(created, "success");
        assertEquals("CREATE TABLE job_out AS SELECT @n AS n", done.get("query").textValue());
        assertEquals(created.get("createdAt"), done.get("createdAt"));
        assertTrue(done.get("error").isObject() && done.get("error").isEmpty(), done.toString());
        JsonNode rows = http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode("SELECT n FROM job_out")).json();
        assertEquals(42, rows.at("/rows/0/n").intValue());
    }

    @Test
    void eachConnectionHasItsOwnUuid() {
        String dw = submit("SELECT 1", null).get("connectionId").textValue();
        String dwAgain = submit("SELECT 2", null).get("connectionId").textValue();
        String local = http.postJson("/v3/sql/local/job", Map.of("query", "SELECT 3")).json().get("connectionId").textValue();

        assertEquals(dw, dwAgain);
        assertNotEquals(dw, local);
    }

    /** Appendix B 'which id to poll': the status answer's own jobId is not an id to poll with here. */
    @Test
    void statusIsReadUnderTheExternalIdOnlyAndKeepsTheMetadata() {
        JsonNode created = http.postJson("/v3/sql/carto_dw/job",
                Map.of("query", "SELECT 2", "metadata", Map.of("origin", "test"))).json();

        assertEquals("test", created.at("/metadata/origin").textValue());
        JsonNode status = http.get(jobPath(created)).json();
        assertEquals("test", status.at("/metadata/origin").textValue());
        String ownJobId = status.get("jobId").textValue();
        assertNotEquals(created.get("externalId").textValue(), ownJobId);
        assertEquals(404, http.get("/v3/sql/carto_dw/job/" + ownJobId).status());
    }

    @Test
    void failingJobReportsCodeAndMessage() {
        JsonNode created = submit("SELECT * FROM does_not_exist", null);

        JsonNode failed = awaitStatus(created, "failure");
        assertEquals("relation \"does_not_exist\" does not exist", failed.at("/error/msg").textValue());
        assertEquals("42S02", failed.at("/error/code").textValue());
    }

    @Test
    void missingParameterIsRejectedAtCreate() {
        HttpHelper.Response response = http.postJson("/v3/sql/carto_dw/job", Map.of("query", "SELECT @x"));

        assertEquals(400, response.status());
        assertTrue(response.json().get("error").textValue().contains("@x"));
    }

    @Test
    void unknownJobIs404() {
        HttpHelper.Response read = http.get("/v3/sql/carto_dw/job/nope");
        HttpHelper.Response cancel = http.delete("/v3/sql/carto_dw/job/nope");

        assertEquals(404, read.status());
        assertEquals("{\"error\":\"Job nope not found\",\"status\":404}", read.body());
        assertEquals(404, cancel.status());
    }

    @Test
    void jobsRunConcurrently() {
        JsonNode first = submit("SELECT SLEEP_MS(60000)", null);
        JsonNode second = submit("SELECT SLEEP_MS(60000)", null);

        // both are running at the same time on the two job threads
        awaitStatus(first, "running");
        awaitStatus(second, "running");

        assertEquals("CANCELLED", http.delete(jobPath(first)).json().at("/error/code").textValue());
        assertEquals("CANCELLED", http.delete(jobPath(second)).json().at("/error/code").textValue());
    }

    @Test
    void manyClientsSubmitAtOnce() throws Exception {
        carto.server().execute("CREATE TABLE concurrent_out (client INT)");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Callable<JsonNode>> submissions = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int client = i;
                submissions.add(() -> submit("INSERT INTO concurrent_out VALUES (@c)", Map.of("c", client)));
            }
            for (Future<JsonNode> created : clients.invokeAll(submissions)) {
                awaitStatus(created.get(), "success");
            }
        } finally {
            clients.shutdown();
        }
        JsonNode count = http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode(
                "SELECT COUNT(DISTINCT client) AS n FROM concurrent_out")).json();
        assertEquals(16, count.at("/rows/0/n").intValue());
    }

    /** CARTO's statuses have no "cancelled": a cancelled job reads as a failure that says so. */
    @Test
    void cancelStopsTheRunningStatement() {
        JsonNode created = submit("SELECT SLEEP_MS(60001); CREATE TABLE after_cancel (a INT)", null);
        awaitStatus(created, "running");

        HttpHelper.Response cancel = http.delete(jobPath(created));

        assertEquals(200, cancel.status(), cancel.body());
        assertEquals("failure", cancel.json().get("status").textValue());
        assertEquals("Job execution was cancelled", cancel.json().at("/error/msg").textValue());
        // the statement really stopped: no session still sleeps, and the script went no further
        // (POST: a GET would be answered from carto-local's CDN-like cache)
        HttpHelper.await(() -> http.postJson("/v3/sql/carto_dw/query", Map.of("q", "SELECT COUNT(*) AS n FROM "
                + "INFORMATION_SCHEMA.SESSIONS WHERE EXECUTING_STATEMENT LIKE '%SLEEP' || '_MS(60001)%'")),
                json -> json.at("/rows/0/n").intValue() == 0);
        assertEquals("CANCELLED", http.get(jobPath(created)).json().at("/error/code").textValue());
        assertEquals(400, http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode("SELECT * FROM after_cancel")).status());
    }

    @Test
    void cancelOfAFinishedJobIs400() {
        JsonNode created = submit("SELECT 1", null);
        awaitStatus(created, "success");

        HttpHelper.Response response = http.delete(jobPath(created));

        assertEquals(400, response.status());
        assertEquals("Cannot set status from success to cancelled", response.json().get("error").textValue());
    }

    /** Appendix B 'job listing': a bare array of create-shaped entries, created since created_since, finished too. */
    @Test
    void listingHasTheJobsCreatedSinceTheGivenTimeFinishedOnesIncluded() {
        JsonNode finished = submit("SELECT 1", null);
        awaitStatus(finished, "success");
        String id = finished.get("externalId").textValue();
        Instant createdAt = Instant.parse(finished.get("createdAt").textValue());

        JsonNode since = http.get("/v3/sql/jobs?created_since=" + HttpHelper.encode(createdAt.toString())).json();
        JsonNode after = http.get("/v3/sql/jobs?created_since=" + createdAt.plusMillis(1)).json();
        JsonNode all = http.get("/v3/sql/jobs").json();

        assertTrue(since.isArray(), since.toString());
        assertTrue(since.findValuesAsText("externalId").contains(id), since.toString());
        assertFalse(after.findValuesAsText("externalId").contains(id), after.toString());
        assertTrue(all.findValuesAsText("externalId").contains(id));
        assertFalse(since.get(0).has("status"), since.toString());
    }

    @Test
    void listingIsNewestFirstAndRefusesAMalformedTime() {
        String older = submit("SELECT 1", null).get("externalId").textValue();
        String newer = submit("SELECT 2", null).get("externalId").textValue();

        List<String> ids = http.get("/v3/sql/jobs?created_since=2000-01-01").json().findValuesAsText("externalId");
        HttpHelper.Response malformed = http.get("/v3/sql/jobs?created_since=yesterday");

        assertTrue(ids.indexOf(newer) >= 0 && ids.indexOf(older) > ids.indexOf(newer), ids.toString());
        assertEquals(400, malformed.status());
        assertTrue(malformed.json().get("error").textValue().contains("ISO-8601"));
    }
}
