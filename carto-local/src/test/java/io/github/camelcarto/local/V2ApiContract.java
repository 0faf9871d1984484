package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The SQL API v2 endpoints, formats, Batch jobs and COPY; one subclass per engine runs it. */
abstract class V2ApiContract extends EngineContract {

    @Override
    void seed() {
        server.carto().execute("CREATE TABLE places (cartodb_id INT, name VARCHAR, pop_max INT, the_geom GEOMETRY)");
        server.carto().execute("INSERT INTO places VALUES (1, 'Carmelo', 16921, 'SRID=4326;POINT(1 2)'), "
                               + "(2, 'San Jose de Mayo', 36529, NULL)");
    }

    private HttpHelper.Response v2(String pathAndQuery) {
        return HttpHelper.send(http.request("/user/local/api/v2/sql" + pathAndQuery).GET().build());
    }

    private HttpHelper.Response v2Post(String path, String contentType, HttpRequest.BodyPublisher body) {
        return HttpHelper.send(http.request("/user/local/api/v2/sql" + path).header("Content-Type", contentType)
                .POST(body).build());
    }

    private String q(String sql) {
        return "q=" + HttpHelper.encode(sql) + "&api_key=" + key;
    }

    @Test
    void jsonFormatHasRowsTimeFieldsAndTotalRows() {
        HttpHelper.Response response = v2("?" + q("SELECT cartodb_id, name, pop_max, the_geom FROM places ORDER BY cartodb_id"));

        assertEquals(200, response.status(), response.body());
        JsonNode json = response.json();
        assertEquals(List.of("rows", "time", "fields", "total_rows"), fieldNames(json));
        assertEquals("Carmelo", json.at("/rows/0/name").textValue());
        assertEquals("0101000020E6100000000000000000F03F0000000000000040", json.at("/rows/0/the_geom").textValue());
        assertEquals("number", json.at("/fields/pop_max/type").textValue());
        assertEquals("int4", json.at("/fields/pop_max/pgtype").textValue());
        assertEquals("string", json.at("/fields/name/type").textValue());
        assertEquals("geometry", json.at("/fields/the_geom/type").textValue());
        assertEquals(2, json.get("total_rows").intValue());
        assertTrue(json.get("time").isNumber());
        assertTrue(response.header("Content-Disposition").contains("cartodb-query.json"));
    }

    @Test
    void csvAndGeoJsonFormats() {
        HttpHelper.Response csv = v2("?" + q("SELECT cartodb_id, name FROM places ORDER BY cartodb_id") + "&format=csv");
        HttpHelper.Response geojson = v2("?" + q("SELECT cartodb_id, the_geom FROM places WHERE cartodb_id = 1") + "&format=geojson");

        assertEquals("cartodb_id,name\r\n1,Carmelo\r\n2,San Jose de Mayo\r\n", csv.body());
        JsonNode features = geojson.json();
        assertEquals("FeatureCollection", features.get("type").textValue());
        assertEquals("Point", features.at("/features/0/geometry/type").textValue());
        assertEquals(1, features.at("/features/0/properties/cartodb_id").intValue());
        assertTrue(features.at("/features/0/properties").has("cartodb_id")
                   && !features.at("/features/0/properties").has("the_geom"));
    }

    @Test
    void postWithJsonOrFormBodyAndBasicAuthOnTheBarePath() {
        HttpHelper.Response json = v2Post("", "application/json", HttpRequest.BodyPublishers.ofString(
                "{\"q\":\"SELECT 1 AS a\",\"api_key\":\"" + key + "\"}"));
        HttpHelper.Response form = v2Post("", "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString(q("SELECT 2 AS a")));
        String basic = Base64.getEncoder().encodeToString(("local:" + key).getBytes(StandardCharsets.UTF_8));
        HttpHelper.Response bare = HttpHelper.send(http.request("/api/v2/sql?q=SELECT%203%20AS%20a")
                .header("Authorization", "Basic " + basic).GET().build());

        assertEquals(1, json.json().at("/rows/0/a").intValue());
        assertEquals(2, form.json().at("/rows/0/a").intValue());
        assertEquals(3, bare.json().at("/rows/0/a").intValue());
    }

    @Test
    void errorsAreArraysWithCartosStatuses() {
        HttpHelper.Response bad = v2("?" + q("selec 1"));
        HttpHelper.Response noQuery = v2("?api_key=" + key);
        HttpHelper.Response wrongKey = v2("?q=SELECT%201&api_key=nope");
        HttpHelper.Response noKey = v2("?q=SELECT%201");
        HttpHelper.Response unknownUser = HttpHelper.send(http.request("/user/nobody/api/v2/sql?" + q("SELECT 1")).GET().build());

        assertEquals(400, bad.status());
        assertEquals("{\"error\":[\"syntax error at or near \\\"selec\\\"\"]}", bad.body());
        assertEquals("{\"error\":[\"You must indicate a sql query\"]}", noQuery.body());
        assertEquals(401, wrongKey.status());
        assertEquals("{\"error\":[\"Unauthorized\"]}", wrongKey.body());
        assertEquals(200, noKey.status(), "no key is CARTO's public role, which may run SELECT 1");
        assertEquals(404, unknownUser.status());
        assertTrue(unknownUser.json().at("/error/0").textValue().contains("'nobody'"));
    }

    private JsonNode createJob(String body) {
        HttpHelper.Response created = v2Post("/job?api_key=" + key, "application/json", HttpRequest.BodyPublishers.ofString(body));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private JsonNode awaitJob(String jobId, String status) {
        return http.await("/user/local/api/v2/sql/job/" + jobId + "?api_key=" + key,
                job -> status.equals(job.path("status").asText()));
    }

    @Test
    void batchJobRunsToDoneOrFailed() {
        JsonNode created = createJob("{\"query\":\"CREATE TABLE batch_out AS SELECT 1 AS a\"}");
        assertEquals("pending", created.get("status").textValue());
        assertEquals("local", created.get("user").textValue());
        assertTrue(created.hasNonNull("created_at") && created.hasNonNull("updated_at"));

        awaitJob(created.get("job_id").textValue(), "done");
        JsonNode failed = awaitJob(createJob("{\"query\":\"SELECT * FROM does_not_exist\"}").get("job_id").textValue(), "failed");
        assertEquals("relation \"does_not_exist\" does not exist", failed.get("failed_reason").textValue());
    }

    @Test
    void arrayAndFallbackJobsTrackEachQuery() {
        JsonNode multiple = awaitJob(createJob("{\"query\":[\"SELECT 1\",\"SELECT 2\"]}").get("job_id").textValue(), "done");
        assertEquals(List.of("done", "done"), multiple.get("query").findValuesAsText("status"));

        JsonNode fallback = awaitJob(createJob("""
                {"query":{"query":[{"query":"CREATE TABLE fb_ok (a INT)","onsuccess":"INSERT INTO fb_ok VALUES (1)"},
                                    {"query":"SELECT * FROM nope2","onerror":"INSERT INTO fb_ok VALUES (2)"},
                                    {"query":"INSERT INTO fb_ok VALUES (3)"}],
                          "onsuccess":"INSERT INTO fb_ok VALUES (4)","onerror":"INSERT INTO fb_ok VALUES (5)"}}
                """).get("job_id").textValue(), "failed");
        assertEquals("done", fallback.get("fallback_status").textValue());
        assertEquals(List.of("done", "failed", "skipped"), fallback.at("/query/query").findValuesAsText("status"));
        JsonNode rows = v2("?" + q("SELECT a FROM fb_ok ORDER BY a")).json();
        assertEquals(List.of("1", "2", "5"), rows.get("rows").findValuesAsText("a"));
    }

    @Test
    void cancelAndUnknownJobs() {
        String jobId = createJob("{\"query\":\"SELECT SLEEP_MS(60000)\"}").get("job_id").textValue();
        awaitJob(jobId, "running");

        HttpHelper.Response cancelled = HttpHelper.send(http.request("/user/local/api/v2/sql/job/" + jobId + "?api_key=" + key)
                .DELETE().build());
        HttpHelper.Response again = HttpHelper.send(http.request("/user/local/api/v2/sql/job/" + jobId + "?api_key=" + key)
                .DELETE().build());
        HttpHelper.Response unknown = v2("/job/00000000-0000-0000-0000-000000000000?api_key=" + key);
        HttpHelper.Response noQuery = v2Post("/job?api_key=" + key, "application/json", HttpRequest.BodyPublishers.ofString("{}"));

        assertEquals("cancelled", cancelled.json().get("status").textValue());
        assertEquals("{\"error\":[\"Cannot set status from cancelled to cancelled\"]}", again.body());
        assertEquals(400, unknown.status());
        assertEquals("{\"error\":[\"Job with id 00000000-0000-0000-0000-000000000000 not found\"]}", unknown.body());
        assertEquals("{\"error\":[\"You must indicate a valid SQL\"]}", noQuery.body());
    }

    @Test
    void copyRoundTripWithChunkedAndGzippedUploads() throws Exception {
        server.carto().execute("CREATE TABLE copy_demo (id INT, name VARCHAR, val DOUBLE PRECISION, geom GEOMETRY)");
        String csv = "id,name,val,geom\n1,alpha,1.5,POINT(1 2)\n2,\"beta, with comma\",2.25,\n";
        String copyFrom = "/copyfrom?api_key=" + key + "&q="
                          + HttpHelper.encode("COPY copy_demo (id,name,val,geom) FROM STDIN WITH (FORMAT csv, HEADER true)");
        // an InputStream publisher has no length: the JDK client sends it chunked
        HttpHelper.Response chunked = v2Post(copyFrom, "application/octet-stream", HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write("id,name,val,geom\n3,gamma,,\n".getBytes(StandardCharsets.UTF_8));
        }
        HttpHelper.Response gzip = HttpHelper.send(http.request("/user/local/api/v2/sql" + copyFrom)
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(gzipped.toByteArray())).build());

        assertEquals(200, chunked.status(), chunked.body());
        assertEquals(2, chunked.json().get("total_rows").intValue());
        assertTrue(chunked.json().get("time").isNumber());
        assertEquals(1, gzip.json().get("total_rows").intValue(), gzip.body());

        HttpHelper.Response copyTo = v2("/copyto?api_key=" + key + "&filename=demo_export.csv&q=" + HttpHelper.encode(
                "COPY (SELECT id, name, val, geom FROM copy_demo ORDER BY id) TO STDOUT WITH (FORMAT csv, HEADER true)"));
        assertEquals(200, copyTo.status(), copyTo.body());
        assertEquals("attachment; filename=demo_export.csv", copyTo.header("Content-Disposition"));
        assertEquals("application/octet-stream", copyTo.header("Content-Type"));
        assertEquals("id,name,val,geom\n1,alpha,1.5,0101000000000000000000F03F0000000000000040\n"
                     + "2,\"beta, with comma\",2.25,\n3,gamma,,\n", copyTo.body());
    }

    @Test
    void copyFromWithBasicAuthOnTheBarePath() {
        server.carto().execute("CREATE TABLE copy_basic (id INT)");
        String basic = Base64.getEncoder().encodeToString(("local:" + key).getBytes(StandardCharsets.UTF_8));

        HttpHelper.Response response = HttpHelper.send(http.request("/api/v2/sql/copyfrom?q="
                + HttpHelper.encode("COPY copy_basic (id) FROM STDIN WITH (FORMAT csv)"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("1\n2\n")).build());

        assertEquals(2, response.json().get("total_rows").intValue(), response.body());
    }

    @Test
    void copyOfATableInTextFormatAndPostedCopyTo() {
        server.carto().execute("CREATE TABLE copy_text (id INT, note VARCHAR)");
        HttpHelper.Response in = v2Post("/copyfrom?api_key=" + key + "&q=" + HttpHelper.encode("COPY copy_text FROM STDIN"),
                "application/octet-stream", HttpRequest.BodyPublishers.ofString("1\ttab\\there\n2\t\\N\n"));
        HttpHelper.Response out = v2Post("/copyto", "application/json", HttpRequest.BodyPublishers.ofString(
                "{\"q\":\"COPY copy_text (id, note) TO STDOUT\",\"api_key\":\"" + key + "\"}"));

        assertEquals(2, in.json().get("total_rows").intValue(), in.body());
        assertEquals("1\ttab\\there\n2\t\\N\n", out.body());
    }

    @Test
    void copyErrors() {
        server.carto().execute("CREATE TABLE copy_bad (id INT)");
        HttpHelper.Response badValue = v2Post("/copyfrom?api_key=" + key + "&q=" + HttpHelper.encode(
                "COPY copy_bad (id) FROM STDIN WITH (FORMAT csv)"), "text/csv", HttpRequest.BodyPublishers.ofString("1\nx\n"));
        HttpHelper.Response noQuery = v2Post("/copyfrom?api_key=" + key, "text/csv", HttpRequest.BodyPublishers.ofString("1\n"));
        HttpHelper.Response notCopy = v2("/copyto?api_key=" + key + "&q=" + HttpHelper.encode("SELECT 1"));
        HttpHelper.Response missingTable = v2("/copyto?api_key=" + key + "&q=" + HttpHelper.encode(
                "COPY (SELECT * FROM nope) TO STDOUT WITH (FORMAT csv)"));

        assertEquals(400, badValue.status());
        assertEquals("{\"error\":[\"invalid input syntax for type integer: \\\"x\\\"\"]}", badValue.body());
        assertEquals(0, v2("?" + q("SELECT COUNT(*) AS n FROM copy_bad")).json().at("/rows/0/n").intValue(),
                "a failed COPY inserts nothing");
        assertEquals("{\"error\":[\"SQL is missing\"]}", noQuery.body());
        assertEquals("{\"error\":[\"SQL must start with COPY\"]}", notCopy.body());
        assertEquals("{\"error\":[\"relation \\\"nope\\\" does not exist\"]}", missingTable.body());
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> list = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(list::add);
        return list;
    }
}
