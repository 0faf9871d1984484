package io.github.camelcarto;

import java.util.List;
import java.util.Map;

import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.CartoJobFailedException;
import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.client.CartoTimeoutException;
import io.github.camelcarto.testing.CartoAnswers;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcarto.testing.SuccessiveAnswers.answerInTurn;
import static io.github.camelcarto.testing.SuccessiveAnswers.answerJsonInTurn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CartoJobProducerTest extends CartoWireMockTestSupport {

    private static final String JOBS = "/v3/sql/conn/job";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("carto:job");
                from("direct:wait").to("carto:job?waitForCompletion=true");
                from("direct:short").to("carto:job?waitForCompletion=true&waitTimeout=150");
                from("direct:leave").to("carto:job?waitForCompletion=true&waitTimeout=150&cancelOnTimeout=false");
                from("direct:get").to("carto:job?operation=get");
                from("direct:list").to("carto:job?operation=list");
            }
        };
    }

    /** Appendix B 'job create answer' (v3/job-created): no jobId and no status; a job just created is pending. */
    @Test
    void aPlainSubmitIsPendingUnderTheExternalIdCartoGave() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("job_1"))));

        Exchange result = template.request("direct:submit", e -> {
            e.getMessage().setBody("CREATE TABLE x AS SELECT @a");
            e.getMessage().setHeader(CartoConstants.QUERY_PARAMETERS, Map.of("a", 1));
            e.getMessage().setHeader(CartoConstants.JOB_METADATA, Map.of("foo", "bar"));
        });

        assertNull(result.getException());
        assertEquals("job_1", result.getMessage().getHeader(CartoConstants.JOB_ID));
        assertEquals(CartoJobStatus.PENDING, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals("5a32a0ea-555a-48dd-aeb1-8768aae8ef1c", result.getMessage().getBody(Map.class).get("connectionId"));
        carto.verify(postRequestedFor(urlPathEqualTo(JOBS)).withRequestBody(equalToJson(
                "{\"query\":\"CREATE TABLE x AS SELECT @a\",\"queryParameters\":{\"a\":1},\"metadata\":{\"foo\":\"bar\"}}")));
        carto.verify(0, getRequestedFor(urlPathEqualTo(JOBS + "/job_1")));
    }

    @Test
    void waitingFollowsPendingRunningDone() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("j-2"))));
        stubPolls("j-2", CartoAnswers.jobStatus("pending"), CartoAnswers.jobStatus("running"),
                CartoAnswers.jobStatus("success"));

        Exchange result = template.request("direct:wait", e -> e.getMessage().setBody("CALL long_work()"));

        assertNull(result.getException());
        assertEquals(CartoJobStatus.DONE, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals(3, result.getMessage().getHeader(CartoConstants.POLL_COUNT));
        assertTrue(result.getMessage().getHeader(CartoConstants.ELAPSED_MILLIS, Long.class) >= 0);
        assertEquals("success", result.getMessage().getBody(Map.class).get("status"), "the last poll's answer");
        assertEquals("5a32a0ea-555a-48dd-aeb1-8768aae8ef1c", result.getMessage().getBody(Map.class).get("connectionId"),
                "over what the submit answered");
        carto.verify(1, postRequestedFor(urlPathEqualTo(JOBS)));
    }

    @Test
    void waitingUnderstandsTheWorkflowsShape() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(
                CartoAnswers.workflowJobCreated("job_h8U", "p.workflows_temp.wfproc_out_33"))));
        stubPolls("job_h8U", CartoAnswers.workflowJobState("RUNNING"), CartoAnswers.workflowJobDone());

        Exchange result = template.request("direct:wait", e -> e.getMessage().setBody("CALL x()"));

        assertNull(result.getException());
        assertEquals("job_h8U", result.getMessage().getHeader(CartoConstants.JOB_ID));
        assertEquals(CartoJobStatus.DONE, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals("p.workflows_temp.wfproc_out_33",
                result.getMessage().getHeader(CartoConstants.WORKFLOW_OUTPUT_TABLE));
        assertFalse(result.getMessage().getBody(Map.class).containsKey("token"));
    }

    @Test
    void aFailedJobRaisesWithCartosMessageAndKeepsItsHeaders() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("j-3"))));
        stubPolls("j-3", CartoAnswers.jobStatus("running"),
                CartoAnswers.jobFailed("invalidQuery", "Table t was not found"));

        Exchange result = template.request("direct:wait", e -> e.getMessage().setBody("SELECT * FROM t"));

        CartoJobFailedException error = assertInstanceOf(CartoJobFailedException.class, result.getException());
        assertEquals("j-3", error.getJobId());
        assertEquals(CartoJobStatus.FAILED, error.getStatus());
        assertEquals("Table t was not found", error.getCartoMessage());
        assertTrue(error.getMessage().contains("Table t was not found"), error.getMessage());
        assertEquals(CartoJobStatus.FAILED, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals("j-3", result.getMessage().getHeader(CartoConstants.JOB_ID));
    }

    @Test
    void doneWithAnErrorResultIsAFailure() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("j-4"))));
        stubPolls("j-4", CartoAnswers.workflowJobFailed("invalidQuery", "Cannot coerce expression @n to type INT64"));
        Exchange result = template.request("direct:wait", e -> e.getMessage().setBody("CALL w(@n)"));
        CartoJobFailedException error = assertInstanceOf(CartoJobFailedException.class, result.getException());
        assertEquals("Cannot coerce expression @n to type INT64", error.getCartoMessage());
    }

    @Test
    void aJobCancelledElsewhereFailsTheWait() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("j-5"))));
        // CARTO's statuses have no "cancelled": a failure whose code says so (carto-local's answer to a cancel)
        stubPolls("j-5", CartoAnswers.jobFailed("CANCELLED", "Job execution was cancelled"));
        Exchange result = template.request("direct:wait", e -> e.getMessage().setBody("SELECT 1"));
        CartoJobFailedException error = assertInstanceOf(CartoJobFailedException.class, result.getException());
        assertEquals(CartoJobStatus.CANCELLED, error.getStatus());
        assertTrue(error.getMessage().contains("was cancelled"), error.getMessage());
    }

    @Test
    void aWaitThatRunsOutCancelsTheJobAndNeverSubmitsAgain() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("j-6"))));
        carto.stubFor(get(urlPathEqualTo(JOBS + "/j-6")).willReturn(okJson(CartoAnswers.jobStatus("running"))));
        carto.stubFor(delete(urlPathEqualTo(JOBS + "/j-6")).willReturn(okJson(
                CartoAnswers.jobFailed("CANCELLED", "Job execution was cancelled"))));

        Exchange result = template.request("direct:short", e -> e.getMessage().setBody("SELECT slow()"));

        CartoTimeoutException error = assertInstanceOf(CartoTimeoutException.class, result.getException());
        assertEquals("j-6", error.getJobId());
        assertEquals(CartoJobStatus.RUNNING, error.getLastStatus());
        assertTrue(error.isCancelRequested());
        assertTrue(error.getPolls() >= 1);
        assertTrue(error.getMessage().contains("waitTimeout=150 ms") && error.getMessage().contains("cancelled in CARTO"),
                error.getMessage());
        assertEquals(CartoJobStatus.RUNNING, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        carto.verify(1, deleteRequestedFor(urlPathEqualTo(JOBS + "/j-6")));
        carto.verify(1, postRequestedFor(urlPathEqualTo(JOBS)));
    }

    @Test
    void cancelOnTimeoutFalseLeavesTheJobRunning() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("j-7"))));
        carto.stubFor(get(urlPathEqualTo(JOBS + "/j-7")).willReturn(okJson(CartoAnswers.jobStatus("running"))));
        Exchange result = template.request("direct:leave", e -> e.getMessage().setBody("SELECT slow()"));
        CartoTimeoutException error = assertInstanceOf(CartoTimeoutException.class, result.getException());
        assertFalse(error.isCancelRequested());
        assertTrue(error.getMessage().contains("left running"), error.getMessage());
        carto.verify(0, deleteRequestedFor(urlPathEqualTo(JOBS + "/j-7")));
    }

    @Test
    void aSubmitIsNotResentAfterAServerError() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(aResponse().withStatus(503)));
        Exchange result = template.request("direct:wait", e -> e.getMessage().setBody("INSERT INTO t SELECT 1"));
        CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
        assertEquals(503, error.getStatusCode());
        carto.verify(1, postRequestedFor(urlPathEqualTo(JOBS)));
    }

    @Test
    void aSubmitRefusedWithRetryAfterIsSentAgain() {
        answerInTurn(carto, post(urlPathEqualTo(JOBS)),
                aResponse().withStatus(429).withHeader("Retry-After", "0"), okJson(CartoAnswers.jobCreated("j-8")));
        Exchange result = template.request("direct:submit", e -> e.getMessage().setBody("SELECT 1"));
        assertNull(result.getException());
        assertEquals("j-8", result.getMessage().getHeader(CartoConstants.JOB_ID));
        carto.verify(2, postRequestedFor(urlPathEqualTo(JOBS)));
    }

    @Test
    void aTransientPollErrorIsNotAJobFailure() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("j-9"))));
        answerInTurn(carto, get(urlPathEqualTo(JOBS + "/j-9")),
                aResponse().withStatus(502), okJson(CartoAnswers.jobStatus("success")));

        // no transport retries: the failed read must be absorbed by the waiter itself
        Exchange result = template.request("carto:job?waitForCompletion=true&maxRetries=0",
                e -> e.getMessage().setBody("SELECT 1"));

        assertNull(result.getException());
        assertEquals(2, result.getMessage().getHeader(CartoConstants.POLL_COUNT));
    }

    @Test
    void anUnknownJobFailsTheWaitAtOnce() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("j-10"))));
        carto.stubFor(get(urlPathEqualTo(JOBS + "/j-10")).willReturn(aResponse().withStatus(404)
                .withBody(CartoAnswers.error("Job j-10 not found", 404, Map.of()))));
        Exchange result = template.request("direct:wait", e -> e.getMessage().setBody("SELECT 1"));
        CartoHttpException error = assertInstanceOf(CartoHttpException.class, result.getException());
        assertEquals(404, error.getStatusCode());
        carto.verify(1, getRequestedFor(urlPathEqualTo(JOBS + "/j-10")));
    }

    @Test
    void pollsKeepTheSubmittedIdWhateverIdsLaterAnswersCarry() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("ext-1"))));
        stubPolls("ext-1", CartoAnswers.jobStatus("running"),
                CartoAnswers.jobStatus("success"));
        Exchange result = template.request("direct:wait", e -> e.getMessage().setBody("SELECT 1"));
        assertNull(result.getException());
        assertEquals("ext-1", result.getMessage().getHeader(CartoConstants.JOB_ID));
        carto.verify(2, getRequestedFor(urlPathEqualTo(JOBS + "/ext-1")));
        carto.verify(0, getRequestedFor(urlPathEqualTo(JOBS + "/job_h8UWzpdzX0s2XAAXQd3rdWCdPUT9")));
    }

    @Test
    void aSubmitAnswerWithoutIdIsAnError() {
        // not CARTO's shape: an answer that lost its externalId
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson("{\"accountId\":\"ac_jfakef5m\",\"metadata\":{}}")));
        Exchange result = template.request("direct:submit", e -> e.getMessage().setBody("SELECT 1"));
        CartoException error = assertInstanceOf(CartoException.class, result.getException());
        assertTrue(error.getMessage().contains("no jobId or externalId"), error.getMessage());
    }

    /** Appendix B 'which id to poll': a status answer's own jobId (v3/job-status-running) never replaces the id read. */
    @Test
    void getReportsTheIdItReadWhateverIdTheAnswerCarries() {
        carto.stubFor(get(urlPathEqualTo(JOBS + "/j%2F11")).willReturn(okJson(CartoAnswers.jobStatus("running"))));
        Exchange result = template.request("direct:get", e -> e.getMessage().setHeader(CartoConstants.JOB_ID, "j/11"));
        assertNull(result.getException());
        assertEquals(CartoJobStatus.RUNNING, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals("j/11", result.getMessage().getHeader(CartoConstants.JOB_ID));
        assertEquals("job_h8UWzpdzX0s2XAAXQd3rdWCdPUT9", result.getMessage().getBody(Map.class).get("jobId"),
                "CARTO's own jobId stays in the body");
    }

    /** carto-local's cancel answer (a status answer, failure with code CANCELLED): the id is the one cancelled. */
    @Test
    void cancelReportsTheIdItCancelled() {
        carto.stubFor(delete(urlPathEqualTo(JOBS + "/job_9")).willReturn(okJson(
                CartoAnswers.jobFailed("CANCELLED", "Job execution was cancelled"))));
        Exchange result = template.request("direct:submit", e -> {
            e.getMessage().setHeader(CartoConstants.OPERATION, "cancel");
            e.getMessage().setHeader(CartoConstants.JOB_ID, "job_9");
        });
        assertNull(result.getException());
        assertEquals("job_9", result.getMessage().getHeader(CartoConstants.JOB_ID));
        assertEquals(CartoJobStatus.CANCELLED, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
    }

    @Test
    void theOperationHeaderOverridesTheOption() {
        carto.stubFor(delete(urlPathEqualTo(JOBS + "/j-12")).willReturn(aResponse().withStatus(204)));
        Exchange result = template.request("direct:submit", e -> {
            e.getMessage().setHeader(CartoConstants.OPERATION, "CANCEL");
            e.getMessage().setHeader(CartoConstants.JOB_ID, "j-12");
        });
        assertNull(result.getException());
        assertEquals(CartoJobStatus.CANCELLED, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals("j-12", result.getMessage().getHeader(CartoConstants.JOB_ID));
        carto.verify(0, postRequestedFor(urlPathEqualTo(JOBS)));
    }

    @Test
    void aMissingJobIdOrUnknownOperationFailsWithoutACall() {
        Exchange result = template.request("direct:get", e -> e.getMessage().setBody("x"));
        assertTrue(result.getException().getMessage().contains("Header CamelCartoJobId is required for carto:job "
                                                               + "operation get"), result.getException().getMessage());
        result = template.request("direct:submit", e -> e.getMessage().setHeader(CartoConstants.OPERATION, "drop"));
        assertTrue(result.getException().getMessage().contains("'drop' is not a carto:job operation"));
        assertEquals(0, carto.getAllServeEvents().size());
    }

    /** Appendix B 'job listing' (v3/jobs-list): a bare array of status-less entries, since created_since. */
    @Test
    void listAsksForTheJobsCreatedWithinTheLookbackAndAcceptsAnObjectHoldingTheArray() {
        carto.stubFor(get(urlPathEqualTo("/v3/sql/jobs")).willReturn(okJson(CartoAnswers.jobsListing("job_a", "job_b"))));
        Exchange result = template.request("direct:list", e -> {
        });
        assertNull(result.getException());
        List<?> jobs = result.getMessage().getBody(List.class);
        assertEquals(List.of("job_a", "job_b"), jobs.stream().map(job -> ((Map<?, ?>) job).get("externalId")).toList());
        assertEquals(2, result.getMessage().getHeader(CartoConstants.ROW_COUNT));
        carto.verify(getRequestedFor(urlPathEqualTo("/v3/sql/jobs")).withQueryParam("created_since", matching(
                "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z")));

        carto.stubFor(get(urlPathEqualTo("/v3/sql/jobs")).willReturn(okJson(
                "{\"data\":" + CartoAnswers.jobsListing("job_c") + ",\"total\":1}")));
        result = template.request("direct:list", e -> {
        });
        assertEquals("job_c", ((Map<?, ?>) result.getMessage().getBody(List.class).get(0)).get("externalId"));
    }

    private static void stubPolls(String jobId, String... answers) {
        answerJsonInTurn(carto, get(urlPathEqualTo(JOBS + "/" + jobId)), answers);
    }
}
