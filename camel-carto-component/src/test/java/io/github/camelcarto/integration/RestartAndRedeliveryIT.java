package io.github.camelcarto.integration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcarto.CartoConstants;
import io.github.camelcarto.client.CartoJobFailedException;
import io.github.camelcarto.client.CartoJobStatus;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The promise of idempotency keys, against carto-local: jobs in flight when the application stops abruptly are taken
 * up by the redelivered messages of the next start, none submitted twice, each ending with its own result.
 */
class RestartAndRedeliveryIT extends GatedJobsSupport {

    private static final String SUBMIT = "direct:submit";
    private static final String SUBMITS = "/v3/sql/carto_dw/job";
    private static final String CANCELS = "/v3/sql/carto_dw/job/.+";

    @TempDir
    Path dir;

    @BeforeEach
    void resultsTable() {
        carto.server().execute("CREATE TABLE IF NOT EXISTS results (run VARCHAR, input INT)");
    }

    @Test
    void aHundredJobsInFlightSurviveAnAbruptStopAndTheirRedeliverySubmitsNothing() throws Exception {
        int inputs = 100;
        Path stateFile = dir.resolve("submissions.state");

        RecordingStateRepository firstState = new RecordingStateRepository(
                FileStateRepository.fileStateRepository(stateFile.toFile()), inputs);
        CartoApp first = CartoApp.start(carto.server(), Map.of("submissions", firstState), routes());
        send(first, "restart", inputs);
        firstState.awaitRecorded();
        assertEquals(inputs, first.http.count("POST", SUBMITS), "each job submitted once");
        first.stopAbruptly();
        assertEquals(0, first.http.count("DELETE", CANCELS), "a stop leaves jobs with a key running");

        try (CartoApp second = CartoApp.start(carto.server(),
                Map.of("submissions", FileStateRepository.fileStateRepository(stateFile.toFile())), routes())) {
            List<CompletableFuture<Exchange>> redelivered = send(second, "restart", inputs);
            JobGate.open("restart");
            List<Exchange> ended = allOf(redelivered);

            assertEquals(0, second.http.count("POST", SUBMITS), "no new submission");
            assertEquals(0, second.http.count("GET", "/v3/sql/jobs"), "every key was in the state repository");
            assertRightResults("restart", ended);
        }
    }

    @Test
    void keysTheStateRepositoryLostAreFoundInCartosListing() throws Exception {
        int inputs = 10;
        RecordingStateRepository firstState = new RecordingStateRepository(new MemoryStateRepository(), inputs);
        CartoApp first = CartoApp.start(carto.server(), Map.of("submissions", firstState), routes());
        send(first, "lost", inputs);
        firstState.awaitRecorded();
        first.stopAbruptly();

        // an in-memory repository starts empty: only CARTO's listing still knows the keys, in the jobs' metadata
        try (CartoApp second = CartoApp.start(carto.server(), Map.of("submissions", new MemoryStateRepository()),
                routes())) {
            List<CompletableFuture<Exchange>> redelivered = send(second, "lost", inputs);
            JobGate.open("lost");
            List<Exchange> ended = allOf(redelivered);

            assertEquals(0, second.http.count("POST", SUBMITS), "no new submission");
            assertTrue(second.http.count("GET", "/v3/sql/jobs") >= 1, "the keys were looked up in the listing");
            assertRightResults("lost", ended);
        }
    }

    /**
     * Input {@code i} of a run inserts {@code (run, i)} once its gate opens; every tenth then fails on a missing
     * table. The key is the message's id, as a queue that redelivers would give it.
     */
    private static RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(SUBMIT).to("carto:job?waitForCompletion=true&idempotencyKey=${header.messageId}"
                                + "&stateRepository=#submissions");
            }
        };
    }

    private static List<CompletableFuture<Exchange>> send(CartoApp app, String run, int inputs) {
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            String sql = "INSERT INTO results VALUES ('" + run + "', " + i + " * " + JobGate.sql(run) + ")"
                         + (failing(i) ? "; SELECT * FROM missing_table_" + i : "");
            sent.add(app.send(SUBMIT, Map.of("messageId", run + "-" + i), sql));
        }
        return sent;
    }

    private static boolean failing(int input) {
        return input % 10 == 0;
    }

    private static List<Exchange> allOf(List<CompletableFuture<Exchange>> exchanges) throws Exception {
        CompletableFuture.allOf(exchanges.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        return exchanges.stream().map(CompletableFuture::join).toList();
    }

    /**
     * Each redelivered input ended with the job submitted for it the first time (CARTO's listing says which, by the
     * key in its metadata), DONE or failed with the typed exception; and each job ran exactly once.
     */
    private static void assertRightResults(String run, List<Exchange> ended) throws Exception {
        Map<String, String> jobByKey = listedJobsByKey();
        for (int i = 0; i < ended.size(); i++) {
            Exchange exchange = ended.get(i);
            String expectedJob = jobByKey.get(run + "-" + i);
            assertEquals(Boolean.TRUE, exchange.getMessage().getHeader(CartoConstants.RESUMED), "input " + i);
            assertEquals(expectedJob, exchange.getMessage().getHeader(CartoConstants.JOB_ID), "input " + i);
            if (failing(i)) {
                CartoJobFailedException failed = assertInstanceOf(CartoJobFailedException.class, exchange.getException(),
                        "input " + i);
                assertEquals(expectedJob, failed.getJobId());
                assertTrue(failed.getCartoMessage().toUpperCase().contains("MISSING_TABLE_" + i), failed.getCartoMessage());
            } else {
                assertNull(exchange.getException(), "input " + i);
                assertEquals(CartoJobStatus.DONE, exchange.getMessage().getHeader(CartoConstants.JOB_STATUS));
            }
        }
        assertEquals(ended.size(), jobByKey.keySet().stream().filter(key -> key.startsWith(run + "-")).count(),
                "CARTO holds one job per input");
        try (Connection connection = carto.server().openConnection(); Statement statement = connection.createStatement();
             ResultSet counts = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT input) FROM results WHERE run = '"
                                                       + run + "'")) {
            counts.next();
            assertEquals(ended.size(), counts.getInt(1), "every job ran once");
            assertEquals(ended.size(), counts.getInt(2));
        }
    }

    /** Idempotency key to job id, from every job carto-local lists (its metadata carries the key). */
    private static Map<String, String> listedJobsByKey() throws Exception {
        HttpResponse<String> listing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(carto.baseUrl() + "/v3/sql/jobs"))
                .header("Authorization", "Bearer " + carto.accessToken()).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> jobs = new HashMap<>();
        for (JsonNode job : new ObjectMapper().readTree(listing.body())) {
            JsonNode key = job.path("metadata").path("camelCartoIdempotencyKey");
            if (key.isTextual() && jobs.put(key.textValue(), job.path("externalId").textValue()) != null) {
                throw new AssertionError("two jobs were submitted under key " + key.textValue());
            }
        }
        return jobs;
    }

    /** A repository that lets the test wait until every input's job was submitted and its key recorded. */
    static final class RecordingStateRepository extends ServiceSupport implements StateRepository<String, String> {

        private final StateRepository<String, String> delegate;
        private final CountDownLatch recorded;

        RecordingStateRepository(StateRepository<String, String> delegate, int submissions) {
            this.delegate = delegate;
            this.recorded = new CountDownLatch(submissions);
        }

        void awaitRecorded() throws InterruptedException {
            assertTrue(recorded.await(2, TimeUnit.MINUTES), recorded.getCount() + " submissions were never recorded");
        }

        @Override
        public void setState(String key, String value) {
            delegate.setState(key, value);
            if (key.startsWith("camel-carto.submission.")) {
                recorded.countDown();
            }
        }

        @Override
        public String getState(String key) {
            return delegate.getState(key);
        }

        @Override
        protected void doStart() throws Exception {
            delegate.start();
        }

        @Override
        protected void doStop() throws Exception {
            delegate.stop();
        }
    }
}
