package io.github.camelcarto;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelcarto.client.CartoJobFailedException;
import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.client.JobWaiter;
import io.github.camelcarto.client.QueryParameters;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.http.Json;
import io.github.camelcarto.testing.CartoAnswers;
import org.apache.camel.AsyncProducer;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelcarto.testing.SuccessiveAnswers.answerJsonInTurn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * carto:job, carto:workflow and carto:import with an idempotency key, against a WireMock CARTO: a key submitted before
 * is taken up instead of submitted again, from the state repository, or from CARTO's jobs listing when the repository
 * lost it; the redelivery ends as the first delivery would have.
 */
class IdempotentSubmissionTest extends CartoWireMockTestSupport {

    private static final String JOBS = "/v3/sql/conn/job";
    private static final String LIST = "/v3/sql/jobs";
    private static final String IMPORTS = "/v3/imports";
    private static final String KEYED = "&idempotencyKey=${header.msgId}&stateRepository=#state";

    @BindToRegistry("state")
    private final MemoryStateRepository state = new MemoryStateRepository();
    @BindToRegistry("held")
    private final HeldStateRepository held = new HeldStateRepository();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:wait").routeId("wait").to("carto:job?waitForCompletion=true" + KEYED);
                from("direct:submit").to("carto:job?jobTag=orders-app" + KEYED);
                from("direct:headerKey").to("carto:job?waitForCompletion=true&stateRepository=#state");
                from("direct:workflow").to("carto:workflow?procedure=p.workflows_temp.wfproc_x&fetchOutput=false" + KEYED);
                from("direct:import").to("carto:import?destination=proj.ds.stores" + KEYED);
            }
        };
    }

    @BeforeEach
    void nothingListedYet() {
        carto.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
    }

    @Test
    void aRedeliveryOfAJobThatEndedCompletesAtOnceWithTheHeadersOfTheFirstRun() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("job_1"))));
        answerJsonInTurn(carto, get(urlPathEqualTo(JOBS + "/job_1")), CartoAnswers.jobStatus("running"),
                CartoAnswers.jobStatus("success"));

        Exchange first = template.request("direct:wait", e -> withKey(e, "m-1", "CREATE TABLE t AS SELECT 1"));
        Exchange again = template.request("direct:wait", e -> withKey(e, "m-1", "CREATE TABLE t AS SELECT 1"));

        assertNull(first.getException());
        assertNull(again.getException());
        assertEquals(Boolean.FALSE, first.getMessage().getHeader(CartoConstants.RESUMED));
        assertEquals(Boolean.TRUE, again.getMessage().getHeader(CartoConstants.RESUMED));
        assertEquals(cartoHeaders(first), cartoHeaders(again), "the same headers as the first run");
        assertEquals("job_1", again.getMessage().getHeader(CartoConstants.JOB_ID));
        assertEquals(CartoJobStatus.DONE, again.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals(0, again.getMessage().getHeader(CartoConstants.POLL_COUNT), "it had ended: no wait");
        assertEquals("success", again.getMessage().getBody(Map.class).get("status"));
        carto.verify(1, postRequestedFor(urlPathEqualTo(JOBS)));
        carto.verify(1, getRequestedFor(urlPathEqualTo(LIST))); // "only the new key was looked up in CARTO's listing"

        JsonNode metadata = submittedBodies().get(0).path("metadata");
        assertEquals("m-1", metadata.path(SubmissionMetadata.IDEMPOTENCY_KEY).asText());
        assertEquals("job", metadata.path(SubmissionMetadata.KIND).asText());
        assertEquals(64, metadata.path(SubmissionMetadata.REQUEST).asText().length(), "a SHA-256, not the SQL");
        assertFalse(metadata.toString().contains("CREATE TABLE"), metadata.toString());
    }

    @Test
    void aRedeliveryOfAJobThatFailedFailsWithTheSameTypedException() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("job_f"))));
        carto.stubFor(get(urlPathEqualTo(JOBS + "/job_f")).willReturn(okJson(
                CartoAnswers.jobFailed("invalidQuery", "Table t was not found"))));

        Exchange first = template.request("direct:wait", e -> withKey(e, "m-2", "SELECT * FROM t"));
        Exchange again = template.request("direct:wait", e -> withKey(e, "m-2", "SELECT * FROM t"));

        CartoJobFailedException firstFailure = assertInstanceOf(CartoJobFailedException.class, first.getException());
        CartoJobFailedException failure = assertInstanceOf(CartoJobFailedException.class, again.getException());
        assertEquals("job_f", failure.getJobId());
        assertEquals(firstFailure.getStatus(), failure.getStatus());
        assertEquals("Table t was not found", failure.getCartoMessage());
        assertEquals(cartoHeaders(first), cartoHeaders(again));
        carto.verify(1, postRequestedFor(urlPathEqualTo(JOBS)));
    }

    @Test
    void aKeyTheStateRepositoryLostIsFoundInCartosListingUnderItsKindOnly() {
        String fingerprint = SubmissionRequest.ofSql("m-9", CartoEndpointKind.JOB, "conn", "SELECT 9",
                QueryParameters.none()).fingerprint();
        Map<String, Map<String, ?>> listed = new LinkedHashMap<>();
        listed.put("job_other", Map.of(SubmissionMetadata.IDEMPOTENCY_KEY, "m-1", SubmissionMetadata.KIND, "job"));
        listed.put("job_wf", Map.of(SubmissionMetadata.IDEMPOTENCY_KEY, "m-9", SubmissionMetadata.KIND, "workflow"));
        listed.put("job_9", Map.of(SubmissionMetadata.IDEMPOTENCY_KEY, "m-9", SubmissionMetadata.KIND, "job",
                SubmissionMetadata.REQUEST, fingerprint));
        carto.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson(CartoAnswers.jobsListingWithMetadata(listed))));
        carto.stubFor(get(urlPathEqualTo(JOBS + "/job_9")).willReturn(okJson(CartoAnswers.jobStatus("success"))));

        Exchange found = template.request("direct:wait", e -> withKey(e, "m-9", "SELECT 9"));
        Exchange again = template.request("direct:wait", e -> withKey(e, "m-9", "SELECT 9"));

        assertNull(found.getException());
        assertEquals("job_9", found.getMessage().getHeader(CartoConstants.JOB_ID));
        assertEquals(Boolean.TRUE, found.getMessage().getHeader(CartoConstants.RESUMED));
        assertEquals("job_9", again.getMessage().getHeader(CartoConstants.JOB_ID));
        carto.verify(0, postRequestedFor(urlPathEqualTo(JOBS)));
        carto.verify(1, getRequestedFor(urlPathEqualTo(LIST))); // "found once, then recorded in the state repository"
        assertTrue(state.getState("camel-carto.submission.job.m-9").contains("job_9"));
    }

    @Test
    void theSameKeyForOtherSqlIsAConflictRaisedBeforeAnyCall() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("job_1"))));
        template.request("direct:submit", e -> withKey(e, "m-3", "INSERT INTO a SELECT 1"));
        int calls = carto.getAllServeEvents().size();

        Exchange other = template.request("direct:submit", e -> withKey(e, "m-3", "INSERT INTO b SELECT 1"));

        CartoIdempotencyConflictException conflict = assertInstanceOf(CartoIdempotencyConflictException.class,
                other.getException());
        assertEquals("m-3", conflict.getIdempotencyKey());
        assertEquals("job_1", conflict.getJobId());
        assertTrue(conflict.getMessage().contains("idempotencyKey"), conflict.getMessage());
        assertEquals(calls, carto.getAllServeEvents().size(), "no call was made");
    }

    @Test
    void theHeaderGivesTheKeyAndATagAndTheRoutesMetadataTravelWithTheJob() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("job_t"))));

        Exchange result = template.request("direct:submit", e -> {
            withKey(e, "ignored-option-key", "SELECT 1");
            e.getMessage().setHeader(CartoConstants.IDEMPOTENCY_KEY, "from-header");
            e.getMessage().setHeader(CartoConstants.JOB_METADATA, Map.of("team", "geo"));
        });

        assertNull(result.getException());
        assertEquals(CartoJobStatus.PENDING, result.getMessage().getHeader(CartoConstants.JOB_STATUS),
                "without waiting, the exchange is free as soon as CARTO took the job");
        JsonNode metadata = submittedBodies().get(0).path("metadata");
        assertEquals("from-header", metadata.path(SubmissionMetadata.IDEMPOTENCY_KEY).asText());
        assertEquals("orders-app", metadata.path(SubmissionMetadata.TAG).asText());
        assertEquals("geo", metadata.path("team").asText());
    }

    @Test
    void aWorkflowRunTakenUpByItsKeyStillNamesItsOutputTable() {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(
                CartoAnswers.workflowJobCreated("job_wf", "p.workflows_temp.wfproc_x_out"))));
        carto.stubFor(get(urlPathEqualTo(JOBS + "/job_wf")).willReturn(okJson(CartoAnswers.workflowJobDone())));

        Exchange first = template.request("direct:workflow", e -> withKey(e, "m-4", Map.of("n", 1)));
        Exchange again = template.request("direct:workflow", e -> withKey(e, "m-4", Map.of("n", 1)));

        assertNull(again.getException());
        assertEquals("p.workflows_temp.wfproc_x_out", again.getMessage().getHeader(CartoConstants.WORKFLOW_OUTPUT_TABLE),
                "the status read does not repeat it: the state repository kept it");
        assertEquals(cartoHeaders(first), cartoHeaders(again));
        carto.verify(1, postRequestedFor(urlPathEqualTo(JOBS)));
        assertEquals("workflow", submittedBodies().get(0).path("metadata").path(SubmissionMetadata.KIND).asText());
    }

    @Test
    void anImportIsTakenUpFromTheStateRepositoryAloneAndSendsNoMetadata() {
        carto.stubFor(post(urlPathEqualTo(IMPORTS)).willReturn(okJson("{\"jobId\":\"imp-1\"}")));
        carto.stubFor(get(urlPathEqualTo(IMPORTS + "/imp-1")).willReturn(okJson(
                "{\"jobId\":\"imp-1\",\"status\":\"success\",\"rowCount\":7}")));

        Exchange first = template.request("direct:import", e -> withKey(e, "f-1", "https://s3.example.com/a.csv?sig=1"));
        // a presigned URL is signed anew on each delivery: the connection and destination identify the import
        Exchange again = template.request("direct:import", e -> withKey(e, "f-1", "https://s3.example.com/a.csv?sig=2"));

        assertNull(again.getException());
        assertEquals(Boolean.TRUE, again.getMessage().getHeader(CartoConstants.RESUMED));
        assertEquals("imp-1", again.getMessage().getHeader(CartoConstants.IMPORT_ID));
        assertEquals("proj.ds.stores", again.getMessage().getHeader(CartoConstants.TABLE));
        assertEquals(CartoJobStatus.DONE, again.getMessage().getHeader(CartoConstants.JOB_STATUS));
        assertEquals(cartoHeaders(first), cartoHeaders(again));
        carto.verify(1, postRequestedFor(urlPathEqualTo(IMPORTS)));
        carto.verify(0, getRequestedFor(urlPathEqualTo(LIST))); // "imports are not in the SQL jobs listing"
        assertTrue(carto.findAll(postRequestedFor(urlPathEqualTo(IMPORTS))).get(0).getBodyAsString().indexOf("metadata") < 0);
    }

    @Test
    void aJobCartoForgotFailsTypedNamingTheKeyItWasFoundUnder() {
        state.setState("camel-carto.submission.job.m-5", new SubmissionRecord("job_gone", "conn",
                SubmissionRequest.ofSql("m-5", CartoEndpointKind.JOB, "conn", "SELECT 5", QueryParameters.none())
                        .fingerprint(), null, null).toJson());
        carto.stubFor(get(urlPathEqualTo(JOBS + "/job_gone")).willReturn(notFound().withHeader("Content-Type",
                "application/json").withBody(CartoAnswers.error("Job job_gone not found", 404, Map.of()))));

        Exchange result = template.request("direct:wait", e -> withKey(e, "m-5", "SELECT 5"));

        CartoHttpException gone = assertInstanceOf(CartoHttpException.class, result.getException());
        assertEquals(404, gone.getStatusCode());
        assertTrue(gone.getMessage().contains("idempotency key 'm-5'") && gone.getMessage().contains("another key"),
                gone.getMessage());
        carto.verify(0, postRequestedFor(urlPathEqualTo(JOBS)));
    }

    @Test
    void stoppingTheRouteLeavesAKeyedJobRunningAndTheRedeliveryTakesItUp() throws Exception {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("job_s"))));
        carto.stubFor(get(urlPathEqualTo(JOBS + "/job_s")).willReturn(okJson(CartoAnswers.jobStatus("running"))));
        carto.stubFor(delete(urlPathEqualTo(JOBS + "/job_s")).willReturn(okJson(
                CartoAnswers.jobFailed("CANCELLED", "Job execution was cancelled"))));
        CompletableFuture<Exchange> waiting = template.asyncSend("direct:wait", e -> withKey(e, "m-6", "CALL slow()"));
        awaitCondition(() -> waiter().inFlight() == 1);

        context.getRouteController().stopRoute("wait", 1, TimeUnit.SECONDS);

        Exchange stopped = waiting.get(10, TimeUnit.SECONDS);
        assertTrue(stopped.getException().getMessage().contains("left running"), stopped.getException().getMessage());
        carto.verify(0, deleteRequestedFor(urlPathEqualTo(JOBS + "/job_s")));

        carto.stubFor(get(urlPathEqualTo(JOBS + "/job_s")).willReturn(okJson(CartoAnswers.jobStatus("success"))));
        context.getRouteController().startRoute("wait");
        Exchange redelivered = template.request("direct:wait", e -> withKey(e, "m-6", "CALL slow()"));
        assertNull(redelivered.getException());
        assertEquals("job_s", redelivered.getMessage().getHeader(CartoConstants.JOB_ID));
        assertEquals(CartoJobStatus.DONE, redelivered.getMessage().getHeader(CartoConstants.JOB_STATUS));
        carto.verify(1, postRequestedFor(urlPathEqualTo(JOBS)));
    }

    @Test
    void exchangesCarryingTheSameKeyAtOnceShareOneSubmission() throws Exception {
        carto.stubFor(post(urlPathEqualTo(JOBS)).willReturn(okJson(CartoAnswers.jobCreated("job_j"))));
        carto.stubFor(get(urlPathEqualTo(JOBS + "/job_j")).willReturn(okJson(CartoAnswers.jobStatus("success"))));
        AsyncProducer producer = context.getEndpoint("carto:job?waitForCompletion=true"
                                                     + "&idempotencyKey=${header.msgId}&stateRepository=#held",
                CartoEndpoint.class).createAsyncProducer();
        producer.start();
        Exchange first = keyed("m-7");
        Exchange second = keyed("m-7");
        CompletableFuture<Void> firstDone = new CompletableFuture<>();
        CompletableFuture<Void> secondDone = new CompletableFuture<>();

        held.holdNextRead();
        CompletableFuture.runAsync(() -> producer.process(first, sync -> firstDone.complete(null)));
        assertTrue(held.entered.await(10, TimeUnit.SECONDS), "the first exchange reads the state repository");
        // the first is between reading the repository and submitting: the second joins it, without reading
        producer.process(second, sync -> secondDone.complete(null));
        assertEquals(1, held.reads.get());
        held.release.countDown();
        firstDone.get(10, TimeUnit.SECONDS);
        secondDone.get(10, TimeUnit.SECONDS);

        assertNull(first.getException());
        assertNull(second.getException());
        assertEquals(Boolean.FALSE, first.getMessage().getHeader(CartoConstants.RESUMED));
        assertEquals(Boolean.TRUE, second.getMessage().getHeader(CartoConstants.RESUMED));
        assertEquals("job_j", second.getMessage().getHeader(CartoConstants.JOB_ID));
        carto.verify(1, postRequestedFor(urlPathEqualTo(JOBS)));
        producer.stop();
    }

    @Test
    void aKeyThatComesOutEmptyOrTooLongFailsBeforeAnyCall() {
        Exchange empty = template.request("direct:headerKey", e -> {
            e.getMessage().setBody("SELECT 1");
            e.getMessage().setHeader(CartoConstants.IDEMPOTENCY_KEY, " ");
        });
        assertTrue(empty.getException().getMessage().contains("gave no idempotency key"), empty.getException().getMessage());

        Exchange missingHeader = template.request("direct:wait", e -> e.getMessage().setBody("SELECT 1"));
        assertInstanceOf(IllegalArgumentException.class, missingHeader.getException(),
                "${header.msgId} is empty when msgId is not set: submitting without a key would break the promise");

        Exchange tooLong = template.request("direct:headerKey", e -> {
            e.getMessage().setBody("SELECT 1");
            e.getMessage().setHeader(CartoConstants.IDEMPOTENCY_KEY, "k".repeat(201));
        });
        assertTrue(tooLong.getException().getMessage().contains("at most 200"), tooLong.getException().getMessage());
        assertEquals(0, carto.getAllServeEvents().size());
    }

    @Test
    void optionsThatCannotKeepTheirPromiseAreRefusedWhenTheRouteStarts() {
        assertRefused("carto:job?idempotencyKey=fixed", "is the same for every message");
        assertRefused("carto:job?idempotencyKey=${header.id}&apiVersion=v2&apiKey=k"
                      + "&apiBaseUrl=https://u.carto.com", "not with apiVersion=v2");
        assertRefused("carto:import?jobTag=orders", "Imports API keeps no metadata");
    }

    private void assertRefused(String uri, String why) {
        Exception refused = assertThrows(Exception.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:refused-" + Math.abs(uri.hashCode())).to(uri);
            }
        }));
        Throwable cause = refused;
        while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains(why), uri + ": " + refused);
        assertTrue(refused instanceof FailedToCreateRouteException || refused.getCause() != null, refused.toString());
    }

    private Exchange keyed(String key) {
        Exchange exchange = new DefaultExchange(context);
        withKey(exchange, key, "SELECT 7");
        return exchange;
    }

    private static void withKey(Exchange exchange, String key, Object body) {
        exchange.getMessage().setHeader("msgId", key);
        exchange.getMessage().setBody(body);
    }

    /** The component's headers, without those that measure one run (polls, time) and the resumed flag. */
    private static Map<String, Object> cartoHeaders(Exchange exchange) {
        Map<String, Object> headers = new LinkedHashMap<>();
        Set<String> names = new TreeSet<>(exchange.getMessage().getHeaders().keySet());
        names.stream().filter(name -> name.startsWith("CamelCarto"))
                .forEach(name -> headers.put(name, switch (name) {
                    case CartoConstants.POLL_COUNT, CartoConstants.ELAPSED_MILLIS, CartoConstants.RESUMED -> "(set)";
                    default -> exchange.getMessage().getHeader(name);
                }));
        return headers;
    }

    private static java.util.List<JsonNode> submittedBodies() {
        return carto.findAll(postRequestedFor(urlPathEqualTo(JOBS))).stream().map(LoggedRequest::getBodyAsString)
                .map(body -> {
                    try {
                        return Json.MAPPER.readTree(body);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    private JobWaiter waiter() {
        return context.getComponent("carto", CartoComponent.class).runtime().waiter();
    }

    /** Waits up to 10 s for a condition, polling it as Awaitility does; fails the test if it never holds. */
    private static void awaitCondition(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within 10 s");
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    /** A repository whose next read waits until the test lets it go, to hold an exchange between its steps. */
    static final class HeldStateRepository extends MemoryStateRepository {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger reads = new AtomicInteger();
        private final AtomicBoolean holdNext = new AtomicBoolean();

        void holdNextRead() {
            holdNext.set(true);
        }

        @Override
        public String getState(String key) {
            reads.incrementAndGet();
            if (holdNext.compareAndSet(true, false)) {
                entered.countDown();
                try {
                    if (!release.await(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never released the read");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return super.getState(key);
        }
    }
}
