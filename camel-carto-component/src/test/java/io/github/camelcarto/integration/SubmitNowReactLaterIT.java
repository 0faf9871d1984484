package io.github.camelcarto.integration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.github.camelcarto.CartoConstants;
import io.github.camelcarto.client.CartoJobStatus;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Submit now, react when done", across a restart: carto:job frees each exchange as soon as CARTO took the job,
 * tagged as this application's; carto:jobs with the same tag delivers each of those jobs' ends once, even when they
 * end while the application is down, and never reads the account's other jobs.
 */
class SubmitNowReactLaterIT extends GatedJobsSupport {

    private static final String TAG = "orders-app";

    @TempDir
    Path dir;

    @Test
    void theEndsOfThisApplicationsJobsAreDeliveredOnceAfterARestartAndNoOtherJobIsRead() throws Exception {
        Events firstEvents = new Events();
        JobEventsIT.CompletedPolls firstPolls = new JobEventsIT.CompletedPolls();
        List<String> ours = new ArrayList<>();
        List<String> others = new ArrayList<>();

        CartoApp first = CartoApp.start(carto.server(), beans(firstEvents, firstPolls), routes());
        for (int i = 0; i < 5; i++) {
            String sql = "SELECT " + JobGate.sql("orders") + (i == 4 ? "; SELECT * FROM missing_orders" : "");
            Exchange submitted = first.send("direct:order", Map.of("orderId", "order-" + i), sql).get(30, TimeUnit.SECONDS);
            assertNull(submitted.getException());
            assertEquals(CartoJobStatus.PENDING, submitted.getMessage().getHeader(CartoConstants.JOB_STATUS),
                    "the exchange is free as soon as CARTO took the job");
            ours.add(submitted.getMessage().getHeader(CartoConstants.JOB_ID, String.class));
        }
        for (int i = 0; i < 3; i++) {
            Exchange submitted = first.send("direct:otherApp", Map.of(), "SELECT " + JobGate.sql("orders"))
                    .get(30, TimeUnit.SECONDS);
            others.add(submitted.getMessage().getHeader(CartoConstants.JOB_ID, String.class));
        }
        firstPolls.awaitMore(2);
        first.close();
        assertEquals(List.of(), firstEvents.received, "nothing had ended yet");

        JobGate.open("orders");   // the jobs end while the application is down
        Events events = new Events();
        JobEventsIT.CompletedPolls polls = new JobEventsIT.CompletedPolls();
        try (CartoApp second = CartoApp.start(carto.server(), beans(events, polls), routes())) {
            events.await(ours.size());
            polls.awaitMore(2);   // a repeat would come on a later poll

            List<String> expected = new ArrayList<>();
            for (int i = 0; i < ours.size(); i++) {
                expected.add(ours.get(i) + " " + (i == 4 ? CartoJobStatus.FAILED : CartoJobStatus.DONE));
            }
            assertEquals(sorted(expected), sorted(events.received));
            for (String other : others) {
                assertEquals(0, first.http.count("GET", "/v3/sql/carto_dw/job/" + other)
                                + second.http.count("GET", "/v3/sql/carto_dw/job/" + other),
                        "carto:jobs read another application's job " + other);
            }

            Exchange redelivered = second.send("direct:order", Map.of("orderId", "order-0"), "SELECT "
                    + JobGate.sql("orders")).get(30, TimeUnit.SECONDS);
            assertEquals(ours.get(0), redelivered.getMessage().getHeader(CartoConstants.JOB_ID));
            assertEquals(CartoJobStatus.DONE, redelivered.getMessage().getHeader(CartoConstants.JOB_STATUS));
            assertEquals(0, second.http.count("POST", "/v3/sql/carto_dw/job"), "the redelivery submitted nothing");
        }
    }

    private Map<String, Object> beans(Events events, JobEventsIT.CompletedPolls polls) {
        return Map.of("submissions", FileStateRepository.fileStateRepository(dir.resolve("submissions.state").toFile()),
                "delivered", FileStateRepository.fileStateRepository(dir.resolve("delivered.state").toFile()),
                "events", events, "polls", polls);
    }

    private static RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:order").to("carto:job?jobTag=" + TAG + "&idempotencyKey=${header.orderId}"
                                        + "&stateRepository=#submissions");
                from("direct:otherApp").to("carto:job");
                from("carto:jobs?jobTag=" + TAG + "&emitOn=terminal&stateRepository=#delivered&delay=100"
                     + "&initialDelay=0&pollStrategy=#polls").process("events");
            }
        };
    }

    private static List<String> sorted(List<String> events) {
        return events.stream().sorted().toList();
    }

    /** The events a route received, as "job id STATUS". */
    static final class Events implements Processor {

        final List<String> received = new CopyOnWriteArrayList<>();
        private final Semaphore arrived = new Semaphore(0);

        @Override
        public void process(Exchange exchange) {
            Message message = exchange.getMessage();
            received.add(message.getHeader(CartoConstants.JOB_ID) + " " + message.getHeader(CartoConstants.JOB_STATUS));
            arrived.release();
        }

        void await(int count) throws InterruptedException {
            assertTrue(arrived.tryAcquire(count, 60, TimeUnit.SECONDS), "events so far: " + received);
        }
    }
}
