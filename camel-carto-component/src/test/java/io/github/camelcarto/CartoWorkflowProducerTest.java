package io.github.camelcarto;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcarto.client.CartoJobFailedException;
import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.testing.CartoAnswers;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CartoWorkflowProducerTest extends CartoWireMockTestSupport {

    private static final String JOBS = "/v3/sql/conn/job";
    private static final String PROCEDURE = "workflows-api-demo.workflows_temp.wfproc_f2f8df5df4ddf279";
    private static final String OUTPUT = "workflows-api-demo.workflows_temp.wfproc_f2f8df5df4ddf279_out_33afd785";
    private static final String RUN = "job_h8UWzpdzX0s2XAAXQd3rdWCdPUT9";
    /** CARTO's "Executing workflows via API" page (v3/workflow-job-created), with its echoed token. */
    private static final String CREATED = CartoAnswers.workflowJobCreated(RUN, OUTPUT);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:run").to("carto:workflow?procedure=" + PROCEDURE);
                from("direct:fetch").to("carto:workflow?procedure=" + PROCEDURE + "&fetchOutput=true");
                from("direct:ordered").to("carto:workflow?procedure=" + PROCEDURE
                                          + "&parameterOrder=number_of_clusters,buffer_radius,store_type");
                from("direct:async").to("carto:workflow?procedure=" + PROCEDURE + "&waitForCompletion=false");
                from("direct:snowflake").to("carto:workflow?dialect=snowflake&procedure=CARTO_DB.WORKFLOWS_TEMP.WFPROC_ABC"
                                            + "&parameterOrder=kind,radius&fetchOutput=true");
                from("direct:postgresql").to("carto:workflow?dialect=postgresql&procedure=carto.wfproc_abc");
            }
        };
    }

    @Test
    void runsTheProcedureAsAJobAndWaitsByDefault() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CREATED)));
        carto.stubFor(get(urlPathEqualTo(JOBS + "/" + RUN)).willReturn(okJson(CartoAnswers.workflowJobDone())));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("number_of_clusters", 2);
        parameters.put("buffer_radius", 500);
        parameters.put("store_type", "Supermarket");

        Exchange result = template.request("direct:run", e -> e.getMessage().setBody(parameters));

        assertNull(result.getException());
        assertEquals(CartoJobStatus.DONE, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals(OUTPUT, result.getMessage().getHeader(CartoConstants.WORKFLOW_OUTPUT_TABLE));
        assertEquals(RUN, result.getMessage().getHeader(CartoConstants.JOB_ID));
        carto.verify(postRequestedFor(urlPathEqualTo(JOBS)).withRequestBody(equalToJson("""
                {"query":"CALL `%s`(@number_of_clusters, @buffer_radius, @store_type)",
                 "queryParameters":{"number_of_clusters":2,"buffer_radius":500,"store_type":"Supermarket"}}"""
                .formatted(PROCEDURE))));
    }

    @Test
    void fetchOutputMakesTheOutputTableTheBody() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CREATED)));
        carto.stubFor(get(urlPathEqualTo(JOBS + "/" + RUN)).willReturn(okJson(CartoAnswers.workflowJobDone())));
        carto.stubFor(post(urlPathEqualTo("/v3/sql/conn/query")).willReturn(okJson(CartoAnswers.queryAnswer(
                List.of(Map.of("cluster", 1), Map.of("cluster", 2)), List.of(Map.of("name", "cluster", "type", "number"))))));

        Exchange result = template.request("direct:fetch", e -> e.getMessage().setBody(null));

        assertNull(result.getException());
        assertEquals(List.of(Map.of("cluster", 1), Map.of("cluster", 2)), result.getMessage().getBody(List.class));
        assertEquals(2, result.getMessage().getHeader(CartoConstants.ROW_COUNT));
        // a POST: a run with the same parameters writes the same table, which a GET could answer from CARTO's cache
        carto.verify(postRequestedFor(urlPathEqualTo("/v3/sql/conn/query"))
                .withRequestBody(equalToJson("{\"q\":\"SELECT * FROM `" + OUTPUT + "`\"}")));
        carto.verify(0, getRequestedFor(urlPathEqualTo("/v3/sql/conn/query")));
    }

    @Test
    void fetchOutputWithoutAnOutputTableSaysWhatIsMissing() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("j"))));
        carto.stubFor(get(urlPathEqualTo(JOBS + "/j")).willReturn(okJson(CartoAnswers.workflowJobDone())));
        Exchange result = template.request("direct:fetch", e -> e.getMessage().setBody(null));
        CartoException error = assertInstanceOf(CartoException.class, result.getException());
        assertTrue(error.getMessage().contains("add an Output component"), error.getMessage());
    }

    @Test
    void aHeaderMapWinsAndParameterOrderPlacesAnUnorderedMap() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CREATED)));
        carto.stubFor(get(urlPathEqualTo(JOBS + "/" + RUN)).willReturn(okJson(CartoAnswers.workflowJobDone())));
        Map<String, Object> unordered = new HashMap<>(Map.of("store_type", "Bakery", "buffer_radius", 100,
                "number_of_clusters", 3));

        Exchange result = template.request("direct:ordered", e -> {
            e.getMessage().setBody(Map.of("ignored", true));
            e.getMessage().setHeader(CartoConstants.QUERY_PARAMETERS, unordered);
        });

        assertNull(result.getException());
        carto.verify(postRequestedFor(urlPathEqualTo(JOBS)).withRequestBody(equalToJson(
                "{\"query\":\"CALL `" + PROCEDURE + "`(@number_of_clusters, @buffer_radius, @store_type)\"}", true, true)));
    }

    @Test
    void aFailedRunRaisesWithTheWarehouseMessage() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CREATED)));
        carto.stubFor(get(urlPathEqualTo(JOBS + "/" + RUN)).willReturn(okJson(CartoAnswers.workflowJobFailed("invalidQuery",
                "Query error: Cannot coerce expression @number_of_clusters to type INT64 at [1:158]"))));
        Exchange result = template.request("direct:run", e -> e.getMessage().setBody(null));
        CartoJobFailedException error = assertInstanceOf(CartoJobFailedException.class, result.getException());
        assertTrue(error.getCartoMessage().contains("Cannot coerce expression"), error.getCartoMessage());
    }

    @Test
    void withoutWaitingItReturnsTheCreatedRun() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CREATED)));
        Exchange result = template.request("direct:async", e -> e.getMessage().setBody(null));
        assertNull(result.getException());
        assertEquals(OUTPUT, result.getMessage().getHeader(CartoConstants.WORKFLOW_OUTPUT_TABLE));
        carto.verify(0, getRequestedFor(urlPathEqualTo(JOBS + "/job_h8UWzpdzX0s2XAAXQd3rdWCdPUT9")));
    }

    /** Snowflake's CALL (positional :1, carto-api.md 1.4); its output table is read as Snowflake names tables. */
    @Test
    void snowflakeRunsItsCallWithPositionalParametersAndReadsItsOutput() {
        String output = "CARTO_DB.WORKFLOWS_TEMP.WFPROC_ABC_OUT_1";
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.workflowJobCreated(RUN, output))));
        carto.stubFor(get(urlPathEqualTo(JOBS + "/" + RUN)).willReturn(okJson(CartoAnswers.jobStatus("success"))));
        carto.stubFor(post(urlPathEqualTo("/v3/sql/conn/query")).willReturn(okJson(CartoAnswers.queryAnswer(
                List.of(Map.of("SITE", 1)), List.of(Map.of("name", "SITE", "type", "number"))))));

        Exchange result = template.request("direct:snowflake",
                e -> e.getMessage().setBody(new HashMap<>(Map.of("radius", 500, "kind", "Supermarket"))));

        assertNull(result.getException());
        assertEquals(List.of(Map.of("SITE", 1)), result.getMessage().getBody(List.class));
        carto.verify(postRequestedFor(urlPathEqualTo(JOBS)).withRequestBody(equalToJson(
                "{\"query\":\"CALL CARTO_DB.WORKFLOWS_TEMP.WFPROC_ABC(:1, :2)\",\"queryParameters\":[\"Supermarket\",500]}")));
        carto.verify(postRequestedFor(urlPathEqualTo("/v3/sql/conn/query"))
                .withRequestBody(equalToJson("{\"q\":\"SELECT * FROM " + output + "\"}")));
    }

    @Test
    void postgresqlTakesItsParametersAsAListInOrder() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated(RUN))));
        carto.stubFor(get(urlPathEqualTo(JOBS + "/" + RUN)).willReturn(okJson(CartoAnswers.jobStatus("success"))));

        Exchange result = template.request("direct:postgresql", e -> e.getMessage().setBody(List.of(500, "Supermarket")));

        assertNull(result.getException());
        carto.verify(postRequestedFor(urlPathEqualTo(JOBS)).withRequestBody(equalToJson(
                "{\"query\":\"CALL carto.wfproc_abc($1, $2)\",\"queryParameters\":[500,\"Supermarket\"]}")));
    }

    @Test
    void aListOfParametersIsRefusedForBigQueryBeforeAnyCall() {
        Exchange result = template.request("direct:run",
                e -> e.getMessage().setHeader(CartoConstants.QUERY_PARAMETERS, List.of(1, 2)));
        assertTrue(result.getException().getMessage().contains("named parameters"), result.getException().getMessage());
        assertEquals(0, carto.getAllServeEvents().size());
    }
}
