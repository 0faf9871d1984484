package io.github.camelcarto.client.v2;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.exception.CartoJobNotFoundException;
import io.github.camelcarto.client.exception.CartoRateLimitException;
import io.github.camelcarto.client.exception.CartoStatementTimeoutException;
import io.github.camelcarto.client.http.ApiKeyAuth;
import io.github.camelcarto.client.http.CartoRequest;
import io.github.camelcarto.client.http.ErrorResponse;
import io.github.camelcarto.client.http.ErrorResponses;
import io.github.camelcarto.client.http.RetryPolicy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two 429s of SQL API v2, its 400 "not found", and how they are retried; CARTO 3 calls keep their mapping. */
class V2ErrorMappingTest {

    private static final String TIMEOUT = "{\"error\":[\"You are over platform's limits: SQL query timeout error. "
                                          + "Refactor your query before running again or contact CARTO support for more "
                                          + "details.\"],\"context\":\"limit\",\"detail\":\"datasource\"}";
    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(1000),
            Duration.ofSeconds(60));

    private static HttpHeaders headers(Map<String, List<String>> values) {
        return HttpHeaders.of(values, (a, b) -> true);
    }

    private static CartoHttpException map(String path, int status, Map<String, List<String>> headers, String body) {
        return new V2ErrorMapping().toException(ErrorResponse.of(CartoRequest.get(path).build(), status,
                headers(headers), body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void v2StatementTimeoutIsItsOwnExceptionAndNeverRetried() {
        CartoHttpException error = map("/api/v2/sql", 429, Map.of(), TIMEOUT);
        assertInstanceOf(CartoStatementTimeoutException.class, error);
        assertEquals(429, error.getStatusCode());
        assertTrue(error.getMessage().contains("statement timeout"), error.getMessage());
        assertTrue(policy.delayAfter(1, 1, true, error).isEmpty());
    }

    @Test
    void v2RateLimitWithRetryAfterStaysARateLimit() {
        CartoHttpException error = map("/api/v2/sql/copyfrom", 429,
                Map.of("Retry-After", List.of("31"), "Carto-Rate-Limit-Limit", List.of("3")),
                "{\"error\":[\"You are over platform's limits. Please contact us to know more details\"]}");
        CartoRateLimitException limited = assertInstanceOf(CartoRateLimitException.class, error);
        assertEquals(3L, limited.getLimit());
        assertEquals(Duration.ofSeconds(31), policy.delayAfter(1, 1, false, error).orElseThrow());
    }

    @Test
    void v3Keeps429WithoutRetryAfterAsARetryableRateLimit() {
        CartoHttpException error = ErrorResponses.CARTO_3.toException(ErrorResponse.of(
                CartoRequest.get("/v3/sql/conn/query").build(), 429, headers(Map.of()),
                "{\"error\":\"Too many requests\"}".getBytes(StandardCharsets.UTF_8)));
        assertInstanceOf(CartoRateLimitException.class, error);
        assertFalse(error instanceof CartoStatementTimeoutException);
        assertTrue(policy.delayAfter(1, 1, true, error).isPresent());
    }

    @Test
    void v2JobNotFoundIsAMissingJob() {
        CartoHttpException error = map("/api/v2/sql/job/abc", 400, Map.of(),
                "{\"error\":[\"Job with id abc not found\"]}");
        assertEquals("abc", assertInstanceOf(CartoJobNotFoundException.class, error).getJobId());
        assertInstanceOf(CartoHttpException.class, map("/api/v2/sql", 400, Map.of(), "{\"error\":[\"division by zero\"]}"));
        assertFalse(map("/api/v2/sql", 400, Map.of(), "{\"error\":[\"division by zero\"]}")
                instanceof CartoJobNotFoundException);
    }

    @Test
    void apiKeyAuthRedactsAndNeverPrintsTheKey() {
        ApiKeyAuth parameter = ApiKeyAuth.queryParameter("k+y/1");
        assertEquals(Map.of("api_key", "k+y/1"), parameter.queryParameters());
        assertEquals("at xxxxxx and xxxxxx", parameter.redact("at k+y/1 and k%2By%2F1"));
        assertFalse(parameter.toString().contains("k+y/1"));
        ApiKeyAuth basic = ApiKeyAuth.basic("alice", "k+y/1");
        assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString("alice:k+y/1".getBytes(StandardCharsets.UTF_8)),
                basic.authorizationHeader().join());
        assertTrue(basic.queryParameters().isEmpty());
        assertFalse(basic.toString().contains("k+y/1"));
    }
}
