package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Appendix B 'GET vs POST caching': CARTO's CDN caches GET /v3/sql/{connection}/query for up to a year, POST never.
 * carto-local does the same by default, so a client that reads with GET sees stale rows and skipped DML here too.
 */
class QueryCacheTest {

    @RegisterExtension
    CartoLocalExtension carto = CartoLocalExtension.create();

    HttpHelper http;

    @BeforeEach
    void seed() {
        http = HttpHelper.of(carto.server());
        carto.server().execute("CREATE TABLE counter (n INT); INSERT INTO counter VALUES (1)");
    }

    private HttpHelper.Response getCount() {
        return http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode("SELECT MAX(n) AS n FROM counter"));
    }

    @Test
    void aRepeatedGetIsAnsweredFromTheCacheAndSaysSo() {
        HttpHelper.Response first = getCount();
        carto.server().execute("INSERT INTO counter VALUES (2)");

        HttpHelper.Response second = getCount();

        assertEquals(1, first.json().at("/rows/0/n").intValue());
        assertFalse(first.json().at("/meta/cacheHit").booleanValue());
        assertEquals("MISS", first.header("X-Cache"));
        assertEquals(1, second.json().at("/rows/0/n").intValue(), "stale, as on CARTO");
        assertTrue(second.json().at("/meta/cacheHit").booleanValue());
        assertEquals("HIT", second.header("X-Cache"));
        assertTrue(Long.parseLong(second.header("Age")) >= 0);
        assertEquals(first.json().get("schema"), second.json().get("schema"));
    }

    @Test
    void postIsNeverCached() {
        Map<String, String> body = Map.of("q", "SELECT MAX(n) AS n FROM counter");
        http.postJson("/v3/sql/carto_dw/query", body);
        carto.server().execute("INSERT INTO counter VALUES (2)");

        HttpHelper.Response second = http.postJson("/v3/sql/carto_dw/query", body);

        assertEquals(2, second.json().at("/rows/0/n").intValue());
        assertFalse(second.json().at("/meta/cacheHit").booleanValue());
        assertNull(second.header("X-Cache"));
    }

    @Test
    void dmlSentTwiceByGetRunsOnce() {
        String insert = "/v3/sql/carto_dw/query?q=" + HttpHelper.encode("INSERT INTO counter VALUES (5)");

        http.get(insert);
        http.get(insert);

        HttpHelper.Response count = http.postJson("/v3/sql/carto_dw/query", Map.of("q", "SELECT COUNT(*) AS c FROM counter"));
        assertEquals(2, count.json().at("/rows/0/c").intValue(), "the seeded row and one insert");
    }

    @Test
    void anotherUrlIsAnotherEntry() {
        getCount();
        carto.server().execute("INSERT INTO counter VALUES (2)");

        HttpHelper.Response withClient = http.get("/v3/sql/carto_dw/query?q=" + HttpHelper.encode("SELECT MAX(n) AS n FROM counter")
                + "&client=camel-carto");

        assertEquals(2, withClient.json().at("/rows/0/n").intValue());
    }

    @Test
    void requestCacheControlRunsTheQueryAgain() {
        getCount();
        carto.server().execute("INSERT INTO counter VALUES (2)");

        HttpHelper.Response noStore = HttpHelper.send(authorized().header("Cache-Control", "no-store").GET().build());
        HttpHelper.Response stillOld = getCount();
        HttpHelper.Response noCache = HttpHelper.send(authorized().header("Cache-Control", "no-cache").GET().build());
        HttpHelper.Response refreshed = getCount();

        assertEquals(2, noStore.json().at("/rows/0/n").intValue());
        assertEquals(1, stillOld.json().at("/rows/0/n").intValue(), "no-store kept nothing");
        assertEquals(2, noCache.json().at("/rows/0/n").intValue());
        assertEquals(2, refreshed.json().at("/rows/0/n").intValue(), "no-cache kept the new answer");
        assertTrue(refreshed.json().at("/meta/cacheHit").booleanValue());
    }

    @Test
    void errorsAreNotCached() {
        String missing = "/v3/sql/carto_dw/query?q=" + HttpHelper.encode("SELECT * FROM created_later");
        assertEquals(400, http.get(missing).status());
        carto.server().execute("CREATE TABLE created_later (a INT)");

        assertEquals(200, http.get(missing).status());
    }

    @Test
    void switchedOffEveryGetRuns() {
        try (CartoLocal uncached = CartoLocal.start(CartoLocalConfig.builder().queryCache(false).build())) {
            HttpHelper client = HttpHelper.of(uncached);
            uncached.execute("CREATE TABLE counter (n INT); INSERT INTO counter VALUES (1)");
            String path = "/v3/sql/carto_dw/query?q=" + HttpHelper.encode("SELECT MAX(n) AS n FROM counter");
            client.get(path);
            uncached.execute("INSERT INTO counter VALUES (2)");

            HttpHelper.Response second = client.get(path);

            assertEquals(2, second.json().at("/rows/0/n").intValue());
            assertNull(second.header("X-Cache"));
        }
    }

    private HttpRequest.Builder authorized() {
        return http.request("/v3/sql/carto_dw/query?q=" + HttpHelper.encode("SELECT MAX(n) AS n FROM counter"))
                .header("Authorization", "Bearer " + carto.accessToken());
    }
}
