package io.github.camelcarto;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.CartoJobParser;
import io.github.camelcarto.client.JobControl;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcarto.testing.SuccessiveAnswers.answerInTurn;
import static io.github.camelcarto.testing.SuccessiveAnswers.answerJsonInTurn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What operators see of the jobs in flight, through the dev console (text and JSON) and Micrometer: a job waited for
 * is listed with its connection, status, age and next poll; polls and the back-offs after 429 are counted.
 */
class CartoOperationsTest extends CartoWireMockTestSupport {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // as camel-micrometer binds it
        context.getRegistry().bind("metricsRegistry", meters);
        return context;
    }

    @Test
    void aJobWaitedForIsListedWithItsConnectionStatusAgeAndNextPoll() throws Exception {
        Producer producer = waitForARunningJob("job-42", "carto:job?connection=warehouse&pollInterval=1h&maxPollInterval=1h");

        String text = (String) console().call(DevConsole.MediaType.TEXT);
        JsonObject json = (JsonObject) console().call(DevConsole.MediaType.JSON);

        assertTrue(text.contains("Jobs waiting: 1 {PENDING=0, RUNNING=1, UNKNOWN=0}"), text);
        assertTrue(text.contains("Job job-42 on warehouse: RUNNING for "), text);
        JsonObject carto = json.getCollection("components").stream().map(JsonObject.class::cast).findFirst().orElseThrow();
        assertEquals("carto", carto.getString("component"));
        assertEquals(1, carto.getInteger("jobsWaiting"));
        JsonObject job = carto.getCollection("waitingJobs").stream().map(JsonObject.class::cast).findFirst().orElseThrow();
        assertEquals("job-42", job.getString("jobId"));
        assertEquals("warehouse", job.getString("connection"));
        assertEquals("RUNNING", job.getString("status"));
        long nextPoll = job.getLong("nextPollInMillis");
        assertTrue(nextPoll > Duration.ofMinutes(59).toMillis() && nextPoll <= Duration.ofHours(1).toMillis(),
                "next poll in " + nextPoll + " ms");
        assertEquals(1.0, meters.get("carto.jobs.waiting").tag("status", "RUNNING").gauge().value());
        assertEquals(0.0, meters.get("carto.jobs.waiting").tag("status", "PENDING").gauge().value());

        producer.stop();
        assertEquals(0.0, meters.get("carto.jobs.waiting").tag("status", "RUNNING").gauge().value());
        assertTrue(((String) console().call(DevConsole.MediaType.TEXT)).contains("Jobs waiting: 0"));
    }

    @Test
    void theConsoleListsNoMoreJobsThanItsLimit() throws Exception {
        waitForARunningJob("job-1", "carto:job?pollInterval=1h&maxPollInterval=1h");
        waitForARunningJob("job-2", "carto:job?pollInterval=1h&maxPollInterval=1h");

        String text = (String) console().call(DevConsole.MediaType.TEXT, Map.of(CartoDevConsole.LIMIT, "1"));

        assertTrue(text.contains("Job job-1 on conn"), text);
        assertTrue(text.contains("... and 1 more"), text);
    }

    @Test
    void pollsAreCounted() {
        carto.stubFor(post(urlPathEqualTo("/v3/sql/conn/job")).willReturn(okJson("{\"jobId\":\"j-1\",\"status\":\"pending\"}")));
        answerJsonInTurn(carto, get(urlPathEqualTo("/v3/sql/conn/job/j-1")),
                "{\"jobId\":\"j-1\",\"status\":\"running\"}", "{\"jobId\":\"j-1\",\"status\":\"success\"}");

        Exchange done = template.request("carto:job?waitForCompletion=true", e -> e.getMessage().setBody("SELECT 1"));

        assertNull(done.getException());
        assertEquals(2.0, meters.get("carto.jobs.polls").functionCounter().count());
        assertEquals(2L, component().activity().jobPolls());
    }

    @Test
    void backOffsAfter429AndRetryAfterWaitsAreCounted() {
        answerInTurn(carto, post(urlPathEqualTo("/v3/sql/conn/query")),
                aResponse().withStatus(429), aResponse().withStatus(429).withHeader("Retry-After", "0"),
                okJson("{\"rows\":[],\"schema\":[]}"));

        Exchange done = template.request("carto:query", e -> e.getMessage().setBody("SELECT 1"));

        assertNull(done.getException());
        assertEquals(2.0, meters.get("carto.calls.rate.limited").functionCounter().count());
        FunctionTimer retryAfter = meters.get("carto.calls.retry.after").functionTimer();
        assertEquals(1.0, retryAfter.count());
        JsonObject json = ((JsonObject) console().call(DevConsole.MediaType.JSON)).getCollection("components").stream()
                .map(JsonObject.class::cast).findFirst().orElseThrow();
        assertEquals(2L, json.getLong("rateLimitBackoffs"));
        assertEquals(1L, json.getLong("retryAfterWaits"));
    }

    @Test
    void metersAreTaggedWithTheContextAndComponentOnly() {
        List<String> tagKeys = meters.getMeters().stream().filter(m -> m.getId().getName().startsWith("carto."))
                .flatMap(m -> m.getId().getTags().stream()).map(tag -> tag.getKey()).distinct().sorted().toList();

        assertEquals(List.of("camelContext", "component", "status"), tagKeys);
        assertEquals("carto", meters.get("carto.calls.active").tag("component", "carto")
                .tag("camelContext", context.getName()).gauge().getId().getTag("component"));
    }

    /** A producer of {@code uri} waiting for a running job whose status reads never answer. */
    private Producer waitForARunningJob(String jobId, String uri) throws Exception {
        CartoEndpoint endpoint = context.getEndpoint(uri, CartoEndpoint.class);
        Producer producer = endpoint.createProducer();
        producer.start();
        CartoJob running = CartoJobParser.parse(Map.of("jobId", jobId, "status", "running"));
        JobControl silent = JobControl.of(id -> new CompletableFuture<>(),
                id -> CompletableFuture.completedFuture(CartoJobParser.parse(Map.of("jobId", id, "status", "cancelled"))));
        endpoint.waiter().await(running, silent, endpoint.options().waitOptions(), producer);
        return producer;
    }

    private DevConsole console() {
        return PluginHelper.getDevConsoleResolver(context).resolveDevConsole("carto");
    }

    private CartoComponent component() {
        return context.getComponent("carto", CartoComponent.class);
    }
}
