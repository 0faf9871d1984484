package io.github.camelcarto;

import java.util.List;
import java.util.Map;

import io.github.camelcarto.client.CartoJobFailedException;
import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.client.exception.CartoJobNotFoundException;
import io.github.camelcarto.client.v2.BatchApi;
import io.github.camelcarto.client.v2.CartoFallbackJob;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcarto.testing.SuccessiveAnswers.answerJsonInTurn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** carto:job with apiVersion=v2 against CARTO 2's Batch API (/api/v2/sql/job). */
class CartoV2JobTest extends CartoV2WireMockTestSupport {

    private static final String ID = "d53bc2c1-7b8e-46ec-a337-7a4bf1dccdb3";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("carto:job");
                from("direct:wait").to("carto:job?waitForCompletion=true");
                from("direct:get").to("carto:job?operation=get");
                from("direct:cancel").to("carto:job?operation=cancel");
            }
        };
    }

    private static String job(String status, String query, String extra) {
        return "{\"user\":\"vizzuality\",\"query\":" + query + ",\"job_id\":\"" + ID + "\",\"created_at\":"
               + "\"2026-11-21T17:09:06.914Z\",\"updated_at\":\"2026-11-21T17:09:06.914Z\",\"status\":\"" + status
               + "\"" + extra + "}";
    }

    private static void stubSubmit(String answer) {
        carto.stubFor(post(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("Carto-Rate-Limit-Limit", "5").withHeader("Carto-Rate-Limit-Remaining", "4")
                .withHeader("Carto-Rate-Limit-Reset", "1").withBody(answer)));
    }

    @Test
    void aSqlStringIsASimpleJob() {
        stubSubmit(job("pending", "\"create table job_out as select 1 as a\"", ""));

        Exchange result = template.request("direct:submit",
                e -> e.getMessage().setBody("create table job_out as select 1 as a"));

        assertNull(result.getException());
        assertEquals(ID, result.getMessage().getHeader(CartoConstants.JOB_ID));
        assertEquals(CartoJobStatus.PENDING, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals("vizzuality", result.getMessage().getBody(Map.class).get("user"));
        assertEquals(4L, result.getMessage().getHeader(CartoConstants.RATE_LIMIT_REMAINING));
        carto.verify(postRequestedFor(urlPathEqualTo(JOB)).withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalToJson("{\"query\":\"create table job_out as select 1 as a\"}")));
        carto.verify(0, getRequestedFor(urlPathEqualTo(JOB + "/" + ID)));
    }

    @Test
    void aListOfStringsIsAChainedJob() {
        stubSubmit(job("pending", "[{\"query\":\"select 1\",\"status\":\"pending\"},{\"query\":\"select 2\",\"status\":\"pending\"}]", ""));

        Exchange result = template.request("direct:submit", e -> e.getMessage().setBody(List.of("select 1", "select 2")));

        assertNull(result.getException());
        carto.verify(postRequestedFor(urlPathEqualTo(JOB))
                .withRequestBody(equalToJson("{\"query\":[\"select 1\",\"select 2\"]}")));
    }

    @Test
    void aFallbackJobTravelsInCartosShape() {
        stubSubmit(job("pending", "{\"query\":[]}", ""));
        CartoFallbackJob fallback = CartoFallbackJob.builder()
                .query("select 1").onSuccess("select 2")
                .query("select * from nope2").onError("select 3")
                .jobOnSuccess("select 4").jobOnError("select 5")
                .build();

        Exchange result = template.request("direct:submit", e -> e.getMessage().setBody(fallback));

        assertNull(result.getException());
        carto.verify(postRequestedFor(urlPathEqualTo(JOB)).withRequestBody(equalToJson("""
                {"query":{"query":[{"query":"select 1","onsuccess":"select 2"},
                                   {"query":"select * from nope2","onerror":"select 3"}],
                          "onsuccess":"select 4","onerror":"select 5"}}""")));
    }

    @Test
    void theFallbackBuilderRejectsAFallbackWithoutQuery() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> CartoFallbackJob.builder().onSuccess("select 1"));
        assertTrue(error.getMessage().contains("jobOnSuccess"), error.getMessage());
        assertThrows(IllegalStateException.class, () -> CartoFallbackJob.builder().jobOnError("x").build());
    }

    @Test
    void aPayloadOver16KbIsRejectedBeforeSending() {
        String sql = "INSERT INTO t VALUES ('" + "x".repeat(BatchApi.MAX_JOB_PAYLOAD_BYTES) + "')";

        Exchange result = template.request("direct:submit", e -> e.getMessage().setBody(sql));

        IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, result.getException());
        assertTrue(error.getMessage().contains("16384") && error.getMessage().contains("16 KB"), error.getMessage());
        carto.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPayloadJustUnderTheLimitIsSent() {
        stubSubmit(job("pending", "\"x\"", ""));
        // {"query":"<sql>"} is 12 bytes around the SQL
        String sql = "x".repeat(BatchApi.MAX_JOB_PAYLOAD_BYTES - 12);
        assertEquals(BatchApi.MAX_JOB_PAYLOAD_BYTES, BatchApi.jobPayload(sql).length);

        assertNull(template.request("direct:submit", e -> e.getMessage().setBody(sql)).getException());
        carto.verify(1, postRequestedFor(urlPathEqualTo(JOB)));
    }

    @Test
    void waitingFollowsPendingRunningDone() {
        stubSubmit(job("pending", "\"select pg_sleep(3)\"", ""));
        answerJsonInTurn(carto, get(urlPathEqualTo(JOB + "/" + ID)), job("running", "\"select pg_sleep(3)\"", ""),
                job("running", "\"select pg_sleep(3)\"", ""), job("done", "\"select pg_sleep(3)\"", ""));

        Exchange result = template.request("direct:wait", e -> e.getMessage().setBody("select pg_sleep(3)"));

        assertNull(result.getException());
        assertEquals(CartoJobStatus.DONE, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals(3, result.getMessage().getHeader(CartoConstants.POLL_COUNT));
        carto.verify(1, postRequestedFor(urlPathEqualTo(JOB)));
        carto.verify(3, getRequestedFor(urlPathEqualTo(JOB + "/" + ID)).withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void aFailedJobRaisesItsFailedReason() {
        stubSubmit(job("pending", "\"select * from does_not_exist\"", ""));
        answerJsonInTurn(carto, get(urlPathEqualTo(JOB + "/" + ID)), job("failed", "\"select * from does_not_exist\"",
                ",\"failed_reason\":\"relation \\\"does_not_exist\\\" does not exist\""));

        Exchange result = template.request("direct:wait", e -> e.getMessage().setBody("select * from does_not_exist"));

        CartoJobFailedException error = assertInstanceOf(CartoJobFailedException.class, result.getException());
        assertEquals(CartoJobStatus.FAILED, error.getStatus());
        assertEquals("relation \"does_not_exist\" does not exist", error.getCartoMessage());
        assertTrue(error.getMessage().contains("does_not_exist"), error.getMessage());
        assertEquals(CartoJobStatus.FAILED, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
    }

    @Test
    void aFailedFallbackJobReportsTheFailedQuerysReason() {
        String queries = "{\"query\":[{\"query\":\"select 1\",\"onsuccess\":\"select 2\",\"status\":\"done\","
                         + "\"fallback_status\":\"done\"},{\"query\":\"select * from nope2\",\"onerror\":\"select 3\","
                         + "\"status\":\"failed\",\"fallback_status\":\"done\",\"failed_reason\":\"relation \\\"nope2\\\" "
                         + "does not exist\"}],\"onsuccess\":\"select 4\",\"onerror\":\"select 5\"}";
        stubSubmit(job("pending", queries, ""));
        answerJsonInTurn(carto, get(urlPathEqualTo(JOB + "/" + ID)), job("failed", queries, ",\"fallback_status\":\"done\""));

        Exchange result = template.request("direct:wait", e -> e.getMessage().setBody(
                CartoFallbackJob.builder().query("select 1").query("select * from nope2").build()));

        CartoJobFailedException error = assertInstanceOf(CartoJobFailedException.class, result.getException());
        assertEquals("relation \"nope2\" does not exist", error.getCartoMessage());
    }

    @Test
    void aCancelledJobFailsTheWait() {
        stubSubmit(job("pending", "\"select 42\"", ""));
        answerJsonInTurn(carto, get(urlPathEqualTo(JOB + "/" + ID)), job("cancelled", "\"select 42\"", ""));
        Exchange result = template.request("direct:wait", e -> e.getMessage().setBody("select 42"));
        CartoJobFailedException error = assertInstanceOf(CartoJobFailedException.class, result.getException());
        assertEquals(CartoJobStatus.CANCELLED, error.getStatus());
    }

    @Test
    void anUnknownJobIsAMissingJob() {
        carto.stubFor(get(urlPathEqualTo(JOB + "/00000000-0000-0000-0000-000000000000")).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"error\":[\"Job with id 00000000-0000-0000-0000-000000000000 not found\"]}")));

        Exchange result = template.request("direct:get",
                e -> e.getMessage().setHeader(CartoConstants.JOB_ID, "00000000-0000-0000-0000-000000000000"));

        CartoJobNotFoundException error = assertInstanceOf(CartoJobNotFoundException.class, result.getException());
        assertEquals("00000000-0000-0000-0000-000000000000", error.getJobId());
        assertEquals(400, error.getStatusCode());
        assertTrue(error.getMessage().contains("not found"), error.getMessage());
    }

    @Test
    void getReadsTheJob() {
        carto.stubFor(get(urlPathEqualTo(JOB + "/" + ID)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("Carto-Rate-Limit-Remaining", "1")
                .withBody(job("running", "\"select 1\"", ""))));
        Exchange result = template.request("direct:get", e -> e.getMessage().setHeader(CartoConstants.JOB_ID, ID));
        assertNull(result.getException());
        assertEquals(CartoJobStatus.RUNNING, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals(1L, result.getMessage().getHeader(CartoConstants.RATE_LIMIT_REMAINING));
    }

    @Test
    void cancelGivesTheCancelledJob() {
        carto.stubFor(delete(urlPathEqualTo(JOB + "/" + ID)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(job("cancelled", "\"select pg_sleep(30)\"", ""))));
        Exchange result = template.request("direct:cancel", e -> e.getMessage().setHeader(CartoConstants.JOB_ID, ID));
        assertNull(result.getException());
        assertEquals(CartoJobStatus.CANCELLED, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertNull(result.getMessage().getHeader(CartoConstants.JOB_ALREADY_DONE));
        carto.verify(deleteRequestedFor(urlPathEqualTo(JOB + "/" + ID)).withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void cancellingAFinishedJobSaysItIsAlreadyDone() {
        carto.stubFor(delete(urlPathEqualTo(JOB + "/" + ID)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"error\":[\"Cannot set status from done to cancelled\"]}")));

        Exchange result = template.request("direct:cancel", e -> e.getMessage().setHeader(CartoConstants.JOB_ID, ID));

        assertNull(result.getException());
        assertEquals(CartoJobStatus.DONE, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals(true, result.getMessage().getHeader(CartoConstants.JOB_ALREADY_DONE));
        assertEquals(ID, result.getMessage().getHeader(CartoConstants.JOB_ID));
    }

    @Test
    void batchJobsWithoutTheMasterKeySayWhy() {
        carto.stubFor(post(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":[\"permission denied\"]}")));
        Exchange result = template.request("direct:submit", e -> e.getMessage().setBody("select 1"));
        io.github.camelcarto.client.exception.CartoHttpException error = assertInstanceOf(
                io.github.camelcarto.client.exception.CartoHttpException.class, result.getException());
        assertTrue(error.getMessage().contains("master API key"), error.getMessage());
        assertTrue(!error.getMessage().contains(API_KEY));
    }

    @Test
    void listDoesNotExistOnV2() {
        ResolveEndpointFailedException error = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("carto:job?operation=list"));
        assertTrue(error.getCause().getMessage().contains("cannot list jobs"), error.getCause().getMessage());
    }
}
