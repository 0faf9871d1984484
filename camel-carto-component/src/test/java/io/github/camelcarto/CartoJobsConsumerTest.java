package io.github.camelcarto;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.samples.CartoSamples;
import io.github.camelcarto.testing.CartoAnswers;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.health.ConsumersHealthCheckRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * carto:jobs against a WireMock CARTO answering in CARTO's shapes (Appendix B 'job listing' and 'job status answer';
 * samples v3/jobs-list and v3/job-status-*): the listing is a bare array of status-less entries, so each job's state
 * comes from reading it on the endpoint's connection. The scheduler is not started: each test runs polls itself with
 * {@code consumer.run()}, so every poll is deterministic and the assertions need no waiting.
 */
class CartoJobsConsumerTest extends CartoWireMockTestSupport {

    private static final String LIST = "/v3/sql/jobs";
    private static final String JOB = "/v3/sql/conn/job/";

    @TempDir
    Path tempDir;

    @Test
    void theListingAsksForTheJobsCreatedWithinTheLookback() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs?lookback=2h", "mock:events");
        listing();
        Instant before = Instant.now();
        consumer.run();
        Instant after = Instant.now();

        String createdSince = carto.getAllServeEvents().get(0).getRequest().queryParameter("created_since").firstValue();
        assertTrue(createdSince.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"), createdSince);
        Instant since = Instant.parse(createdSince);
        assertFalse(since.isBefore(before.minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS)), createdSince);
        assertFalse(since.isAfter(after.minus(Duration.ofHours(2))), createdSince);
        assertEquals(0, consumer.getErrorCounter());
    }

    @Test
    void eachListedJobIsReadOnTheConnectionAndEachChangeIsEmittedOnceUnderItsExternalId() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs", "mock:events");
        MockEndpoint events = getMockEndpoint("mock:events");
        listing("job_a", "job_b");
        status("job_a", CartoAnswers.jobStatus("running"));
        status("job_b", CartoAnswers.jobStatus("pending"));

        consumer.run();
        assertEquals(List.of("job_a:RUNNING", "job_b:PENDING"), summary(events));
        Message first = events.getReceivedExchanges().get(0).getMessage();
        assertEquals("conn", first.getHeader(CartoConstants.CONNECTION));
        assertNull(first.getHeader(CartoConstants.JOB_PREVIOUS_STATUS));
        Map<?, ?> body = first.getBody(Map.class);
        assertEquals("running", body.get("status"), "the status answer's fields");
        assertEquals("5a32a0ea-555a-48dd-aeb1-8768aae8ef1c", body.get("connectionId"), "and the listing's");
        assertEquals("job_h8UWzpdzX0s2XAAXQd3rdWCdPUT9", body.get("jobId"), "CARTO's own jobId stays in the body");

        consumer.run();
        assertEquals(2, events.getReceivedCounter(), "unchanged states emit nothing");

        status("job_a", CartoAnswers.jobStatus("success"));
        status("job_b", CartoAnswers.jobFailed("invalidQuery", "Table t was not found"));
        consumer.run();
        assertEquals(List.of("job_a:RUNNING", "job_b:PENDING", "job_a:DONE", "job_b:FAILED"), summary(events));
        assertEquals(CartoJobStatus.RUNNING,
                events.getReceivedExchanges().get(2).getMessage().getHeader(CartoConstants.JOB_PREVIOUS_STATUS));

        // ended jobs stay listed (created_since lists finished ones too) but are never read again
        consumer.run();
        consumer.run();
        assertEquals(4, events.getReceivedCounter());
        carto.verify(3, getRequestedFor(urlPathEqualTo(JOB + "job_a")));
        carto.verify(3, getRequestedFor(urlPathEqualTo(JOB + "job_b")));
        carto.verify(0, getRequestedFor(urlPathEqualTo(JOB + "job_h8UWzpdzX0s2XAAXQd3rdWCdPUT9")));
        assertEquals(0, consumer.getErrorCounter());
    }

    @Test
    void withJobTagOnlyTheListedJobsCarryingItAreFollowed() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs?jobTag=orders-app&emitOn=terminal", "mock:events");
        MockEndpoint events = getMockEndpoint("mock:events");
        Map<String, Map<String, ?>> listed = new LinkedHashMap<>();
        listed.put("job_mine", Map.of(SubmissionMetadata.TAG, "orders-app"));
        listed.put("job_other_app", Map.of(SubmissionMetadata.TAG, "billing"));
        listed.put("job_untagged", Map.of());
        carto.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson(CartoAnswers.jobsListingWithMetadata(listed))));
        status("job_mine", CartoAnswers.jobStatus("success"));

        consumer.run();
        consumer.run();

        assertEquals(List.of("job_mine:DONE"), summary(events));
        carto.verify(0, getRequestedFor(urlPathEqualTo(JOB + "job_other_app")));
        carto.verify(0, getRequestedFor(urlPathEqualTo(JOB + "job_untagged")));
        assertEquals(0, consumer.getErrorCounter());
    }

    @Test
    void aJobThatLeftTheListingUnfinishedIsStillReadForItsEnd() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs", "mock:events");
        MockEndpoint events = getMockEndpoint("mock:events");
        listing("job_x");
        status("job_x", CartoAnswers.jobStatus("running"));
        consumer.run();

        listing();
        status("job_x", CartoAnswers.jobFailed("invalidQuery", "Table t was not found"));
        consumer.run();
        consumer.run();

        assertEquals(List.of("job_x:RUNNING", "job_x:FAILED"), summary(events));
        Map<?, ?> body = events.getReceivedExchanges().get(1).getMessage().getBody(Map.class);
        assertEquals(Map.of("code", "invalidQuery", "msg", "Table t was not found"), body.get("error"));
        carto.verify(2, getRequestedFor(urlPathEqualTo(JOB + "job_x")));
    }

    @Test
    void aJobCartoCannotReadOnTheConnectionIsDroppedWithoutAnEventOrAFailedPoll() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs", "mock:events");
        listing("job_gone", "job_ok");
        carto.stubFor(get(urlPathEqualTo(JOB + "job_gone")).willReturn(aResponse().withStatus(404)
                .withBody(CartoAnswers.error("Job job_gone not found", 404, Map.of()))));
        status("job_ok", CartoAnswers.jobStatus("success"));
        consumer.run();
        consumer.run();
        assertEquals(List.of("job_ok:DONE"), summary(getMockEndpoint("mock:events")));
        assertEquals(0, consumer.getErrorCounter());
        carto.verify(1, getRequestedFor(urlPathEqualTo(JOB + "job_gone")));
    }

    /** A listed id that cannot be a path segment is never sent, and fails that job's read, not the poll. */
    @Test
    void aListedIdThatIsADotSegmentFailsItsOwnReadNotThePoll() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs", "mock:events");
        listing(".", "job_ok");
        status("job_ok", CartoAnswers.jobStatus("success"));
        consumer.run();
        assertEquals(List.of("job_ok:DONE"), summary(getMockEndpoint("mock:events")));
        assertEquals(0, consumer.getErrorCounter());
        assertEquals(1, reads());
    }

    /** One job's failing read is that job's problem: the others are delivered and the poll succeeds. */
    @Test
    void oneJobsFailingReadDoesNotFailThePollAndIsReadAgainLater() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs?maxRetries=0", "mock:events");
        MockEndpoint events = getMockEndpoint("mock:events");
        listing("job_a", "job_b");
        carto.stubFor(get(urlPathEqualTo(JOB + "job_a")).willReturn(aResponse().withStatus(500)
                .withBody(CartoAnswers.error("Internal error", 500, Map.of()))));
        status("job_b", CartoAnswers.jobStatus("success"));
        consumer.run();
        assertEquals(List.of("job_b:DONE"), summary(events));
        assertEquals(0, consumer.getErrorCounter());

        status("job_a", CartoAnswers.jobStatus("success"));
        consumer.run();
        assertEquals(List.of("job_b:DONE", "job_a:DONE"), summary(events));
    }

    @Test
    void aRefusedTokenFailsThePoll() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs?jobIds=job_a", "mock:events");
        carto.stubFor(get(urlPathEqualTo(JOB + "job_a")).willReturn(aResponse().withStatus(401)
                .withBody(CartoSamples.body("v3/error"))));
        consumer.run();
        assertEquals(1, consumer.getErrorCounter());
        assertEquals(0, getMockEndpoint("mock:events").getReceivedCounter());
    }

    /** Camel's maxMessagesPerPoll: at most that many status reads per poll, and every job gets its turn. */
    @Test
    void statusReadsPerPollAreBoundedAndEveryJobGetsItsTurn() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs?maxMessagesPerPoll=2&emitOn=terminal", "mock:events");
        listing("j1", "j2", "j3", "j4", "j5");
        carto.stubFor(get(urlPathMatching(JOB + "j\\d")).willReturn(okJson(CartoAnswers.jobStatus("running"))));

        List<Integer> readsPerPoll = new ArrayList<>();
        for (int poll = 0; poll < 5; poll++) {
            int before = reads();
            consumer.run();
            readsPerPoll.add(reads() - before);
        }

        assertEquals(List.of(2, 2, 2, 2, 2), readsPerPoll);
        for (String id : List.of("j1", "j2", "j3", "j4", "j5")) {
            carto.verify(2, getRequestedFor(urlPathEqualTo(JOB + id)));
        }
    }

    /** 2,000 listed jobs (an account's busy day): each poll costs the listing and 100 reads, by default. */
    @Test
    void twoThousandListedJobsCostABoundedNumberOfCallsPerPoll() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs?emitOn=terminal", "mock:events");
        String[] ids = IntStream.range(0, 2000).mapToObj(i -> "job_" + i).toArray(String[]::new);
        listing(ids);
        carto.stubFor(get(urlPathMatching(JOB + "job_\\d+")).willReturn(okJson(CartoAnswers.jobStatus("running"))));

        for (int poll = 0; poll < 20; poll++) {
            int before = carto.getAllServeEvents().size();
            consumer.run();
            assertEquals(1 + 100, carto.getAllServeEvents().size() - before, "calls of poll " + poll);
        }
        // the rotation reached every job once before reading any twice
        assertEquals(2000, carto.getAllServeEvents().stream().map(event -> event.getRequest().getUrl())
                .filter(url -> url.startsWith(JOB)).distinct().count());
    }

    @Test
    void refusesToStartWithoutAConnectionSayingWhy() throws Exception {
        try (CamelContext other = newContext(new CartoConfiguration())) {
            Exception refused = assertThrows(ResolveEndpointFailedException.class,
                    () -> other.getEndpoint("carto:jobs?accessToken=t"));
            String message = refused.getCause().getMessage();
            assertTrue(message.contains("carto:jobs needs option connection") && message.contains("connectionId"), message);
        }
    }

    @Test
    void emitOnTerminalTracksSilentlyAndEmitsTheEndOnce() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs?emitOn=terminal", "mock:events");
        MockEndpoint events = getMockEndpoint("mock:events");
        listing("job_a");
        status("job_a", CartoAnswers.jobStatus("pending"));
        consumer.run();
        status("job_a", CartoAnswers.jobStatus("running"));
        consumer.run();
        assertEquals(0, events.getReceivedCounter());
        status("job_a", CartoAnswers.jobFailed("CANCELLED", "Job execution was cancelled"));
        consumer.run();
        consumer.run();
        assertEquals(List.of("job_a:CANCELLED"), summary(events));
        assertEquals(CartoJobStatus.RUNNING,
                events.getReceivedExchanges().get(0).getMessage().getHeader(CartoConstants.JOB_PREVIOUS_STATUS));
        carto.verify(3, getRequestedFor(urlPathEqualTo(JOB + "job_a")));
    }

    @Test
    void emitOnAllRepeatsRunningJobsButNotEndedOnes() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs?emitOn=all", "mock:events");
        listing("job_a");
        status("job_a", CartoAnswers.jobStatus("running"));
        consumer.run();
        consumer.run();
        status("job_a", CartoAnswers.jobStatus("success"));
        consumer.run();
        consumer.run();
        assertEquals(List.of("job_a:RUNNING", "job_a:RUNNING", "job_a:DONE"), summary(getMockEndpoint("mock:events")));
    }

    @Test
    void aFailedExchangeIsNotRecordedAndIsEmittedAgain() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("carto:jobs?startScheduler=false").routeId("jobs")
                        .process(e -> {
                            if (attempts.incrementAndGet() == 1) {
                                throw new IllegalStateException("webhook down");
                            }
                        })
                        .to("mock:events");
            }
        });
        CartoJobsConsumer consumer = (CartoJobsConsumer) context.getRoute("jobs").getConsumer();
        listing("job_a");
        status("job_a", CartoAnswers.jobFailed("invalidQuery", "boom"));

        consumer.run();
        assertEquals(0, getMockEndpoint("mock:events").getReceivedCounter());
        consumer.run();
        consumer.run();

        assertEquals(2, attempts.get(), "emitted again after the failure, then never again");
        assertEquals(List.of("job_a:FAILED"), summary(getMockEndpoint("mock:events")));
        assertEquals(0, consumer.getErrorCounter(), "a failed exchange is not a failed poll");
    }

    @Test
    void aFileStateRepositoryCarriesStateAcrossRestarts() throws Exception {
        File store = tempDir.resolve("carto-jobs.state").toFile();
        CartoConfiguration shared = context.getComponent("carto", CartoComponent.class).getConfiguration().copy();

        // first run: a is running, b has ended
        FileStateRepository first = FileStateRepository.fileStateRepository(store);
        context.getRegistry().bind("jobState", first);
        CartoJobsConsumer consumer = route("carto:jobs?stateRepository=#jobState", "mock:events");
        listing("job_a", "job_b");
        status("job_a", CartoAnswers.jobStatus("running"));
        status("job_b", CartoAnswers.jobStatus("success"));
        consumer.run();
        assertEquals(List.of("job_a:RUNNING", "job_b:DONE"), summary(getMockEndpoint("mock:events")));
        context.stop();
        first.stop();

        // while stopped: a ended and left the listing (older than the lookback); c appeared
        listing("job_b", "job_c");
        status("job_a", CartoAnswers.jobStatus("success"));
        status("job_c", CartoAnswers.jobStatus("pending"));

        CamelContext second = newContext(shared);
        try {
            second.getRegistry().bind("jobState", FileStateRepository.fileStateRepository(store));
            second.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("carto:jobs?stateRepository=#jobState&startScheduler=false").routeId("jobs").to("mock:after");
                }
            });
            second.start();
            CartoJobsConsumer restarted = (CartoJobsConsumer) second.getRoute("jobs").getConsumer();
            restarted.run();
            restarted.run();
            MockEndpoint after = second.getEndpoint("mock:after", MockEndpoint.class);
            assertEquals(List.of("job_c:PENDING", "job_a:DONE"), summary(after), "b not repeated, a's end not lost");
            assertEquals(CartoJobStatus.RUNNING,
                    after.getReceivedExchanges().get(1).getMessage().getHeader(CartoConstants.JOB_PREVIOUS_STATUS));
        } finally {
            second.stop();
        }
        carto.verify(1, getRequestedFor(urlPathEqualTo(JOB + "job_b")));
        carto.verify(2, getRequestedFor(urlPathEqualTo(JOB + "job_a")));
    }

    @Test
    void jobIdsAreWatchedWithoutTheListingUntilTheyEnd() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs?jobIds=j1, j2", "mock:events");
        status("j1", CartoAnswers.jobStatus("running"));
        status("j2", CartoAnswers.jobStatus("success"));
        consumer.run();
        status("j1", CartoAnswers.jobStatus("success"));
        consumer.run();
        consumer.run();

        assertEquals(List.of("j1:RUNNING", "j2:DONE", "j1:DONE"), summary(getMockEndpoint("mock:events")));
        carto.verify(2, getRequestedFor(urlPathEqualTo(JOB + "j1")));
        carto.verify(1, getRequestedFor(urlPathEqualTo(JOB + "j2")));
        carto.verify(0, getRequestedFor(urlPathEqualTo(LIST)));
    }

    @Test
    void pollErrorsMakeTheReadinessCheckDownUntilAPollSucceeds() throws Exception {
        // what camel-main does with camel.health.consumersEnabled=true (its default)
        HealthCheckRegistry.get(context).register(new ConsumersHealthCheckRepository());
        CartoJobsConsumer consumer = route("carto:jobs?maxRetries=0", "mock:events");
        carto.stubFor(get(urlPathEqualTo(LIST)).willReturn(aResponse().withStatus(503).withBody("{\"error\":\"down\"}")));
        consumer.run();
        consumer.run();

        assertEquals(2, consumer.getErrorCounter());
        HealthCheck.Result down = readiness(consumer);
        assertEquals(HealthCheck.State.DOWN, down.getState());
        assertEquals(2L, down.getDetails().get(HealthCheck.FAILURE_ERROR_COUNT));
        assertTrue(down.getError().orElseThrow().getMessage().contains("HTTP 503"));

        listing();
        consumer.run();
        assertEquals(HealthCheck.State.UP, readiness(consumer).getState());
    }

    @Test
    void aHungListingBecomesAPollError() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs?maxRetries=0&requestTimeout=200", "mock:events");
        carto.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson(CartoAnswers.jobsListing()).withFixedDelay(2000)));
        consumer.run();
        assertEquals(1, consumer.getErrorCounter());
        String error = consumer.getHealthCheck().call(Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS))
                .getError().orElseThrow().getMessage();
        assertTrue(error.contains("requestTimeout=200"), error);
    }

    @Test
    void theConsumerPollsEvery30SecondsByDefaultAndTakesCamelsSchedulerOptions() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs", "mock:events");
        assertEquals(30_000, consumer.getDelay());
        context.getRouteController().stopRoute("jobs");
        context.removeRoute("jobs");

        consumer = route("carto:jobs?delay=5s&backoffErrorThreshold=3&backoffMultiplier=4", "mock:events");
        assertEquals(5_000, consumer.getDelay());
        assertEquals(3, consumer.getBackoffErrorThreshold());
        assertEquals(4, consumer.getBackoffMultiplier());
    }

    @Test
    void onlyCartoJobsConsumesAndCartoJobsDoesNotSend() {
        Exception notAConsumer = assertThrows(UnsupportedOperationException.class,
                () -> context.getEndpoint("carto:query").createConsumer(e -> {
                }));
        assertTrue(notAConsumer.getMessage().contains("carto:query only sends"), notAConsumer.getMessage());
        Exception notAProducer = assertThrows(UnsupportedOperationException.class,
                () -> context.getEndpoint("carto:jobs").createProducer());
        assertTrue(notAProducer.getMessage().contains("send to carto:job"), notAProducer.getMessage());
    }

    private CartoJobsConsumer route(String uri, String to) throws Exception {
        String scheduled = uri + (uri.contains("?") ? "&" : "?") + "startScheduler=false";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(scheduled).routeId("jobs").to(to);
            }
        });
        return (CartoJobsConsumer) context.getRoute("jobs").getConsumer();
    }

    private HealthCheck.Result readiness(CartoJobsConsumer consumer) {
        HealthCheck.Result viaRegistry = HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().equals("consumer:jobs")).findFirst().orElseThrow();
        HealthCheck.Result direct = consumer.getHealthCheck()
                .call(Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS));
        assertEquals(direct.getState(), viaRegistry.getState());
        return viaRegistry;
    }

    /** v3/jobs-list (Appendix B 'job listing'): a bare array of create-shaped entries, no status. */
    private static void listing(String... externalIds) {
        carto.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson(CartoAnswers.jobsListing(externalIds))));
    }

    /** The answer of {@code GET /v3/sql/conn/job/{externalId}}. */
    private static void status(String externalId, String answer) {
        carto.stubFor(get(urlPathEqualTo(JOB + externalId)).willReturn(okJson(answer)));
    }

    private static int reads() {
        return (int) carto.getAllServeEvents().stream().filter(event -> event.getRequest().getUrl().startsWith(JOB)).count();
    }

    private static List<String> summary(MockEndpoint events) {
        return events.getReceivedExchanges().stream().map(Exchange::getMessage)
                .map(m -> m.getHeader(CartoConstants.JOB_ID) + ":" + m.getHeader(CartoConstants.JOB_STATUS)).toList();
    }

    private static CamelContext newContext(CartoConfiguration configuration) {
        CamelContext other = new DefaultCamelContext();
        CartoComponent component = new CartoComponent();
        component.setConfiguration(configuration);
        other.addComponent("carto", component);
        return other;
    }
}
