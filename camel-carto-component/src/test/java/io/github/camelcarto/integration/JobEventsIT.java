package io.github.camelcarto.integration;

import io.github.camelcarto.CartoConstants;
import io.github.camelcarto.client.CartoJobStatus;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The carto:jobs consumer against carto-local's real jobs listing: one terminal event per job, success or not. */
class JobEventsIT extends CartoLocalTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("carto:job");
                from("carto:jobs?emitOn=terminal&delay=100&initialDelay=0").to("mock:ended");
            }
        };
    }

    @Test
    void eachJobsEndIsEmittedOnce() throws Exception {
        MockEndpoint ended = getMockEndpoint("mock:ended");
        ended.expectedMessageCount(2);

        Exchange good = template.request("direct:submit", e -> e.getMessage().setBody("SELECT SLEEP_MS(300)"));
        Exchange bad = template.request("direct:submit", e -> e.getMessage().setBody("SELECT * FROM missing_table"));
        String goodId = good.getMessage().getHeader(CartoConstants.JOB_ID, String.class);
        String badId = bad.getMessage().getHeader(CartoConstants.JOB_ID, String.class);

        ended.assertIsSatisfied(20_000);
        for (Exchange event : ended.getReceivedExchanges()) {
            String id = event.getMessage().getHeader(CartoConstants.JOB_ID, String.class);
            CartoJobStatus status = event.getMessage().getHeader(CartoConstants.JOB_STATUS, CartoJobStatus.class);
            assertEquals(id.equals(goodId) ? CartoJobStatus.DONE : CartoJobStatus.FAILED, status, id);
            assertEquals(true, id.equals(goodId) || id.equals(badId), id);
        }
        // no repeats on later polls
        ended.reset();
        ended.expectedMessageCount(0);
        ended.setAssertPeriod(500);
        ended.assertIsSatisfied();
    }
}
