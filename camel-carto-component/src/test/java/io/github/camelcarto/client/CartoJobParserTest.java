package io.github.camelcarto.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CartoJobParserTest {

    @ParameterizedTest
    @CsvSource({
            "pending,PENDING,false", "PENDING,PENDING,false", "running,RUNNING,false", "RUNNING,RUNNING,false",
            "success,DONE,true", "done,DONE,true", "DONE,DONE,true", "failure,FAILED,true", "failed,FAILED,true",
            "cancelled,CANCELLED,true", "canceled,CANCELLED,true", "skipped,CANCELLED,true",
            "unknown,UNKNOWN,true", "SOMETHING_NEW,UNKNOWN,false", "enqueued,PENDING,false", "complete,DONE,true" })
    void normalisesStatusStringsInAnyCase(String raw, CartoJobStatus expected, boolean terminal) {
        CartoJob job = CartoJobParser.parse(Map.of("jobId", "j1", "status", raw));
        assertEquals(expected, job.status());
        assertEquals(terminal, job.terminal());
        assertEquals(raw, job.rawStatus());
    }

    @Test
    void readsTheSqlApiShapeWithItsErrorObject() {
        CartoJob job = CartoJobParser.parse(Map.of("jobId", "abc", "status", "failure",
                "error", Map.of("code", 400, "msg", "Syntax error at [1:1]")));
        assertEquals("abc", job.id());
        assertEquals(CartoJobStatus.FAILED, job.status());
        assertEquals("Syntax error at [1:1]", job.errorMessage());
    }

    @Test
    void readsTheWorkflowsShapeWhereDoneWithErrorResultIsAFailure() {
        Map<String, Object> failed = Map.of("externalId", "job_x", "status", Map.of("state", "DONE",
                "errorResult", Map.of("reason", "invalidQuery", "message", "Cannot coerce expression")));
        CartoJob job = CartoJobParser.parse(failed);
        assertEquals("job_x", job.id());
        assertEquals(CartoJobStatus.FAILED, job.status());
        assertTrue(job.terminal());
        assertEquals("Cannot coerce expression", job.errorMessage());

        CartoJob done = CartoJobParser.parse(Map.of("externalId", "job_x", "status", Map.of("state", "DONE")));
        assertEquals(CartoJobStatus.DONE, done.status());
        assertNull(done.errorMessage());

        CartoJob running = CartoJobParser.parse(Map.of("externalId", "job_x", "status", Map.of("state", "RUNNING")));
        assertEquals(CartoJobStatus.RUNNING, running.status());
        assertFalse(running.terminal());
    }

    /** Appendix B 'which id to poll': CARTO gives the externalId at submit and polls by it. */
    @Test
    void prefersExternalIdOverJobIdAndAcceptsTheLegacyJobId() {
        assertEquals("b", CartoJobParser.parse(Map.of("jobId", "a", "externalId", "b", "status", "running")).id());
        assertEquals("a", CartoJobParser.parse(Map.of("jobId", "a", "status", "running")).id());
        assertEquals("c", CartoJobParser.parse(Map.of("job_id", "c", "status", "running")).id());
    }

    /** A job just created (v3/job-created) has no status: it is pending, not unknown. */
    @Test
    void aCreateAnswerWithoutStatusIsPending() {
        CartoJob created = CartoJobParser.parseCreated(Map.of("externalId", "job_1", "connectionId", "5a32a0ea"));
        assertEquals(CartoJobStatus.PENDING, created.status());
        assertEquals("job_1", created.id());
        assertFalse(created.terminal());
        assertEquals(CartoJobStatus.DONE, CartoJobParser.parseCreated(Map.of("externalId", "j", "status", "success")).status());
    }

    /**
     * CARTO's SQL job statuses have no "cancelled" (Appendix B 'job status answer'): a cancelled job is a failure whose
     * code says so (carto-local: CANCELLED), and a BigQuery job's errorResult reason is "stopped" when it was cancelled.
     */
    @ParameterizedTest
    @CsvSource({ "CANCELLED,CANCELLED", "canceled,CANCELLED", "stopped,CANCELLED", "invalidQuery,FAILED", "42S02,FAILED" })
    void aFailureWhoseCodeSaysCancelledIsCancelled(String code, CartoJobStatus expected) {
        assertEquals(expected, CartoJobParser.parse(Map.of("externalId", "j", "status", "failure",
                "error", Map.of("code", code, "msg", "stopped here"))).status());
        assertEquals(expected, CartoJobParser.parse(Map.of("externalId", "j", "status", Map.of("state", "DONE",
                "errorResult", Map.of("reason", code, "message", "stopped here")))).status());
    }

    @Test
    void readsTheLegacyFailedReason() {
        CartoJob job = CartoJobParser.parse(Map.of("job_id", "c", "status", "failed",
                "failed_reason", "relation \"does_not_exist\" does not exist"));
        assertEquals("relation \"does_not_exist\" does not exist", job.errorMessage());
    }

    @Test
    void dropsTheTokenThatTheWorkflowsApiEchoes() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("externalId", "job_h8");
        json.put("token", "eyJhbGc-secret");
        json.put("jobMetadata", Map.of("workflowOutputTableName", "p.d.out_1"));
        CartoJob job = CartoJobParser.parse(json);
        assertFalse(job.fields().containsKey("token"));
        assertFalse(job.fields().toString().contains("eyJhbGc-secret"));
        assertEquals("p.d.out_1", job.workflowOutputTable());
        // a job with no status yet is not terminal
        assertEquals(CartoJobStatus.UNKNOWN, job.status());
        assertFalse(job.terminal());
    }

    @Test
    void anErrorArrayIsJoined() {
        CartoJob job = CartoJobParser.parse(Map.of("job_id", "c", "status", "failed", "error", List.of("a", "b")));
        assertEquals("a; b", job.errorMessage());
    }
}
