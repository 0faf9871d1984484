package io.github.camelcarto.client.exception;

import java.io.IOException;
import java.net.http.HttpTimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransientFailuresTest {

    @ParameterizedTest
    @ValueSource(ints = { 429, 500, 502, 503, 504, 507, 520, 599 })
    void rateLimitsAndServerFailuresMayClearUp(int status) {
        assertTrue(TransientFailures.isTransient(http(status)));
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 401, 403, 404, 408, 409, 501, 505 })
    void clientErrorsAndWhatTheServerWillNeverSupportDoNot(int status) {
        assertFalse(TransientFailures.isTransient(http(status)));
    }

    @Test
    void aBrokenOrTimedOutConnectionMayClearUp() {
        assertTrue(TransientFailures.isTransient(new CartoException("reset", new IOException("Connection reset"))));
        assertTrue(TransientFailures.isTransient(new CartoException("slow", new HttpTimeoutException("timed out"))));
    }

    @Test
    void theStatementTimeoutAndFailuresThatAreNotACallsDoNot() {
        assertFalse(TransientFailures.isTransient(new CartoStatementTimeoutException("timeout", null, "")));
        assertFalse(TransientFailures.isTransient(new CartoException("no jobId in the answer")));
        assertFalse(TransientFailures.isTransient(new IllegalArgumentException("bad SQL", new IOException("x"))));
    }

    private static CartoHttpException http(int status) {
        return new CartoHttpException("HTTP " + status, status, null, "");
    }
}
