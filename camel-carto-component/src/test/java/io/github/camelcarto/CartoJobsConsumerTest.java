package io.github.camelcarto;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelcarto.client.CartoJobStatus;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * carto:jobs against a WireMock listing. The scheduler is not started: each test runs polls itself with
 * {@code consumer.run()}, so every poll is deterministic and the assertions need no waiting.
 */
class CartoJobsConsumerTest extends CartoWireMockTestSupport {

    private static final String LIST = "/v3/sql/jobs";

    @TempDir
    Path tempDir;

    @Test
    void changeEmitsEveryNewStatusOnceWhateverTheListingShape() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs", "mock:events");
        MockEndpoint events = getMockEndpoint("mock:events");

        listing("[{\"jobId\":\"a\",\"status\":\"running\",\"connection\":\"c1\"},"
                + "{\"externalId\":\"b\",\"status\":{\"state\":\"PENDING\"}}]");
        consumer.run();
        assertEquals(List.of("a:RUNNING", "b:PENDING"), summary(events));
        Message first = events.getReceivedExchanges().get(0).getMessage();
        assertEquals("c1", first.getHeader(CartoConstants.CONNECTION));
        assertNull(first.getHeader(CartoConstants.JOB_PREVIOUS_STATUS));
        assertEquals("running", first.getBody(Map.class).get("status"));
        // b names no connection: the endpoint's option is the fallback
        assertEquals("conn", events.getReceivedExchanges().get(1).getMessage().getHeader(CartoConstants.CONNECTION));

        consumer.run();
        assertEquals(2, events.getReceivedCounter(), "an unchanged listing emits nothing");

        listing("{\"jobs\":[{\"jobId\":\"a\",\"status\":\"success\"},{\"externalId\":\"b\",\"status\":{\"state\":\"RUNNING\"}}]}");
        consumer.run();
        assertEquals(List.of("a:RUNNING", "b:PENDING", "a:DONE", "b:RUNNING"), summary(events));
        assertEquals(CartoJobStatus.RUNNING,
                events.getReceivedExchanges().get(2).getMessage().getHeader(CartoConstants.JOB_PREVIOUS_STATUS));

        listing("{\"results\":[{\"jobId\":\"a\",\"status\":\"success\"},{\"externalId\":\"b\",\"status\":{\"state\":\"RUNNING\"}}],"
                + "\"total\":2}");
        consumer.run();
        assertEquals(4, events.getReceivedCounter());
        assertEquals(0, consumer.getErrorCounter());
    }

    @Test
    void aRunningJobThatLeftTheListingIsReadOnceForItsEnd() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs", "mock:events");
        MockEndpoint events = getMockEndpoint("mock:events");
        listing("[{\"jobId\":\"x\",\"status\":\"running\",\"connectionName\":\"c9\"}]");
        consumer.run();

        listing("[]");
        carto.stubFor(get(urlPathEqualTo("/v3/sql/c9/job/x")).willReturn(okJson(
                "{\"jobId\":\"x\",\"status\":\"failure\",\"error\":{\"code\":400,\"msg\":\"Table t was not found\"}}")));
        consumer.run();
        consumer.run();

        assertEquals(List.of("x:RUNNING", "x:FAILED"), summary(events));
        Map<?, ?> body = events.getReceivedExchanges().get(1).getMessage().getBody(Map.class);
        assertEquals(Map.of("code", 400, "msg", "Table t was not found"), body.get("error"));
        carto.verify(1, getRequestedFor(urlPathEqualTo("/v3/sql/c9/job/x")));
    }

    @Test
    void anUnlistedJobStillRunningIsReadAgainOnTheNextPoll() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs", "mock:events");
        MockEndpoint events = getMockEndpoint("mock:events");
        listing("[{\"jobId\":\"p\",\"status\":\"pending\"}]");
        consumer.run();
        listing("[]");
        carto.stubFor(get(urlPathEqualTo("/v3/sql/conn/job/p")).willReturn(okJson("{\"jobId\":\"p\",\"status\":\"running\"}")));
        consumer.run();
        consumer.run();
        carto.stubFor(get(urlPathEqualTo("/v3/sql/conn/job/p")).willReturn(okJson("{\"jobId\":\"p\",\"status\":\"success\"}")));
        consumer.run();
        consumer.run();
        assertEquals(List.of("p:PENDING", "p:RUNNING", "p:DONE"), summary(events));
        carto.verify(3, getRequestedFor(urlPathEqualTo("/v3/sql/conn/job/p")));
    }

    @Test
    void aJobCartoForgotIsDroppedWithoutAnEvent() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs", "mock:events");
        listing("[{\"jobId\":\"gone\",\"status\":\"running\"}]");
        consumer.run();
        listing("[]");
        carto.stubFor(get(urlPathEqualTo("/v3/sql/conn/job/gone")).willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":\"Job not found\"}")));
        consumer.run();
        consumer.run();
        assertEquals(1, getMockEndpoint("mock:events").getReceivedCounter());
        assertEquals(0, consumer.getErrorCounter());
        carto.verify(1, getRequestedFor(urlPathEqualTo("/v3/sql/conn/job/gone")));
    }

    @Test
    void emitOnTerminalTracksSilentlyAndEmitsTheEndOnce() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs?emitOn=terminal", "mock:events");
        MockEndpoint events = getMockEndpoint("mock:events");
        listing("[{\"jobId\":\"a\",\"status\":\"pending\"}]");
        consumer.run();
        listing("[{\"jobId\":\"a\",\"status\":\"running\"}]");
        consumer.run();
        assertEquals(0, events.getReceivedCounter());
        listing("[{\"jobId\":\"a\",\"status\":\"cancelled\"}]");
        consumer.run();
        consumer.run();
        assertEquals(List.of("a:CANCELLED"), summary(events));
        assertEquals(CartoJobStatus.RUNNING,
                events.getReceivedExchanges().get(0).getMessage().getHeader(CartoConstants.JOB_PREVIOUS_STATUS));
    }

    @Test
    void emitOnAllRepeatsRunningJobsButNotEndedOnes() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs?emitOn=all", "mock:events");
        listing("[{\"jobId\":\"a\",\"status\":\"running\"}]");
        consumer.run();
        consumer.run();
        listing("[{\"jobId\":\"a\",\"status\":\"success\"}]");
        consumer.run();
        consumer.run();
        assertEquals(List.of("a:RUNNING", "a:RUNNING", "a:DONE"), summary(getMockEndpoint("mock:events")));
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
        listing("[{\"jobId\":\"a\",\"status\":\"failure\",\"error\":\"boom\"}]");

        consumer.run();
        assertEquals(0, getMockEndpoint("mock:events").getReceivedCounter());
        consumer.run();
        consumer.run();

        assertEquals(2, attempts.get(), "emitted again after the failure, then never again");
        assertEquals(List.of("a:FAILED"), summary(getMockEndpoint("mock:events")));
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
        listing("[{\"jobId\":\"a\",\"status\":\"running\",\"connection\":\"c\"},{\"jobId\":\"b\",\"status\":\"success\"}]");
        consumer.run();
        assertEquals(List.of("a:RUNNING", "b:DONE"), summary(getMockEndpoint("mock:events")));
        context.stop();
        first.stop();

        // while stopped: a ended and left the listing; c appeared
        listing("[{\"jobId\":\"b\",\"status\":\"success\"},{\"jobId\":\"c\",\"status\":\"pending\"}]");
        carto.stubFor(get(urlPathEqualTo("/v3/sql/c/job/a")).willReturn(okJson("{\"jobId\":\"a\",\"status\":\"success\"}")));

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
            assertEquals(List.of("c:PENDING", "a:DONE"), summary(after), "b not repeated, a's end not lost");
            assertEquals(CartoJobStatus.RUNNING,
                    after.getReceivedExchanges().get(1).getMessage().getHeader(CartoConstants.JOB_PREVIOUS_STATUS));
        } finally {
            second.stop();
        }
        carto.verify(1, getRequestedFor(urlPathEqualTo("/v3/sql/c/job/a")));
    }

    @Test
    void jobIdsAreWatchedWithoutTheListingUntilTheyEnd() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs?jobIds=j1, j2", "mock:events");
        carto.stubFor(get(urlPathEqualTo("/v3/sql/conn/job/j1")).willReturn(okJson("{\"jobId\":\"j1\",\"status\":\"running\"}")));
        carto.stubFor(get(urlPathEqualTo("/v3/sql/conn/job/j2")).willReturn(okJson("{\"jobId\":\"j2\",\"status\":\"success\"}")));
        consumer.run();
        carto.stubFor(get(urlPathEqualTo("/v3/sql/conn/job/j1")).willReturn(okJson("{\"jobId\":\"j1\",\"status\":\"success\"}")));
        consumer.run();
        consumer.run();

        assertEquals(List.of("j1:RUNNING", "j2:DONE", "j1:DONE"), summary(getMockEndpoint("mock:events")));
        carto.verify(2, getRequestedFor(urlPathEqualTo("/v3/sql/conn/job/j1")));
        carto.verify(1, getRequestedFor(urlPathEqualTo("/v3/sql/conn/job/j2")));
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

        listing("[]");
        consumer.run();
        assertEquals(HealthCheck.State.UP, readiness(consumer).getState());
    }

    @Test
    void aHungListingBecomesAPollError() throws Exception {
        CartoJobsConsumer consumer = route("carto:jobs?maxRetries=0&requestTimeout=200", "mock:events");
        carto.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]").withFixedDelay(2000)));
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

    private static void listing(String json) {
        carto.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson(json)));
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
