package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ImportTest {

    @RegisterExtension
    static CartoLocalExtension carto = CartoLocalExtension.create();

    @TempDir
    static Path files;

    static HttpHelper http;

    @BeforeAll
    static void client() {
        http = HttpHelper.of(carto.server());
    }

    private static Map<String, Object> importOf(String url, String destination) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("connection", "carto_dw");
        body.put("url", url);
        body.put("destination", destination);
        body.put("overwrite", true);
        body.put("autoguessing", true);
        return body;
    }

    private static JsonNode importAndWait(Map<String, Object> body, String status) {
        HttpHelper.Response created = http.postJson("/v3/imports", body);
        assertEquals(200, created.status(), created.body());
        return http.await("/v3/imports/" + created.json().get("jobId").textValue(),
                json -> status.equals(json.get("status").asText()));
    }

    private static JsonNode query(String sql) {
        return http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode(sql)).json();
    }

    @Test
    void csvWithLongitudeAndLatitudeBecomesPoints() throws Exception {
        Path csv = files.resolve("stores.csv");
        Files.writeString(csv, "Store Name,revenue,open,lon,lat\n\"Alpha, Inc\",1500.5,true,-3.7,40.4\nBeta,20,false,2.17,41.38\n");

        JsonNode done = importAndWait(importOf(csv.toUri().toString(), "proj.dataset.stores"), "success");

        assertEquals(2, done.get("rowCount").intValue());
        JsonNode rows = query("SELECT store_name, revenue, open, geom FROM `proj.dataset.stores` ORDER BY revenue DESC");
        assertEquals("Alpha, Inc", rows.at("/rows/0/store_name").textValue());
        assertEquals(1500.5, rows.at("/rows/0/revenue").doubleValue());
        assertTrue(rows.at("/rows/0/open").booleanValue());
        assertEquals(-3.7, rows.at("/rows/0/geom/coordinates/0").doubleValue());
        assertEquals(List.of("string", "number", "boolean", "geometry"), rows.get("schema").findValuesAsText("type"));
        assertEquals(4326, query("SELECT ST_SRID(geom) AS srid FROM `proj.dataset.stores` LIMIT 1").at("/rows/0/srid").intValue());
    }

    @Test
    void csvWithWktColumnBecomesGeometries() throws Exception {
        Path csv = files.resolve("areas.csv");
        Files.writeString(csv, "id,the_geom\n1,\"POLYGON((0 0, 1 0, 1 1, 0 0))\"\n2,\n");

        importAndWait(importOf(csv.toUri().toString(), "areas"), "success");

        JsonNode rows = query("SELECT id, ST_GeometryType(the_geom) AS t FROM areas ORDER BY id");
        assertEquals("POLYGON", rows.at("/rows/0/t").textValue());
        assertTrue(rows.at("/rows/1/t").isNull());
    }

    @Test
    void geoJsonFeaturesBecomeRowsWithGeom() throws Exception {
        Path geojson = files.resolve("places.geojson");
        Files.writeString(geojson, """
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"name":"a","pop":10}},
                  {"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]},"properties":{"name":"b","pop":2.5,"extra":true}}
                ]}""");

        importAndWait(importOf(geojson.toUri().toString(), "`proj.dataset.places`"), "success");

        JsonNode rows = query("SELECT name, pop, extra, geom FROM `proj.dataset.places` ORDER BY name");
        assertEquals(List.of("a", "b"), rows.get("rows").findValuesAsText("name"));
        assertEquals(2.5, rows.at("/rows/1/pop").doubleValue());
        assertTrue(rows.at("/rows/0/extra").isNull());
        assertEquals("LineString", rows.at("/rows/1/geom/type").textValue());
    }

    @Test
    void aMalformedGeoJsonFileFailsWithWhereAndWhyNotAStackOfParserText() throws Exception {
        Path geojson = files.resolve("broken.geojson");
        Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\n \"features\": [nope]}");

        JsonNode failed = importAndWait(importOf(geojson.toUri().toString(), "broken"), "failure");

        String error = failed.get("error").textValue();
        assertTrue(error.startsWith("Not valid GeoJSON at line 2, column"), error);
        assertTrue(!error.contains("com.fasterxml") && !error.contains("Exception"), error);
    }

    @Test
    void existingTableWithoutOverwriteFails() throws Exception {
        Path csv = files.resolve("once.csv");
        Files.writeString(csv, "a\n1\n");
        importAndWait(importOf(csv.toUri().toString(), "once"), "success");
        Map<String, Object> again = importOf(csv.toUri().toString(), "once");
        again.put("overwrite", false);

        JsonNode failed = importAndWait(again, "failure");

        assertTrue(failed.get("error").textValue().contains("already exists"), failed.toString());
    }

    @Test
    void nonLoopbackAndUnsupportedUrlsAre400() {
        HttpHelper.Response remote = http.postJson("/v3/imports", importOf("https://example.com/x.csv", "x"));
        HttpHelper.Response ftp = http.postJson("/v3/imports", importOf("ftp://127.0.0.1/x.csv", "x"));

        assertEquals(400, remote.status());
        assertTrue(remote.json().get("error").textValue().contains("loopback"));
        assertEquals(400, ftp.status());
    }

    @Test
    void unknownImportIs404() {
        assertEquals(404, http.get("/v3/imports/nope").status());
    }

    @Test
    void loopbackHttpSourceAndTheFiveImportLimit() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch requested = new CountDownLatch(4);
        HttpServer source = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        source.createContext("/slow.csv", exchange -> {
            requested.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "n\n1\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        source.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(6));
        source.start();
        try {
            String url = "http://127.0.0.1:" + source.getAddress().getPort() + "/slow.csv";
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                HttpHelper.Response created = http.postJson("/v3/imports", importOf(url, "slow_" + i));
                assertEquals(200, created.status(), created.body());
                ids.add(created.json().get("jobId").textValue());
            }
            assertTrue(requested.await(20, TimeUnit.SECONDS), "the job threads fetch the slow source");

            HttpHelper.Response sixth = http.postJson("/v3/imports", importOf(url, "slow_5"));
            assertEquals(429, sixth.status(), sixth.body());

            HttpHelper.Response cancelled = http.postJson("/v3/imports/" + ids.get(0) + "/cancel", Map.of());
            assertEquals("cancelled", cancelled.json().get("status").textValue());
            release.countDown();
            for (String id : ids.subList(1, 5)) {
                http.await("/v3/imports/" + id, json -> "success".equals(json.get("status").asText()));
            }
            assertEquals("cancelled", http.get("/v3/imports/" + ids.get(0)).json().get("status").textValue());
            assertEquals(1, query("SELECT n FROM slow_4").at("/rows/0/n").intValue());
            assertTrue(http.get("/v3/imports").json().get("imports").size() >= 5);
        } finally {
            release.countDown();
            source.stop(0);
        }
    }
}
