package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowTest {

    @TempDir
    static Path workflowsDir;

    static CartoLocal carto;
    static HttpHelper http;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(workflowsDir.resolve("wfproc_from_folder.sql"),
                "-- parameters: k\nCREATE TABLE {{output_table}} AS SELECT \"X\" AS x FROM SYSTEM_RANGE(1, @k)");
        Files.writeString(workflowsDir.resolve("notes.txt"), "not a workflow");
        carto = CartoLocal.start(CartoLocalConfig.builder().workflowsDir(workflowsDir).build());
        http = HttpHelper.of(carto);
        carto.execute("CREATE TABLE stores (id INT, kind VARCHAR, geom GEOMETRY)");
        carto.execute("INSERT INTO stores VALUES (1, 'Supermarket', 'POINT(-3.70 40.41)'), "
                      + "(2, 'Supermarket', 'POINT(-3.71 40.42)'), (3, 'Bakery', 'POINT(-3.70 40.41)')");
        carto.registerWorkflow("wfproc_api_stores", """
                -- a stand-in for the stored procedure CARTO generates from a workflow
                CREATE TABLE {{output_table}} AS
                  SELECT id, ST_Buffer(geom, @buffer_radius) AS area FROM stores WHERE kind = @store_type;
                """);
        carto.registerWorkflow("wfproc_broken", "CREATE TABLE {{output_table}} AS SELECT * FROM missing_table");
    }

    @org.junit.jupiter.api.AfterAll
    static void stop() {
        carto.close();
    }

    private static Map<String, Object> call(String procedure, Map<String, Object> parameters) {
        String arguments = String.join(", ", parameters.keySet().stream().map(name -> "@" + name).toList());
        return Map.of("query", "CALL `workflows-demo.workflows_temp." + procedure + "`(" + arguments + ")",
                "queryParameters", parameters);
    }

    private static Map<String, Object> storeParameters(String type) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("buffer_radius", 0.5);
        parameters.put("store_type", type);
        return parameters;
    }

    @Test
    void callRunsTheWorkflowIntoItsOutputTable() {
        HttpHelper.Response created = http.postJson("/v3/sql/carto_dw/job", call("wfproc_api_stores", storeParameters("Supermarket")));

        assertEquals(200, created.status(), created.body());
        JsonNode job = created.json();
        String outputTable = job.at("/jobMetadata/workflowOutputTableName").textValue();
        assertTrue(outputTable.matches("workflows-demo\\.workflows_temp\\.wfproc_api_stores_out_[0-9a-f]{16}"), outputTable);
        assertEquals("local", job.at("/jobMetadata/location").textValue());
        assertTrue(job.get("externalId").textValue().startsWith("job_"));
        assertTrue(job.get("query").textValue().startsWith("CALL `workflows-demo.workflows_temp.wfproc_api_stores`"));
        // Appendix B 'job create answer': CARTO's Workflows page shows the caller's token echoed
        assertEquals(carto.accessToken(), job.get("token").textValue());

        JsonNode done = http.await("/v3/sql/carto_dw/job/" + job.get("externalId").textValue(),
                status -> "DONE".equals(status.at("/status/state").asText()));
        assertFalse(done.get("status").has("errorResult"), done.toString());

        JsonNode rows = http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode(
                "SELECT id, area FROM `" + outputTable + "` ORDER BY id")).json();
        assertEquals(List.of("1", "2"), rows.get("rows").findValuesAsText("id"));
        assertEquals("Polygon", rows.at("/rows/0/area/type").textValue());
    }

    @Test
    void sameParametersReuseTheTableOthersGetTheirOwn() {
        String first = http.postJson("/v3/sql/carto_dw/job", call("wfproc_api_stores", storeParameters("Bakery")))
                .json().at("/jobMetadata/workflowOutputTableName").textValue();
        String again = http.postJson("/v3/sql/carto_dw/job", call("wfproc_api_stores", storeParameters("Bakery")))
                .json().at("/jobMetadata/workflowOutputTableName").textValue();
        String other = http.postJson("/v3/sql/carto_dw/job", call("wfproc_api_stores", storeParameters("Kiosk")))
                .json().at("/jobMetadata/workflowOutputTableName").textValue();

        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void failingWorkflowIsDoneWithErrorResult() {
        JsonNode job = http.postJson("/v3/sql/carto_dw/job", call("wfproc_broken", Map.of())).json();

        JsonNode done = http.await("/v3/sql/carto_dw/job/" + job.get("externalId").textValue(),
                status -> "DONE".equals(status.at("/status/state").asText()));
        assertEquals("invalidQuery", done.at("/status/errorResult/reason").textValue());
        assertEquals("relation \"missing_table\" does not exist", done.at("/status/errorResult/message").textValue());
    }

    @Test
    void workflowFromTheFolderBindsDeclaredParametersByPosition() {
        JsonNode job = http.postJson("/v3/sql/carto_dw/job", Map.of(
                "query", "CALL `p.d.wfproc_from_folder`(@how_many)", "queryParameters", Map.of("how_many", 3))).json();
        String outputTable = job.at("/jobMetadata/workflowOutputTableName").textValue();
        http.await("/v3/sql/carto_dw/job/" + job.get("externalId").textValue(),
                status -> "DONE".equals(status.at("/status/state").asText()));

        JsonNode rows = http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode("SELECT COUNT(*) AS n FROM `" + outputTable + "`")).json();
        assertEquals(3, rows.at("/rows/0/n").intValue());
    }

    @Test
    void synchronousCallOnQueryAnswersTheOutputRows() {
        Map<String, Object> body = new LinkedHashMap<>(call("wfproc_api_stores", storeParameters("Bakery")));
        body.put("q", body.remove("query"));

        JsonNode json = http.postJson("/v3/sql/carto_dw/query", body).json();

        assertEquals(List.of("3"), json.get("rows").findValuesAsText("id"));
    }

    @Test
    void callWithAMissingParameterValueIs400() {
        HttpHelper.Response response = http.postJson("/v3/sql/carto_dw/job", Map.of(
                "query", "CALL `p.d.wfproc_api_stores`(@buffer_radius, @store_type)",
                "queryParameters", Map.of("buffer_radius", 1)));

        assertEquals(400, response.status());
        assertTrue(response.json().get("error").textValue().contains("@store_type"));
    }

    @Test
    void callOfAnUnregisteredProcedureIsPlainSqlThatFails() {
        JsonNode job = http.postJson("/v3/sql/carto_dw/job", Map.of("query", "CALL `p.d.not_registered`()")).json();

        JsonNode failed = http.await("/v3/sql/carto_dw/job/" + job.get("externalId").textValue(),
                status -> "failure".equals(status.path("status").asText()));
        assertTrue(failed.at("/error/msg").textValue().contains("p.d.not_registered"), failed.toString());
    }
}
