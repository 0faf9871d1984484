package io.github.camelcarto;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.testing.CartoAnswers;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stopping a route while jobs are being waited for completes those exchanges instead of leaving them hanging. */
class CartoShutdownTest extends CartoWireMockTestSupport {

    private static final String JOBS = "/v3/sql/conn/job";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:cancelling").routeId("cancelling").to("carto:job?waitForCompletion=true");
                from("direct:leaving").routeId("leaving").to("carto:job?waitForCompletion=true&cancelOnTimeout=false");
            }
        };
    }

    @Test
    void stoppingTheRouteEndsTheWaitAndCancelsTheJob() throws Exception {
        stubRunningForever("j-1");
        CompletableFuture<Exchange> pending = startWaiting("direct:cancelling");

        context.getRouteController().stopRoute("cancelling", 1, TimeUnit.SECONDS);

        Exchange result = pending.get(10, TimeUnit.SECONDS);
        CartoException error = assertInstanceOf(CartoException.class, result.getException());
        assertTrue(error.getMessage().contains("j-1") && error.getMessage().contains("a cancel was sent"),
                error.getMessage());
        // the exchange ends as the cancel is sent, without waiting for CARTO's answer: wait for it to arrive
        awaitCondition(() -> !carto.findAll(deleteRequestedFor(urlPathEqualTo(JOBS + "/j-1"))).isEmpty());
        carto.verify(1, deleteRequestedFor(urlPathEqualTo(JOBS + "/j-1")));
        assertEquals(0, waiter().inFlight());
    }

    @Test
    void withCancelOnTimeoutFalseTheJobIsLeftRunning() throws Exception {
        stubRunningForever("j-1");
        CompletableFuture<Exchange> pending = startWaiting("direct:leaving");

        context.getRouteController().stopRoute("leaving", 1, TimeUnit.SECONDS);

        Exchange result = pending.get(10, TimeUnit.SECONDS);
        assertTrue(result.getException().getMessage().contains("left running"), result.getException().getMessage());
        carto.verify(0, deleteRequestedFor(urlPathEqualTo(JOBS + "/j-1")));
    }

    private CompletableFuture<Exchange> startWaiting(String uri) {
        CompletableFuture<Exchange> pending = template.asyncSend(uri, e -> e.getMessage().setBody("SELECT slow()"));
        awaitCondition(() -> waiter().inFlight() == 1);
        return pending;
    }

    /** Waits up to 10 s for a condition, failing the test if it never holds. */
    private static void awaitCondition(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within 10 s");
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5)); // poll the condition, as Awaitility does
        }
    }

    private io.github.camelcarto.client.JobWaiter waiter() {
        return context.getComponent("carto", CartoComponent.class).runtime().waiter();
    }

    private static void stubRunningForever(String id) {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated(id))));
        carto.stubFor(get(urlPathEqualTo(JOBS + "/" + id)).willReturn(okJson(CartoAnswers.jobStatus("running"))));
        carto.stubFor(delete(urlPathEqualTo(JOBS + "/" + id)).willReturn(okJson(
                CartoAnswers.jobFailed("CANCELLED", "Job execution was cancelled"))));
    }
}
