package io.github.camelcarto;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelcarto.client.CartoJobStatus;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** On apiVersion=v2, carto:import uploads local files to the legacy Import API and carto:jobs watches given ids. */
class CartoV2ImportAndEventsTest extends CartoWireMockTestSupport {

    @TempDir
    Path tempDir;

    private String v2() {
        return "apiVersion=v2&apiKey=key-SECRET&apiBaseUrl=" + carto.baseUrl() + "/user/alice";
    }

    @Test
    void aDroppedFileIsUploadedAndItsTableNamed() throws Exception {
        carto.stubFor(post(urlPathEqualTo("/user/alice/api/v1/imports"))
                .willReturn(okJson("{\"item_queue_id\":\"q-1\",\"success\":true}")));
        carto.stubFor(get(urlPathEqualTo("/user/alice/api/v1/imports/q-1"))
                .willReturn(okJson("{\"id\":\"q-1\",\"state\":\"complete\",\"table_name\":\"stores_1\",\"success\":true}")));
        Path csv = Files.writeString(tempDir.resolve("stores.csv"), "name,lon,lat\nSol,-3.7,40.4\n");

        Exchange result = template.request("carto:import?" + v2(), e -> e.getMessage().setBody(csv.toFile()));

        assertNull(result.getException());
        assertEquals("stores_1", result.getMessage().getHeader(CartoConstants.TABLE));
        assertEquals(CartoJobStatus.DONE, result.getMessage().getHeader(CartoConstants.JOB_STATUS));
        carto.verify(postRequestedFor(urlPathEqualTo("/user/alice/api/v1/imports"))
                .withAnyRequestBodyPart(aMultipart().withName("file").withBody(containing("Sol,-3.7,40.4"))));
    }

    @Test
    void theConsumerWatchesTheGivenIdsThroughTheBatchApi() throws Exception {
        carto.stubFor(get(urlPathEqualTo("/user/alice/api/v2/sql/job/j-1"))
                .willReturn(okJson("{\"job_id\":\"j-1\",\"status\":\"done\",\"query\":\"select 1\"}")));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("carto:jobs?" + v2() + "&jobIds=j-1&startScheduler=false").routeId("v2jobs").to("mock:events");
            }
        });
        CartoJobsConsumer consumer = (CartoJobsConsumer) context.getRoute("v2jobs").getConsumer();
        MockEndpoint events = getMockEndpoint("mock:events");

        consumer.run();
        consumer.run();

        assertEquals(1, events.getReceivedCounter(), "the end is delivered once");
        assertEquals(CartoJobStatus.DONE, events.getReceivedExchanges().get(0).getMessage()
                .getHeader(CartoConstants.JOB_STATUS));
        // once delivered as ended, the job is not read again
        carto.verify(1, getRequestedFor(urlPathEqualTo("/user/alice/api/v2/sql/job/j-1")));
    }
}
