package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartPersistenceTest {

    @TempDir
    Path dataDir;

    @Test
    void tablesAndJobsSurviveARestartAndARunningJobBecomesAFailure() {
        CartoLocalConfig config = CartoLocalConfig.builder().dataDir(dataDir).build();
        String finishedJob;
        String runningJob;
        String connectionId;
        try (CartoLocal first = CartoLocal.start(config)) {
            HttpHelper http = HttpHelper.of(first);
            http.postJson("/v3/sql/carto_dw/query", Map.of("q",
                    "CREATE TABLE kept (id INT, geom GEOMETRY); INSERT INTO kept VALUES (1, 'POINT(1 2)')"));
            JsonNode created = http.postJson("/v3/sql/carto_dw/job", Map.of("query", "INSERT INTO kept VALUES (2, NULL)"))
                    .json();
            finishedJob = created.get("externalId").textValue();
            connectionId = created.get("connectionId").textValue();
            http.await("/v3/sql/carto_dw/job/" + finishedJob, job -> "success".equals(job.get("status").asText()));
            runningJob = http.postJson("/v3/sql/carto_dw/job", Map.of("query", "SELECT SLEEP_MS(60000)"))
                    .json().get("externalId").textValue();
            http.await("/v3/sql/carto_dw/job/" + runningJob, job -> "running".equals(job.get("status").asText()));
        }

        try (CartoLocal second = CartoLocal.start(config)) {
            HttpHelper http = HttpHelper.of(second);
            JsonNode rows = http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode("SELECT id, geom FROM kept ORDER BY id")).json();
            assertEquals(2, rows.get("rows").size());
            assertEquals("Point", rows.at("/rows/0/geom/type").textValue());

            assertEquals("success", http.get("/v3/sql/carto_dw/job/" + finishedJob).json().get("status").textValue());
            JsonNode interrupted = http.get("/v3/sql/carto_dw/job/" + runningJob).json();
            assertEquals("failure", interrupted.get("status").textValue());
            assertEquals("server restarted", interrupted.at("/error/msg").textValue());
            JsonNode listed = http.get("/v3/sql/jobs").json();
            assertEquals(2, listed.size());
            assertEquals(connectionId, listed.get(0).get("connectionId").textValue());
        }
    }
}
