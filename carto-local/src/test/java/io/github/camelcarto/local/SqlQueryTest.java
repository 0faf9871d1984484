package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqlQueryTest {

    @RegisterExtension
    static CartoLocalExtension carto = CartoLocalExtension.create()
            .configure(c -> c.connection("my_bq").maxQueryRows(50));

    static HttpHelper http;

    @BeforeAll
    static void seed() {
        http = HttpHelper.of(carto.server());
        carto.server().execute("CREATE TABLE \"proj.dataset.stores\" (id INT, name VARCHAR, revenue DOUBLE, geom GEOMETRY)");
        carto.server().execute("INSERT INTO \"proj.dataset.stores\" VALUES (1, 'Alpha', 1500000, 'SRID=4326;POINT(-3.7 40.4)'),"
                               + " (2, 'Beta', 200, 'SRID=4326;POINT(2.17 41.38)'), (3, 'it''s', 9, NULL)");
    }

    @Test
    void getQueryAnswersRowsSchemaAndMeta() {
        HttpHelper.Response response = http.get("/v3/sql/carto_dw/query?q="
                + HttpHelper.encode("SELECT 1 AS n, 'a' AS s, TRUE AS b, CAST(5 AS BIGINT) AS big, NOW() AS ts"));

        assertEquals(200, response.status(), response.body());
        JsonNode json = response.json();
        assertEquals(1, json.at("/rows/0/n").intValue());
        assertEquals("a", json.at("/rows/0/s").textValue());
        assertTrue(json.at("/rows/0/b").booleanValue());
        assertTrue(json.at("/rows/0/ts").textValue().endsWith("Z"));
        assertEquals(List.of("number", "string", "boolean", "bigint", "timestamp"),
                json.get("schema").findValuesAsText("type"));
        assertEquals(List.of("n", "s", "b", "big", "ts"), json.get("schema").findValuesAsText("name"));
        assertFalse(json.at("/meta/cacheHit").booleanValue());
        assertEquals("0", json.at("/meta/totalBytesProcessed").textValue());
        assertEquals("local", json.at("/meta/location").textValue());
    }

    @Test
    void postQueryWithBacktickNameAndNamedParametersReturnsGeoJson() {
        HttpHelper.Response response = http.postJson("/v3/sql/my_bq/query", Map.of(
                "q", "SELECT id, name, geom FROM `proj.dataset.stores` WHERE revenue > @minRevenue AND name <> @skip ORDER BY id",
                "queryParameters", Map.of("minRevenue", 1000, "skip", "nothing")));

        assertEquals(200, response.status(), response.body());
        JsonNode rows = response.json().get("rows");
        assertEquals(1, rows.size());
        assertEquals("Alpha", rows.at("/0/name").textValue());
        assertEquals("Point", rows.at("/0/geom/type").textValue());
        assertEquals(-3.7, rows.at("/0/geom/coordinates/0").doubleValue());
        assertEquals(40.4, rows.at("/0/geom/coordinates/1").doubleValue());
        assertEquals("geometry", response.json().at("/schema/2/type").textValue());
    }

    @Test
    void spatialFunctionsRun() {
        JsonNode json = http.postJson("/v3/sql/carto_dw/query", Map.of("q",
                "SELECT ST_Area(ST_Buffer(ST_MakePoint(0, 0), 1)) > 3 AS big, ST_AsGeoJSON(ST_MakePoint(1, 2)) AS j")).json();

        assertTrue(json.at("/rows/0/big").booleanValue());
        assertTrue(json.at("/rows/0/j").textValue().contains("\"Point\""));
    }

    @Test
    void positionalParametersBindDollarAndColonStyles() {
        JsonNode dollar = http.postJson("/v3/sql/carto_dw/query", Map.of(
                "q", "SELECT name FROM `proj.dataset.stores` WHERE id = $1 OR id = $2 ORDER BY id",
                "queryParameters", List.of(1, 3))).json();
        JsonNode colon = http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode(
                "SELECT name FROM `proj.dataset.stores` WHERE id = :1") + "&queryParameters="
                + HttpHelper.encode("[2]")).json();

        assertEquals(List.of("Alpha", "it's"), dollar.get("rows").findValuesAsText("name"));
        assertEquals(List.of("Beta"), colon.get("rows").findValuesAsText("name"));
    }

    @Test
    void injectionAttemptStaysAValue() {
        HttpHelper.Response response = http.postJson("/v3/sql/carto_dw/query", Map.of(
                "q", "SELECT COUNT(*) AS n FROM `proj.dataset.stores` WHERE name = @name",
                "queryParameters", Map.of("name", "x' OR '1'='1")));

        assertEquals(200, response.status(), response.body());
        assertEquals(0, response.json().at("/rows/0/n").intValue());
    }

    @Test
    void placeholdersInsideLiteralsAndCommentsAreText() {
        JsonNode json = http.postJson("/v3/sql/carto_dw/query", Map.of(
                "q", "SELECT 'mail@example.com $1 :1' AS t, @x AS x -- @ignored $9\n/* :7 */",
                "queryParameters", Map.of("x", 5))).json();

        assertEquals("mail@example.com $1 :1", json.at("/rows/0/t").textValue());
        assertEquals(5, json.at("/rows/0/x").intValue());
    }

    @Test
    void missingParameterIs400() {
        HttpHelper.Response response = http.postJson("/v3/sql/carto_dw/query", Map.of(
                "q", "SELECT @missing AS x", "queryParameters", Map.of("other", 1)));

        assertEquals(400, response.status());
        assertTrue(response.json().get("error").textValue().contains("@missing"), response.body());
        assertEquals(400, response.json().get("status").intValue());
    }

    @Test
    void multiStatementScriptReturnsLastStatementRows() {
        JsonNode json = http.postJson("/v3/sql/carto_dw/query", Map.of("q",
                "CREATE TABLE multi_demo (a INT); INSERT INTO multi_demo VALUES (7); SELECT a FROM multi_demo;")).json();

        assertEquals(1, json.get("rows").size());
        assertEquals(7, json.at("/rows/0/a").intValue());
    }

    @Test
    void ddlAnswersNoRows() {
        JsonNode json = http.postJson("/v3/sql/carto_dw/query", Map.of("q", "CREATE TABLE ddl_demo (a INT)")).json();

        assertEquals(0, json.get("rows").size());
        assertEquals(0, json.get("schema").size());
    }

    @Test
    void badSqlIsCartoShaped400() {
        HttpHelper.Response response = http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode("selec 1"));

        assertEquals(400, response.status());
        assertEquals("syntax error at or near \"selec\"", response.json().get("error").textValue(), response.body());
        assertFalse(response.json().get("error").textValue().contains("SQL statement:"), response.body());
        assertEquals(400, response.json().get("status").intValue());
    }

    @Test
    void missingTableNamesTheTable() {
        HttpHelper.Response response = http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode("SELECT * FROM nope"));

        assertEquals(400, response.status());
        assertEquals("relation \"nope\" does not exist", response.json().get("error").textValue());
    }

    @Test
    void missingQueryIs400() {
        assertEquals(400, http.postJson("/v3/sql/carto_dw/query", Map.of("queryParameters", Map.of())).status());
    }

    @Test
    void malformedJsonBodyIs400() {
        HttpHelper.Response response = http.postJson("/v3/sql/carto_dw/query", "{\"q\": ");

        assertEquals(400, response.status());
        assertTrue(response.json().get("error").textValue().startsWith("Malformed JSON"));
    }

    @Test
    void unknownConnectionIs404() {
        HttpHelper.Response response = http.get("/v3/sql/nope/query?q=SELECT%201");

        assertEquals(404, response.status());
        assertTrue(response.json().get("error").textValue().contains("'nope'"));
    }

    @Test
    void missingTokenAndWrongTokenAreCartosTwo401s() {
        HttpHelper.Response missing = HttpHelper.send(http.request("/v3/sql/carto_dw/query?q=SELECT%201").GET().build());
        HttpHelper.Response wrong = new HttpHelper(carto.baseUrl(), "wrong").get("/v3/sql/carto_dw/query?q=SELECT%201");

        assertEquals(401, missing.status());
        assertEquals("{\"error\":\"Token not defined\",\"status\":401}", missing.body());
        assertEquals(401, wrong.status());
        assertEquals("{\"error\":\"Unauthorized\",\"status\":401}", wrong.body());
    }

    @Test
    void accessTokenQueryParameterIsAccepted() {
        HttpHelper.Response response = HttpHelper.send(http.request("/v3/sql/carto_dw/query?q=SELECT%201%20AS%20a&access_token="
                + carto.accessToken()).GET().build());

        assertEquals(200, response.status());
    }

    @Test
    void rowsAreCappedAtTheConfiguredMaximum() {
        JsonNode json = http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode("SELECT \"X\" AS x FROM SYSTEM_RANGE(1, 60)")).json();

        assertEquals(50, json.get("rows").size());
    }
}
