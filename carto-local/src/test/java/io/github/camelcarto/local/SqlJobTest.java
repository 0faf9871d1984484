package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private static JsonNode awaitStatus(String jobId, String status) {
        return http.await("/v3/sql/carto_dw/job/" + jobId, job -> status.equals(job.path("status").asText()));
    }

    @Test
    void jobRunsInTheBackgroundToSuccess() {
        JsonNode created = submit("CREATE TABLE job_out AS SELECT @n AS n", Map.of("n", 42));

        assertEquals("pending", created.get("status").textValue());
        assertNotEquals(created.get("jobId").textValue(), created.get("externalId").textValue());
        assertEquals("carto_dw", created.get("connection").textValue());
        assertEquals("CREATE TABLE job_out AS SELECT @n AS n", created.get("query").textValue());
        assertTrue(created.get("metadata").isObject());
        assertTrue(created.hasNonNull("createdAt") && created.hasNonNull("updatedAt"));

        JsonNode done = awaitStatus(created.get("jobId").textValue(), "success");
        assertFalse(done.has("error"));
        JsonNode rows = http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode("SELECT n FROM job_out")).json();
        assertEquals(42, rows.at("/rows/0/n").intValue());
    }

    @Test
    void metadataIsKeptAndExternalIdFindsTheJobToo() {
        JsonNode created = submit("SELECT 1", null);
        HttpHelper.Response withMetadata = http.postJson("/v3/sql/carto_dw/job",
                Map.of("query", "SELECT 2", "metadata", Map.of("origin", "test")));

        assertEquals("test", withMetadata.json().at("/metadata/origin").textValue());
        JsonNode byExternalId = http.get("/v3/sql/carto_dw/job/" + created.get("externalId").textValue()).json();
        assertEquals(created.get("jobId").textValue(), byExternalId.get("jobId").textValue());
    }

    @Test
    void failingJobReportsCodeAndMessage() {
        JsonNode created = submit("SELECT * FROM does_not_exist", null);

        JsonNode failed = awaitStatus(created.get("jobId").textValue(), "failure");
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
    void jobsRunConcurrently() throws Exception {
        JsonNode first = submit("SELECT SLEEP_MS(60000)", null);
        JsonNode second = submit("SELECT SLEEP_MS(60000)", null);

        // both are running at the same time on the two job threads
        awaitStatus(first.get("jobId").textValue(), "running");
        awaitStatus(second.get("jobId").textValue(), "running");

        assertEquals("cancelled", http.delete("/v3/sql/carto_dw/job/" + first.get("jobId").textValue()).json().get("status").textValue());
        assertEquals("cancelled", http.delete("/v3/sql/carto_dw/job/" + second.get("jobId").textValue()).json().get("status").textValue());
    }

    @Test
    void manyClientsSubmitAtOnce() throws Exception {
        carto.server().execute("CREATE TABLE concurrent_out (client INT)");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> submissions = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int client = i;
                submissions.add(() -> submit("INSERT INTO concurrent_out VALUES (@c)", Map.of("c", client))
                        .get("jobId").textValue());
            }
            for (Future<String> jobId : clients.invokeAll(submissions)) {
                awaitStatus(jobId.get(), "success");
            }
        } finally {
            clients.shutdown();
        }
        JsonNode count = http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode(
                "SELECT COUNT(DISTINCT client) AS n FROM concurrent_out")).json();
        assertEquals(16, count.at("/rows/0/n").intValue());
    }

    @Test
    void cancelStopsTheRunningStatement() {
        JsonNode created = submit("SELECT SLEEP_MS(60001); CREATE TABLE after_cancel (a INT)", null);
        String jobId = created.get("jobId").textValue();
        awaitStatus(jobId, "running");

        HttpHelper.Response cancel = http.delete("/v3/sql/carto_dw/job/" + jobId);

        assertEquals(200, cancel.status(), cancel.body());
        assertEquals("cancelled", cancel.json().get("status").textValue());
        // the statement really stopped: no session still sleeps, and the script went no further
        http.await("/v3/sql/carto_dw/query?q=" + HttpHelper.encode("SELECT COUNT(*) AS n FROM INFORMATION_SCHEMA.SESSIONS "
                + "WHERE EXECUTING_STATEMENT LIKE '%SLEEP' || '_MS(60001)%'"), json -> json.at("/rows/0/n").intValue() == 0);
        assertEquals("cancelled", http.get("/v3/sql/carto_dw/job/" + jobId).json().get("status").textValue());
        assertEquals(400, http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode("SELECT * FROM after_cancel")).status());
    }

    @Test
    void cancelOfAFinishedJobIs400() {
        String jobId = submit("SELECT 1", null).get("jobId").textValue();
        awaitStatus(jobId, "success");

        HttpHelper.Response response = http.delete("/v3/sql/carto_dw/job/" + jobId);

        assertEquals(400, response.status());
        assertEquals("Cannot set status from success to cancelled", response.json().get("error").textValue());
    }

    @Test
    void listShowsJobsNewestFirst() {
        String older = submit("SELECT 1", null).get("jobId").textValue();
        String newer = submit("SELECT 2", null).get("jobId").textValue();

        List<String> ids = http.get("/v3/sql/jobs").json().get("jobs").findValuesAsText("jobId");

        assertTrue(ids.indexOf(newer) >= 0 && ids.indexOf(older) > ids.indexOf(newer), ids.toString());
    }
}
