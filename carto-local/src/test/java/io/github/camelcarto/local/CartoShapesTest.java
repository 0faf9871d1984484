package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.samples.CartoSample;
import io.github.camelcarto.samples.CartoSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * carto-local's CARTO 3 answers have the shapes (field names, JSON types) of CARTO's own answers in
 * carto-api-samples; each test names the carto-api.md Appendix B row its samples come from.
 */
class CartoShapesTest {

    @RegisterExtension
    static CartoLocalExtension carto = CartoLocalExtension.create()
            .configure(config -> config.address("Calle Ebro 1, Sevilla", "ES", -5.9845, 37.3891))
            .workflow("wfproc_shape", "CREATE TABLE {{output_table}} AS SELECT @v AS v")
            .workflow("wfproc_shape_broken", "CREATE TABLE {{output_table}} AS SELECT * FROM missing_table");

    static HttpHelper http;

    @BeforeAll
    static void client() {
        http = HttpHelper.of(carto.server());
    }

    private static void assertShape(String sampleName, HttpHelper.Response response) {
        CartoSample sample = CartoSamples.get(sampleName);
        assertEquals(sample.status(), response.status(), response.body());
        assertEquals(List.of(), sample.shapeDifferences(response.body()), sampleName + ": " + response.body());
    }

    private static JsonNode submit(String sql) {
        return http.postJson("/v3/sql/carto_dw/job", Map.of("query", sql)).json();
    }

    private static HttpHelper.Response awaitJob(JsonNode created, String status) {
        String path = "/v3/sql/carto_dw/job/" + created.get("externalId").textValue();
        http.await(path, job -> status.equals(job.path("status").asText()) || status.equals(job.at("/status/state").asText()));
        return http.get(path);
    }

    /** Appendix B 'query answer'. */
    @Test
    void queryAnswer() {
        assertShape("v3/query-answer", http.postJson("/v3/sql/carto_dw/query", Map.of("q", "SELECT 12345 AS n")));
        assertShape("v3/query-answer", http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode("SELECT 12345 AS n")));
    }

    /** Appendix B 'job create answer' and 'job status answer' (@carto/ps-services CreatedJob and CartoJob). */
    @Test
    void sqlJobCreateAndStatuses() {
        HttpHelper.Response created = http.postJson("/v3/sql/carto_dw/job", Map.of("query", "SELECT SLEEP_MS(60000)"));
        assertShape("v3/job-created", created);
        HttpHelper.Response running = awaitJob(created.json(), "running");
        http.delete("/v3/sql/carto_dw/job/" + created.json().get("externalId").textValue());

        assertShape("v3/job-status-running", running);
        assertShape("v3/job-status-success", awaitJob(submit("SELECT 1"), "success"));
        assertShape("v3/job-status-failure", awaitJob(submit("SELECT * FROM missing_table"), "failure"));
    }

    /** Appendix B 'job create answer' and 'job status answer' for workflows (CARTO's Workflows page). */
    @Test
    void workflowJobCreateAndStatuses() {
        HttpHelper.Response created = http.postJson("/v3/sql/carto_dw/job", Map.of(
                "query", "CALL `p.workflows_temp.wfproc_shape`(@v)", "queryParameters", Map.of("v", 1)));
        assertShape("v3/workflow-job-created", created);

        assertShape("v3/workflow-job-status-done", awaitJob(created.json(), "DONE"));
        assertShape("v3/workflow-job-status-failed", awaitJob(submit("CALL `p.workflows_temp.wfproc_shape_broken`()"), "DONE"));
    }

    /** Appendix B 'job listing'. */
    @Test
    void jobListing() {
        submit("SELECT 1");

        assertShape("v3/jobs-list", http.get("/v3/sql/jobs?created_since=2000-01-01T00:00:00.000Z"));
    }

    /** Appendix B 'error answers'. */
    @Test
    void errorAnswer() {
        assertShape("v3/error", HttpHelper.send(http.request("/v3/sql/carto_dw/query?q=SELECT%201").GET().build()));
    }

    /** Appendix B 'LDS geocode / reverse': a hit, a miss, a reverse geocode and a batch with both. */
    @Test
    void ldsGeocoding() {
        String sevilla = HttpHelper.encode("Calle Ebro 1, Sevilla");

        assertShape("v3/lds-geocode", http.get("/v3/lds/geocoding/geocode?address=" + sevilla));
        assertShape("v3/lds-geocode-miss", http.get("/v3/lds/geocoding/geocode?address=nowhere"));
        assertShape("v3/lds-reverse-geocode", http.get("/v3/lds/geocoding/reverse?lat=37.3891&lon=-5.9845"));
        assertShape("v3/lds-batch-geocode", http.postJson("/v3/lds/geocoding/batch",
                Map.of("addresses", List.of("Calle Ebro 1, Sevilla", "nowhere"))));
    }
}
