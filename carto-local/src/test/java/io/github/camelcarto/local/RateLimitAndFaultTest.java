package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelcarto.local.limits.RateLimit;
import org.junit.jupiter.api.Test;

class RateLimitAndFaultTest {

    private static final String OVER_LIMIT = "You are over platform's limits. Please contact us to know more details";

    @Test
    void limitedGroupCountsDownThenAnswers429WithRetryAfter() {
        try (CartoLocal carto = CartoLocal.start(CartoLocalConfig.builder().rateLimit("query", new RateLimit(2, 60)).build())) {
            HttpHelper http = HttpHelper.of(carto);
            String query = "/v3/sql/carto_dw/query?q=SELECT%201";

            HttpHelper.Response first = http.get(query);
            HttpHelper.Response second = http.get(query);
            HttpHelper.Response third = http.get(query);
            HttpHelper.Response v2 = HttpHelper.send(http.request("/user/local/api/v2/sql?q=SELECT%201&api_key="
                    + carto.apiKey()).GET().build());
            HttpHelper.Response otherGroup = http.get("/v3/sql/jobs");

            assertEquals(200, first.status());
            assertEquals("2", first.header("Carto-Rate-Limit-Limit"));
            assertEquals("1", first.header("Carto-Rate-Limit-Remaining"));
            assertEquals("0", second.header("Carto-Rate-Limit-Remaining"));
            int reset = Integer.parseInt(second.header("Carto-Rate-Limit-Reset"));
            assertTrue(reset >= 1 && reset <= 60, "reset " + reset);

            assertEquals(429, third.status());
            assertEquals("{\"error\":\"" + OVER_LIMIT + "\",\"status\":429}", third.body());
            int retryAfter = Integer.parseInt(third.header("Retry-After"));
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "retry after " + retryAfter);

            assertEquals(429, v2.status());
            assertEquals("{\"error\":[\"" + OVER_LIMIT + "\"],\"context\":\"limit\",\"detail\":\"rate-limit\"}", v2.body());

            assertEquals(200, otherGroup.status());
            assertNull(otherGroup.header("Carto-Rate-Limit-Limit"));
        }
    }

    @Test
    void injectedFailuresAnswer503ButHealthStaysUp() {
        try (CartoLocal carto = CartoLocal.start(CartoLocalConfig.builder().failureRatio(1.0).latencyMillis(1).build())) {
            HttpHelper http = HttpHelper.of(carto);

            HttpHelper.Response query = http.get("/v3/sql/carto_dw/query?q=SELECT%201");
            HttpHelper.Response v2 = HttpHelper.send(http.request("/api/v2/sql?q=SELECT%201&api_key=" + carto.apiKey()).GET().build());
            HttpHelper.Response health = HttpHelper.send(http.request("/health").GET().build());

            assertEquals(503, query.status());
            assertTrue(query.json().get("error").textValue().contains("failure injected"));
            assertEquals(503, query.json().get("status").intValue());
            assertEquals(503, v2.status());
            assertTrue(v2.json().get("error").isArray());
            assertEquals(200, health.status());
        }
    }

    @Test
    void withoutFaultsTheSameRequestSucceeds() {
        try (CartoLocal carto = CartoLocal.start(CartoLocalConfig.builder().failureRatio(0.0).build())) {
            assertEquals(200, HttpHelper.of(carto).get("/v3/sql/carto_dw/query?q=SELECT%201").status());
        }
    }
}
