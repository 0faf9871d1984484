package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What every endpoint shares: CORS for browser clients, and paths with a trailing slash (issue 12, items 1 and 3). */
class HttpConventionsTest {

    @RegisterExtension
    static CartoLocalExtension carto = CartoLocalExtension.create();

    static HttpHelper http;

    @BeforeAll
    static void client() {
        http = HttpHelper.of(carto.server());
    }

    /** Appendix B 'browsers': @carto/api-client runs in browsers; CARTO answers with Access-Control-Allow-Origin. */
    @Test
    void everyAnswerAllowsAnyOriginErrorsIncluded() {
        HttpHelper.Response v3 = http.get("/v3/sql/carto_dw/query?q=SELECT%201");
        HttpHelper.Response v3Error = HttpHelper.send(http.request("/v3/sql/carto_dw/query?q=SELECT%201").GET().build());
        HttpHelper.Response v2 = HttpHelper.send(http.request("/api/v2/sql?q=SELECT%201&api_key="
                + carto.server().apiKey()).GET().build());
        HttpHelper.Response unknownPath = http.get("/v3/nothing/here");

        for (HttpHelper.Response response : new HttpHelper.Response[] { v3, v3Error, v2, unknownPath }) {
            assertEquals("*", response.header("Access-Control-Allow-Origin"), response.body());
            assertTrue(response.header("Access-Control-Allow-Headers").contains("Authorization"));
        }
        assertEquals(401, v3Error.status());
        assertEquals(404, unknownPath.status());
    }

    /** Issue 12 item 3: CARTO's SQL API answers OPTIONS with 200 and no body, before any authentication. */
    @Test
    void preflightsAre200WithoutAToken() {
        HttpHelper.Response v3 = HttpHelper.send(http.request("/v3/sql/carto_dw/job/job_1")
                .header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "DELETE")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        HttpHelper.Response v2 = HttpHelper.send(http.request("/user/local/api/v2/sql/job")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(200, v3.status());
        assertEquals("", v3.body());
        assertTrue(v3.header("Access-Control-Allow-Methods").contains("DELETE"));
        assertEquals("*", v3.header("Access-Control-Allow-Origin"));
        assertEquals(200, v2.status());
    }

    /** Issue 12 item 1: carto-python's BatchSQLClient posts to /api/v2/sql/job/, which CARTO treats as /sql/job. */
    @Test
    void aTrailingSlashReachesTheSameEndpoint() {
        HttpHelper.Response v2Job = HttpHelper.send(http.request("/api/v2/sql/job/?api_key=" + carto.server().apiKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"SELECT 1\"}")).build());
        HttpHelper.Response v3Query = http.postJson("/v3/sql/carto_dw/query/", Map.of("q", "SELECT 7 AS n"));

        assertEquals(201, v2Job.status(), v2Job.body());
        assertEquals(7, v3Query.json().at("/rows/0/n").intValue(), v3Query.body());
    }
}
