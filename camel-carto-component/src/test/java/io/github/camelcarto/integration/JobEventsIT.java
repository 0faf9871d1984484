package io.github.camelcarto.integration;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.github.camelcarto.CartoConstants;
import io.github.camelcarto.client.CartoJobStatus;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The carto:jobs consumer against carto-local's real jobs listing: one terminal event per job, success or not. */
class JobEventsIT extends CartoLocalTestSupport {

    @BindToRegistry("polls")
    private final CompletedPolls polls = new CompletedPolls();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("carto:job");
                from("carto:jobs?emitOn=terminal&delay=100&initialDelay=0&pollStrategy=#polls").to("mock:ended");
            }
        };
    }

    @Test
    void eachJobsEndIsEmittedOnce() throws Exception {
        MockEndpoint ended = getMockEndpoint("mock:ended");
        ended.expectedMessageCount(2);

        String good = submit("SELECT SLEEP_MS(300)");
        String bad = submit("SELECT * FROM missing_table");
        ended.assertIsSatisfied(20_000);
        // a repeat would come on a later poll: let two more end, so that one began after the last event
        polls.awaitMore(2);

        assertEquals(sorted(good + " " + CartoJobStatus.DONE, bad + " " + CartoJobStatus.FAILED),
                sorted(ended.getReceivedExchanges().stream().map(JobEventsIT::event).toArray(String[]::new)));
    }

    private String submit(String sql) {
        Exchange submitted = template.request("direct:submit", e -> e.getMessage().setBody(sql));
        return submitted.getMessage().getHeader(CartoConstants.JOB_ID, String.class);
    }

    /** One event as "job id STATUS". */
    private static String event(Exchange exchange) {
        Message message = exchange.getMessage();
        return message.getHeader(CartoConstants.JOB_ID, String.class) + " "
               + message.getHeader(CartoConstants.JOB_STATUS, CartoJobStatus.class);
    }

    /** A multiset of events, as a list that compares equal whatever the order of delivery. */
    private static List<String> sorted(String... events) {
        return List.of(events).stream().sorted().toList();
    }

    /** Counts the consumer's completed polls, so that a test can wait for polls rather than for time. */
    static final class CompletedPolls implements PollingConsumerPollStrategy {

        private final Semaphore completed = new Semaphore(0);

        void awaitMore(int count) throws InterruptedException {
            completed.drainPermits();
            assertTrue(completed.tryAcquire(count, 20, TimeUnit.SECONDS), "the consumer stopped polling");
        }

        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            return true;
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            completed.release();
        }

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
            completed.release();
            return false;
        }
    }
}
