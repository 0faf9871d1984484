package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The requests carto-python 1.11.3 sends (read from its carto/auth.py and carto/sql.py): {@code api_key} and
 * {@code client=cps-VERSION} in the query string, or merged into a JSON body; SQL in a form body; Batch jobs as JSON;
 * COPY FROM as gzip (level 1) in 8 KB chunks with EWKT geometries; COPY TO by GET, or POST once the query is long.
 */
abstract class CartoPythonFormsContract extends EngineContract {

    static final String CLIENT = "cps-1.11.3";
    static final String USER_AGENT = "carto-python-sdk/1.11.3";

    String auth;

    @Override
    void seed() {
        auth = "api_key=" + key + "&client=" + CLIENT;
    }

    private HttpRequest.Builder request(String path) {
        return http.request("/user/local/" + path).header("User-Agent", USER_AGENT);
    }

    @Test
    void sqlClientPostsAFormBodyAndIsToldItsClientName() {
        HttpHelper.Response response = HttpHelper.send(request("api/v2/sql?" + auth)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q=" + HttpHelper.encode("select 1 as a") + "&format=json")).build());
        HttpHelper.Response get = HttpHelper.send(request("api/v2/sql?q=" + HttpHelper.encode("select 2 as a") + "&" + auth)
                .GET().build());

        assertEquals(1, response.json().at("/rows/0/a").intValue(), response.body());
        assertEquals(CLIENT, response.header("Carto-Client"));
        assertEquals(2, get.json().at("/rows/0/a").intValue(), get.body());
    }

    @Test
    void batchClientSendsItsKeyAndClientInTheJsonBody() {
        String body = "{\"query\":\"create table py_job as select 1 as a\",\"api_key\":\"" + server.carto().apiKey()
                      + "\",\"client\":\"" + CLIENT + "\"}";
        HttpHelper.Response created = HttpHelper.send(request("api/v2/sql/job")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(201, created.status(), created.body());

        String jobPath = "/user/local/api/v2/sql/job/" + created.json().get("job_id").textValue() + "?" + auth;
        JsonNode done = http.await(jobPath, job -> "done".equals(job.path("status").asText()));
        HttpHelper.Response cancel = HttpHelper.send(request(jobPath.substring("/user/local/".length())).DELETE().build());

        assertEquals("create table py_job as select 1 as a", done.get("query").textValue());
        // carto-python's cancel() turns exactly this error into 'done'
        assertEquals("{\"error\":[\"Cannot set status from done to cancelled\"]}", cancel.body());
    }

    @Test
    void copyClientStreamsGzipInChunksWithEwktGeometries() throws IOException {
        HttpHelper.Response create = HttpHelper.send(request("api/v2/sql?" + auth + "&q=" + HttpHelper.encode(
                "CREATE TABLE py_copy (cartodb_id int, the_geom geometry(Geometry,4326), name text)")).GET().build());
        assertEquals(200, create.status(), create.body());
        StringBuilder csv = new StringBuilder("cartodb_id,the_geom,name\n");
        for (int i = 1; i <= 3000; i++) {
            csv.append(i).append(",SRID=4326;POINT(-126 54),place number ").append(i).append('\n');
        }
        List<byte[]> chunks = gzipLevel1InChunks(csv.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(chunks.size() > 1, "the upload spans several chunks");

        HttpHelper.Response copied = HttpHelper.send(request("api/v2/sql/copyfrom?" + auth + "&q=" + HttpHelper.encode(
                "COPY py_copy (cartodb_id, the_geom, name) FROM STDIN WITH (FORMAT csv, HEADER true)"))
                .header("Content-Type", "application/octet-stream").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(
                        chunks.stream().map(ByteArrayInputStream::new).toList())))).build());

        assertEquals(3000, copied.json().get("total_rows").intValue(), copied.body());
        String counted = "COPY (SELECT count(*), min(ST_SRID(the_geom)) FROM py_copy) TO STDOUT WITH (FORMAT csv)";
        HttpHelper.Response copyTo = HttpHelper.send(request("api/v2/sql/copyto?" + auth + "&q=" + HttpHelper.encode(counted))
                .GET().build());
        assertEquals("3000,4326\n", copyTo.body());
    }

    @Test
    void copyClientPostsALongCopyToWithItsParametersInTheQueryString() {
        String longQuery = "COPY (SELECT 1 AS one /* " + "x".repeat(1100) + " */) TO STDOUT WITH (FORMAT csv, HEADER true)";

        HttpHelper.Response response = HttpHelper.send(request("api/v2/sql/copyto?" + auth + "&q=" + HttpHelper.encode(longQuery))
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(200, response.status(), response.body());
        assertEquals("one\n1\n", response.body());
    }

    /** What carto-python's _compress_chunks sends: one gzip stream (zlib level 1) cut into the 8 KB reads it compresses. */
    private static List<byte[]> gzipLevel1InChunks(byte[] data) throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gzip.write(data);
        }
        byte[] bytes = gzipped.toByteArray();
        List<byte[]> chunks = new ArrayList<>();
        for (int from = 0; from < bytes.length; from += 8192) {
            chunks.add(java.util.Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + 8192)));
        }
        return chunks;
    }
}
