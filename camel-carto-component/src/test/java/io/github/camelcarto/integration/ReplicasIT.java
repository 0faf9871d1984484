package io.github.camelcarto.integration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.camelcarto.CartoConstants;
import io.github.camelcarto.JdbcStateRepository;
import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.testing.ServerDatabases;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas of one application, each a CamelContext of its own, sharing a {@link JdbcStateRepository} in a server
 * database and electing a leader through Camel's file-lock cluster service: carto:jobs runs under {@code master:} on
 * the leader only. The leader is stopped while it delivers job ends, some still to come; the other replica takes
 * over; every job's end is delivered exactly once overall. Messages redelivered to the other replica submit nothing
 * again. Each run has a tag of its own, so that it follows its own jobs only.
 */
class ReplicasIT extends GatedJobsSupport {

    private static final int JOBS = 20;
    /** The leader is stopped when it has delivered this many job ends, of the first half's ten. */
    private static final int LEADER_EVENTS = 4;

    private static Server h2;

    @TempDir
    Path lockDirectory;

    private final List<Runnable> cleanUps = new ArrayList<>();

    @BeforeAll
    static void startDatabase() {
        h2 = ServerDatabases.startH2Server();
    }

    @AfterAll
    static void stopDatabase() {
        h2.stop();
    }

    @AfterEach
    void stopReplicasAndDropTheirTable() {
        cleanUps.forEach(Runnable::run);
    }

    @ParameterizedTest
    @MethodSource("io.github.camelcarto.testing.ServerDatabases#names")
    void theOtherReplicaTakesOverMidStreamAndEveryEndIsDeliveredOnceAndNoKeySubmittedTwice(String database)
            throws Exception {
        DataSource shared = ServerDatabases.named(database, h2, "replicas");
        String table = ServerDatabases.freshTableName();
        cleanUps.add(() -> ServerDatabases.dropTable(shared, table));
        String run = database + "-" + table;
        String tag = "replicas-" + run;
        List<String> delivered = new CopyOnWriteArrayList<>();
        Semaphore deliveries = new Semaphore(0);

        StoppingEvents leaderEvents = new StoppingEvents(delivered, deliveries, LEADER_EVENTS);
        JobEventsIT.CompletedPolls leaderPolls = new JobEventsIT.CompletedPolls();
        CartoApp leader = replica("replica-a", tag, new JdbcStateRepository(shared, table), leaderEvents, leaderPolls);
        cleanUps.add(leader::close);
        leaderPolls.awaitMore(1);   // alone, it leads: its carto:jobs polls
        StoppingEvents followerEvents = new StoppingEvents(delivered, deliveries, Integer.MAX_VALUE);
        JobEventsIT.CompletedPolls followerPolls = new JobEventsIT.CompletedPolls();
        CartoApp follower = replica("replica-b", tag, new JdbcStateRepository(shared, table), followerEvents,
                followerPolls);
        cleanUps.add(follower::close);
        leaderEvents.stop = () -> leaderStopped(leader, leaderEvents.stopped);

        // submitted through the leader, without waiting; the same messages redelivered to the other replica
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            Exchange submitted = submit(leader, run, i);
            assertNull(submitted.getException());
            String job = submitted.getMessage().getHeader(CartoConstants.JOB_ID, String.class);
            expected.add(job + " " + (failing(i) ? CartoJobStatus.FAILED : CartoJobStatus.DONE));

            Exchange redelivered = submit(follower, run, i);
            assertEquals(job, redelivered.getMessage().getHeader(CartoConstants.JOB_ID), "input " + i);
            assertEquals(Boolean.TRUE, redelivered.getMessage().getHeader(CartoConstants.RESUMED));
        }
        assertEquals(JOBS, leader.http.count("POST", "/v3/sql/carto_dw/job"));
        assertEquals(0, follower.http.count("POST", "/v3/sql/carto_dw/job"), "the other replica submitted nothing");

        JobGate.open(run + "-first");   // the first half ends: the leader delivers, and is stopped on its 4th event
        leaderEvents.stopped.get(2, TimeUnit.MINUTES);
        JobGate.open(run + "-second");  // the rest ends after the other replica took over

        assertTrue(deliveries.tryAcquire(JOBS, 2, TimeUnit.MINUTES), "delivered so far: " + delivered);
        followerPolls.awaitMore(2);     // a repeat would come on a later poll
        assertEquals(sorted(expected), sorted(delivered), "every end exactly once, across both replicas");
        assertTrue(leaderEvents.count >= LEADER_EVENTS && leaderEvents.count <= JOBS / 2,
                "the leader delivered " + leaderEvents.count + " ends before it stopped");
        assertEquals(JOBS - leaderEvents.count, followerEvents.count, "the other replica delivered the rest");
    }

    private CartoApp replica(String name, String tag, JdbcStateRepository state, StoppingEvents events,
                             JobEventsIT.CompletedPolls polls) throws Exception {
        return CartoApp.start(carto.server(), Map.of("shared", state, "events", events, "polls", polls),
                new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("master:carto-events:carto:jobs?jobTag=" + tag + "&emitOn=terminal&stateRepository=#shared"
                             + "&delay=100&initialDelay=0&pollStrategy=#polls").routeId("job-events").process("events");
                        from("direct:submit").to("carto:job?jobTag=" + tag + "&idempotencyKey=${header.key}"
                                                 + "&stateRepository=#shared");
                    }
                }, context -> context.addService(lockService(name)));
    }

    /** Camel's file-lock cluster service: whoever holds the lock file of a namespace leads it. */
    private FileLockClusterService lockService(String name) {
        FileLockClusterService service = new FileLockClusterService();
        service.setId(name);
        service.setRoot(lockDirectory.toString());
        service.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        service.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
        return service;
    }

    /** Stops the leader as a deploy does (a graceful stop), from another thread than the route's. */
    private static void leaderStopped(CartoApp leader, CompletableFuture<Void> stopped) {
        CompletableFuture.runAsync(leader::close).whenComplete((done, error) -> {
            if (error != null) {
                stopped.completeExceptionally(error);
            } else {
                stopped.complete(null);
            }
        });
    }

    /** Input {@code i}: the first half waits for the first gate, the rest for the second; every tenth fails. */
    private static Exchange submit(CartoApp replica, String run, int input) throws Exception {
        String gate = run + (input < JOBS / 2 ? "-first" : "-second");
        String sql = "SELECT " + JobGate.sql(gate) + (failing(input) ? "; SELECT * FROM missing_table" : "");
        return replica.send("direct:submit", Map.of("key", run + "-" + input), sql).get(30, TimeUnit.SECONDS);
    }

    private static boolean failing(int input) {
        return input % 10 == 9;
    }

    private static List<String> sorted(List<String> events) {
        return events.stream().sorted().toList();
    }

    /** Writes each event down ("job id STATUS"); on its {@code stopAt}-th event it starts stopping its replica. */
    static final class StoppingEvents implements Processor {

        final CompletableFuture<Void> stopped = new CompletableFuture<>();
        volatile Runnable stop;
        volatile int count;
        private final List<String> delivered;
        private final Semaphore deliveries;
        private final int stopAt;

        StoppingEvents(List<String> delivered, Semaphore deliveries, int stopAt) {
            this.delivered = delivered;
            this.deliveries = deliveries;
            this.stopAt = stopAt;
        }

        @Override
        public void process(Exchange exchange) {
            Message message = exchange.getMessage();
            delivered.add(message.getHeader(CartoConstants.JOB_ID) + " " + message.getHeader(CartoConstants.JOB_STATUS));
            count++;
            deliveries.release();
            if (count == stopAt) {
                stop.run();
            }
        }
    }
}
