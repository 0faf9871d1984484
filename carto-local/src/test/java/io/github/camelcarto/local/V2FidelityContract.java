package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.local.engine.TableGrant;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's items on each engine: COPY keeps EWKT's SRID (2), paging and skipfields (4), CDB_CartodbfyTable (5),
 * the public role and regular keys (6), and the PostgreSQL that v2 users write, answered as PostgreSQL answers (7).
 */
abstract class V2FidelityContract extends EngineContract {

    static final String REGULAR_KEY = "regular-key";

    @Override
    void configure(CartoLocalConfig.Builder config) {
        config.regularApiKey(REGULAR_KEY, TableGrant.select("granted_table")).publicStatementTimeout(Duration.ofMillis(300));
    }

    @Override
    void seed() {
        sql("CREATE TABLE places (cartodb_id int, name text, pop_max int, the_geom geometry(Geometry,4326));"
            + "INSERT INTO places VALUES (1, 'a', 10, 'SRID=4326;POINT(1 2)'), (2, 'b', 20, NULL), (3, 'c', 30, NULL),"
            + " (4, 'd', 40, NULL), (5, 'e', 50, NULL)");
    }

    HttpHelper.Response get(String parameters) {
        return HttpHelper.send(http.request("/user/local/api/v2/sql?" + parameters).GET().build());
    }

    /** Runs SQL with the master key and returns the JSON answer, failing on anything but 200. */
    JsonNode sql(String sql) {
        HttpHelper.Response response = get("api_key=" + key + "&q=" + HttpHelper.encode(sql));
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    HttpHelper.Response copyFrom(String copy, String csv) {
        return HttpHelper.send(http.request("/user/local/api/v2/sql/copyfrom?api_key=" + key + "&q=" + HttpHelper.encode(copy))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .build());
    }

    // item 2

    @Test
    void copyFromEwktKeepsTheSrid() {
        sql("CREATE TABLE ewkt_typed (id int, the_geom geometry(Geometry,4326)); CREATE TABLE ewkt_plain (id int, the_geom geometry)");
        String csv = "id,the_geom\n1,SRID=4326;POINT(-126 54)\n";

        HttpHelper.Response typed = copyFrom("COPY ewkt_typed (id, the_geom) FROM STDIN WITH (FORMAT csv, HEADER true)", csv);
        HttpHelper.Response plain = copyFrom("COPY ewkt_plain (id, the_geom) FROM STDIN WITH (FORMAT csv, HEADER true)", csv);

        assertEquals(1, typed.json().get("total_rows").intValue(), typed.body());
        assertEquals(1, plain.json().get("total_rows").intValue(), plain.body());
        assertEquals("SRID=4326;POINT(-126 54)", sql("SELECT ST_AsEWKT(the_geom) e FROM ewkt_typed").at("/rows/0/e").textValue());
        assertEquals(4326, sql("SELECT ST_SRID(the_geom) s FROM ewkt_plain").at("/rows/0/s").intValue());
    }

    // item 4

    @Test
    void pagesEndWithAnEmptyPageAndSkipfieldsDropsColumns() {
        String q = "&q=" + HttpHelper.encode("SELECT cartodb_id, name, pop_max FROM places ORDER BY cartodb_id");

        JsonNode second = get("api_key=" + key + "&rows_per_page=2&page=1&skipfields=pop_max,name" + q).json();
        JsonNode last = get("api_key=" + key + "&rows_per_page=2&page=2" + q).json();
        JsonNode beyond = get("api_key=" + key + "&rows_per_page=2&page=3" + q).json();

        assertEquals(List.of("3", "4"), second.get("rows").findValuesAsText("cartodb_id"));
        assertEquals(List.of("cartodb_id"), fieldNames(second.at("/rows/0")));
        assertEquals(List.of("cartodb_id"), fieldNames(second.get("fields")));
        assertEquals(2, second.get("total_rows").intValue());
        assertEquals(List.of("5"), last.get("rows").findValuesAsText("cartodb_id"));
        assertEquals(0, beyond.get("rows").size(), "a client paging until an empty page must stop");
    }

    @Test
    void dpSetsTheGeoJsonDecimals() {
        JsonNode geojson = get("api_key=" + key + "&format=geojson&dp=2&q="
                               + HttpHelper.encode("SELECT 1 AS id, ST_SetSRID(ST_MakePoint(1.23456, -2.5), 4326) AS the_geom")).json();
        JsonNode fullPrecision = get("api_key=" + key + "&format=geojson&q="
                                     + HttpHelper.encode("SELECT ST_SetSRID(ST_MakePoint(-58.29999239, 1), 4326) AS the_geom")).json();

        assertEquals("[1.23,-2.5]", geojson.at("/features/0/geometry/coordinates").toString());
        assertEquals("[-58.299992,1]", fullPrecision.at("/features/0/geometry/coordinates").toString());
    }

    // item 5

    @Test
    void cartodbfyAddsCartosColumnsAndKeepsWebMercatorInStep() {
        sql("CREATE TABLE raw_stores (name text); INSERT INTO raw_stores VALUES ('old')");

        sql("SELECT CDB_CartodbfyTable('raw_stores')");
        sql("INSERT INTO raw_stores (name, the_geom) VALUES ('new', ST_SetSRID(ST_MakePoint(1, 0), 4326))");
        JsonNode rows = sql("SELECT cartodb_id, name, ST_SRID(the_geom_webmercator) AS srid, round(ST_X(the_geom_webmercator)) AS x "
                            + "FROM raw_stores ORDER BY cartodb_id");

        assertEquals(List.of("1", "2"), rows.get("rows").findValuesAsText("cartodb_id"));
        assertEquals(3857, rows.at("/rows/1/srid").intValue());
        assertEquals(111319, rows.at("/rows/1/x").intValue());
        assertEquals(4326, sql("SELECT the_geom FROM raw_stores").at("/fields/the_geom/srid").intValue());
    }

    // item 6

    @Test
    void thePublicRoleReadsOnlyWhatWasGrantedToIt() {
        sql("CREATE TABLE secret (a int); CREATE TABLE shared (a int); INSERT INTO shared VALUES (7); GRANT SELECT ON shared TO publicuser");

        HttpHelper.Response selectOne = get("q=" + HttpHelper.encode("select 1"));
        HttpHelper.Response secret = get("q=" + HttpHelper.encode("select * from secret"));
        HttpHelper.Response shared = get("api_key=default_public&q=" + HttpHelper.encode("select a from shared"));
        HttpHelper.Response create = get("q=" + HttpHelper.encode("create table mine (a int)"));

        assertEquals(1, selectOne.json().at("/rows/0/?column?").intValue(), selectOne.body());
        assertEquals(403, secret.status());
        assertEquals("{\"error\":[\"permission denied for table secret\"]}", secret.body());
        assertEquals(7, shared.json().at("/rows/0/a").intValue(), shared.body());
        assertEquals(403, create.status());
        assertEquals("{\"error\":[\"permission denied for schema public\"]}", create.body());
    }

    @Test
    void aRegularKeyHasItsGrantsAndNoBatchJobs() {
        sql("CREATE TABLE granted_table (a int); INSERT INTO granted_table VALUES (1); CREATE TABLE other_table (a int)");

        HttpHelper.Response granted = get("api_key=" + REGULAR_KEY + "&q=" + HttpHelper.encode("select a from granted_table"));
        HttpHelper.Response other = get("api_key=" + REGULAR_KEY + "&q=" + HttpHelper.encode("select a from other_table"));
        HttpHelper.Response write = get("api_key=" + REGULAR_KEY + "&q=" + HttpHelper.encode("insert into granted_table values (2)"));
        HttpHelper.Response job = jobWith(REGULAR_KEY);
        HttpHelper.Response publicJob = jobWith(null);
        HttpHelper.Response wrongKeyJob = jobWith("wrong");

        assertEquals(1, granted.json().at("/rows/0/a").intValue(), granted.body());
        assertEquals("{\"error\":[\"permission denied for table other_table\"]}", other.body());
        assertEquals(403, write.status(), "the grant is SELECT only: " + write.body());
        assertEquals(403, job.status());
        assertEquals("{\"error\":[\"permission denied\"]}", job.body());
        assertEquals("{\"error\":[\"permission denied\"]}", publicJob.body());
        assertEquals(401, wrongKeyJob.status());
    }

    private HttpHelper.Response jobWith(String apiKey) {
        return HttpHelper.send(http.request("/user/local/api/v2/sql/job" + (apiKey == null ? "" : "?api_key=" + apiKey))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"select 1\"}")).build());
    }

    @Test
    void thePublicStatementTimeoutAnswers429() {
        HttpHelper.Response slow = get("q=" + HttpHelper.encode("select pg_sleep(5)"));

        assertEquals(429, slow.status());
        assertEquals("limit", slow.json().get("context").textValue());
        assertEquals("datasource", slow.json().get("detail").textValue());
    }

    // item 7

    @Test
    void postgresFunctionsAndTypesWork() {
        JsonNode series = sql("SELECT * FROM generate_series(1, 3)");
        JsonNode ewkt = sql("SELECT ST_AsEWKT(ST_SetSRID(ST_MakePoint(-126, 54), 4326)) AS e");
        JsonNode sleep = sql("SELECT pg_sleep(0.01)");
        JsonNode timestamps = sql("SELECT '2020-01-01 10:00:00+02'::timestamptz AS t");

        assertEquals(List.of("1", "2", "3"), series.get("rows").findValuesAsText("generate_series"));
        assertEquals("SRID=4326;POINT(-126 54)", ewkt.at("/rows/0/e").textValue());
        assertEquals(1, sleep.get("total_rows").intValue());
        assertEquals("2020-01-01T08:00:00Z", timestamps.at("/rows/0/t").textValue());
        assertEquals("timestamptz", timestamps.at("/fields/t/pgtype").textValue());
    }

    @Test
    void doBlocksRaiseNoticesAndWarnings() {
        JsonNode answer = sql("DO $$ BEGIN RAISE NOTICE 'n=%', 1 + 1; RAISE WARNING 'careful'; END $$");

        assertEquals("[\"n=2\"]", answer.get("notices").toString());
        assertEquals("[\"careful\"]", answer.get("warnings").toString());
        assertEquals(0, answer.get("total_rows").intValue());
    }

    @Test
    void severalStatementsAnswerRowsOfAllAndFieldsOfTheLast() {
        JsonNode answer = sql("select 1 as a; select 2 as b");

        assertEquals("[{\"a\":1},{\"b\":2}]", answer.get("rows").toString());
        assertEquals(List.of("b"), fieldNames(answer.get("fields")));
        assertEquals(1, answer.get("total_rows").intValue());
    }

    @Test
    void errorsUsePostgresWords() {
        assertEquals("syntax error at or near \"selec\"", error("selec 1"));
        assertEquals("relation \"nope\" does not exist", error("select * from nope"));
        assertEquals("division by zero", error("select 1/0"));
        assertEquals("column \"nope\" does not exist", error("select nope from places"));
    }

    private String error(String sql) {
        HttpHelper.Response response = get("api_key=" + key + "&q=" + HttpHelper.encode(sql));
        assertEquals(400, response.status(), response.body());
        return response.json().at("/error/0").textValue();
    }

    @Test
    void columnsAreNamedAndTypedAsPostgresDoes() {
        JsonNode answer = sql("SELECT 1, count(*), upper(max(name)), 1.5::numeric, ARRAY[1,2] arr, ARRAY['x'] words, now() FROM places");

        assertEquals(List.of("?column?", "count", "upper", "numeric", "arr", "words", "now"), fieldNames(answer.get("fields")));
        assertEquals("int8", answer.at("/fields/count/pgtype").textValue());
        assertEquals("number[]", answer.at("/fields/arr/type").textValue());
        assertEquals("_int4", answer.at("/fields/arr/pgtype").textValue());
        assertEquals("string[]", answer.at("/fields/words/type").textValue());
        assertTrue(answer.at("/rows/0/now").textValue().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
                "dates to the second, as CARTO writes them: " + answer.at("/rows/0/now"));
    }

    @Test
    void numbersArePrintedAsTheRealServerPrintsThem() {
        HttpHelper.Response csv = get("api_key=" + key + "&format=csv&q=" + HttpHelper.encode("SELECT 5.0::float8 AS f, 0.5::float8 AS h"));
        HttpHelper.Response json = get("api_key=" + key + "&q=" + HttpHelper.encode("SELECT 5.0::float8 AS f, 1e21::float8 AS big"));

        assertEquals("f,h\r\n5,0.5\r\n", csv.body());
        assertTrue(json.body().startsWith("{\"rows\":[{\"f\":5,\"big\":1e+21}]"), json.body());
        assertTrue(csv.header("Content-Disposition").startsWith("attachment; filename=cartodb-query.csv"));
    }

    static List<String> fieldNames(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
