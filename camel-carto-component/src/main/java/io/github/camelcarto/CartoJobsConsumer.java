package io.github.camelcarto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.exception.TransientFailures;
import io.github.camelcarto.client.http.Futures;
import io.github.camelcarto.client.v2.V2Job;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.ShutdownStrategy;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * carto:jobs: polls CARTO for jobs and emits one exchange per job event, at least once and without repeats. CARTO's
 * listing ({@code GET /v3/sql/jobs?created_since=...}) says which jobs exist, not their state: a bare array of
 * create-shaped entries whose {@code connectionId} is a UUID (carto-api.md, Appendix B). So each poll
 * <ol>
 * <li>lists the jobs created within {@code lookback} (with option {@code jobIds}, none: those ids are followed);</li>
 * <li>follows every listed job whose end it has not delivered yet, every job it delivered as unfinished that the
 * listing no longer shows, and every watched id not yet ended;</li>
 * <li>reads at most {@code maxMessagesPerPoll} of them ({@code GET /v3/sql/{connection}/job/{externalId}}), taking
 * turns (see {@link ReadRotation}), and emits each job whose status differs from the one last delivered (per
 * {@code emitOn}), under the id the listing gave; a job whose end was delivered is not read again.</li>
 * </ol>
 * With {@code jobTag}, only the listed jobs whose metadata carries that tag are followed. A status is recorded as
 * delivered only once its exchange completed without exception; a failed exchange is emitted again later, and a stop
 * waits for the exchange in the route to complete and be recorded (so that a replica taking over does not repeat it). A failed listing (or a refused token) fails the poll (Camel's error counter, backoff and readiness
 * check see it); one job's failed read is that job's: it is read again on its next turn, or, when CARTO cannot read
 * it on this connection, no longer followed.
 */
final class CartoJobsConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(CartoJobsConsumer.class);

    private final StateRepository<String, String> repository;
    private final JobEventState state;
    private final List<String> watchedIds;
    private final ReadRotation rotation = new ReadRotation();
    /** Held while a poll runs, so that stopping can wait for the event being delivered to be recorded. */
    private final ReentrantLock polling = new ReentrantLock();
    /** The listing and reads a poll waits for, which a stop cancels. */
    private final Set<CompletableFuture<?>> callsInProgress = ConcurrentHashMap.newKeySet();
    /** Jobs CARTO could not read on this connection (4xx): not followed while listed; the poll thread's only. */
    private final Set<String> unreadable = new HashSet<>();

    CartoJobsConsumer(CartoEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        StateRepository<String, String> configured = endpoint.getConfiguration().getStateRepository();
        // created once per consumer, so that stopping and starting the route keeps what was delivered
        this.repository = configured != null ? configured : new MemoryStateRepository();
        this.state = new JobEventState(repository);
        this.watchedIds = parseIds(endpoint.getConfiguration().getJobIds());
    }

    @Override
    public CartoEndpoint getEndpoint() {
        return (CartoEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        // starting is idempotent; a FileStateRepository loads its file here. Its owner stops it: it may be shared
        // with the application, and a FileStateRepository appends every change to its file as it happens anyway.
        ServiceHelper.startService(repository);
        state.reload();
        super.doStart();
    }

    /**
     * Stopping lets the event the route is handling finish and be recorded, within Camel's shutdown timeout, before
     * Camel's scheduler stops (and interrupts) the poll: the next reader of the repository, this consumer after a
     * restart or another replica taking over, then finds it delivered. The calls whose answers were not delivered yet
     * are cancelled; those jobs are read again by whoever polls next.
     */
    @Override
    protected void doStop() throws Exception {
        callsInProgress.forEach(call -> call.cancel(true));
        ShutdownStrategy shutdown = getEndpoint().getCamelContext().getShutdownStrategy();
        if (polling.tryLock(shutdown.getTimeout(), shutdown.getTimeUnit())) {
            polling.unlock();
        } else {
            LOG.warn("carto:jobs is stopping while the route still handles a job event; if the route does not complete "
                     + "it, the event is delivered again");
        }
        super.doStop();
    }

    @Override
    protected int poll() throws Exception {
        polling.lock();
        try {
            return pollOnce();
        } finally {
            polling.unlock();
        }
    }

    private int pollOnce() throws Exception {
        if (!isRunAllowed()) {
            return 0;
        }
        Map<String, FollowedJob> followed = followedJobs();
        List<String> turn = rotation.next(followed.keySet(), getEndpoint().getConfiguration().getMaxMessagesPerPoll());
        Map<FollowedJob, CompletableFuture<CartoJob>> reads = new LinkedHashMap<>();
        for (String id : turn) {
            FollowedJob job = followed.get(id);
            reads.put(job, tracked(read(job)));
        }
        // the reads run at once (the transport bounds them); together they may take as long as one call may
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(callBound());
        int delivered = 0;
        for (Map.Entry<FollowedJob, CompletableFuture<CartoJob>> read : reads.entrySet()) {
            // stopping or suspended (a graceful shutdown suspends first): deliver nothing more, the route would refuse
            // it; what is left is read again by whoever polls next
            if (!isRunAllowed() || isSuspendingOrSuspended() || getEndpoint().getCamelContext().isStopping()) {
                read.getValue().cancel(true);
                continue;
            }
            CartoJob observed = outcome(read.getKey(), read.getValue(), deadline);
            if (observed != null) {
                delivered += deliver(observed, read.getKey().connection()) ? 1 : 0;
            }
        }
        return delivered;
    }

    /**
     * The jobs to read, each once, in the order a new one joins the rotation: listed jobs, then watched ids, then the
     * jobs delivered as unfinished that the listing no longer shows (so an end that happened between two polls, or
     * while the route was down, is still delivered).
     */
    private Map<String, FollowedJob> followedJobs() throws Exception {
        String connection = getEndpoint().getConfiguration().getConnection();
        Map<String, FollowedJob> followed = new LinkedHashMap<>();
        Set<String> listed = new HashSet<>();
        if (watchedIds.isEmpty()) {
            for (CartoJob job : listing()) {
                if (job.id() != null) {
                    listed.add(job.id());
                }
                if (follows(job)) {
                    followed.putIfAbsent(job.id(), new FollowedJob(job, connection));
                }
            }
        }
        for (String id : watchedIds) {
            CartoJobStatus last = state.delivered(id);
            if ((last == null || !last.isFinished()) && !unreadable.contains(id)) {
                followed.putIfAbsent(id, FollowedJob.unlisted(id, connection));
            }
        }
        state.inFlightSnapshot().forEach((id, known) -> followed.putIfAbsent(id,
                FollowedJob.unlisted(id, known.isEmpty() ? connection : known)));
        // a job forgotten as unreadable comes back if CARTO lists it again later, after it left the listing
        unreadable.retainAll(watchedIds.isEmpty() ? listed : new HashSet<>(watchedIds));
        return followed;
    }

    /**
     * Whether a listed job is followed: it has an id, it carries this endpoint's jobTag (when one is set), its end was
     * not delivered yet, and CARTO can read it.
     */
    private boolean follows(CartoJob listed) {
        if (listed.id() == null) {
            LOG.debug("Skipping a listed job without an id: {}", listed.fields());
            return false;
        }
        String tag = getEndpoint().getConfiguration().getJobTag();
        if (tag != null && !tag.isBlank() && !tag.strip().equals(SubmissionMetadata.field(listed, SubmissionMetadata.TAG))) {
            return false;
        }
        CartoJobStatus last = state.delivered(listed.id());
        return (last == null || !last.isFinished()) && !unreadable.contains(listed.id());
    }

    private List<CartoJob> listing() throws Exception {
        CompletableFuture<List<CartoJob>> call = tracked(getEndpoint().listRecentJobs());
        try {
            return call.get(callBound(), TimeUnit.MILLISECONDS);
        } catch (CancellationException stopping) {
            return List.of();
        } catch (ExecutionException e) {
            throw asException(OptionHints.addTo(Futures.cause(e.getCause()), getEndpoint()));
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new CartoException("CARTO did not complete the jobs listing within " + callBound() + " ms", e);
        }
    }

    /** CARTO 3 reads a job through a connection; CARTO 2's Batch API by id alone. Reported under the followed id. */
    private CompletableFuture<CartoJob> read(FollowedJob job) {
        CartoEndpoint endpoint = getEndpoint();
        // an id that cannot be sent (a dot segment) throws before a future exists: that job's failure, not the poll's
        CompletableFuture<CartoJob> read = Futures.started(() -> endpoint.isV2()
                ? endpoint.clients().batchApi().getJob(job.id()).thenApply(V2Job::job)
                : endpoint.clients().sqlApi().getJob(job.connection(), job.id()));
        return read.thenApply(job.known()::updatedBy);
    }

    /**
     * The job as its read shows it, or null when the read failed: transiently (read again on its next turn) or because
     * CARTO cannot read it on this connection (no longer followed). A refused token fails the poll, as it is every
     * job's problem.
     */
    private CartoJob outcome(FollowedJob job, CompletableFuture<CartoJob> read, long deadline) throws Exception {
        Throwable failure;
        try {
            return read.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (CancellationException stopping) {
            return null;
        } catch (ExecutionException e) {
            failure = Futures.cause(e.getCause());
        } catch (TimeoutException e) {
            read.cancel(true);
            LOG.debug("The read of CARTO job {} did not complete within {} ms; it is read again on its next turn",
                    job.id(), callBound());
            return null;
        }
        if (failure instanceof CartoHttpException http && http.getStatusCode() == 401) {
            throw asException(OptionHints.addTo(failure, getEndpoint()));
        }
        if (TransientFailures.isTransient(failure)) {
            LOG.debug("The read of CARTO job {} failed; it is read again on its next turn: {}", job.id(),
                    failure.getMessage());
            return null;
        }
        LOG.warn("carto:jobs no longer follows CARTO job {}: reading it on connection '{}' failed: {}. A job that runs "
                 + "on another connection needs a carto:jobs endpoint with that connection.",
                job.id(), job.connection(), failure.getMessage());
        unreadable.add(job.id());
        state.forget(job.id());
        return null;
    }

    /** Emits the job's event if emitOn asks for it; true when an exchange was delivered. */
    private boolean deliver(CartoJob job, String connection) {
        CartoJobStatus previous = state.delivered(job.id());
        boolean changed = previous != job.status();
        if (!changed && job.terminal()) {
            // delivered already; a crash may have left it in the in-flight index
            state.forget(job.id());
            return false;
        }
        boolean emit = switch (getEndpoint().getConfiguration().getEmitOn()) {
            case change -> changed;
            case terminal -> changed && job.terminal();
            case all -> true;
        };
        if (!emit) {
            if (changed) {
                state.record(job, connection);
            }
            return false;
        }

        Exchange exchange = createExchange(false);
        try {
            Message message = exchange.getMessage();
            JobMessages.write(message, job);
            message.setHeader(CartoConstants.JOB_PREVIOUS_STATUS, previous);
            if (connection != null) {
                message.setHeader(CartoConstants.CONNECTION, connection);
            }
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        try {
            Exception failure = exchange.getException();
            if (failure != null) {
                getExceptionHandler().handleException("The event of CARTO job " + job.id() + " (" + job.status()
                                                      + ") failed in the route: it is not recorded as delivered and "
                                                      + "will be emitted again",
                        exchange, failure);
                return false;
            }
            recordDelivered(job, connection);
            return true;
        } finally {
            releaseExchange(exchange, false);
        }
    }

    /**
     * Records a delivered event even when Camel's scheduler has interrupted this thread meanwhile (a route that outlived
     * the shutdown timeout; a repository may write through an interruptible channel): an event the route took and that
     * is not recorded is delivered again.
     */
    private void recordDelivered(CartoJob job, String connection) {
        boolean interrupted = Thread.interrupted();
        try {
            state.record(job, connection);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A call to CARTO that stopping the consumer cancels if it is still waited for. */
    private <T> CompletableFuture<T> tracked(CompletableFuture<T> call) {
        callsInProgress.add(call);
        call.whenComplete((answer, error) -> callsInProgress.remove(call));
        return call;
    }

    /** How long a call may take on the poll thread: no longer than its own timeouts and retries could take. */
    private long callBound() {
        CartoConfiguration configuration = getEndpoint().getConfiguration();
        int attempts = Math.max(0, configuration.getMaxRetries()) + 1;
        return configuration.getRequestTimeout() * attempts
               + Math.max(configuration.getRetryMaxDelay(), configuration.getMaxRetryAfter()) * (attempts - 1)
               + configuration.getConnectTimeout();
    }

    private static Exception asException(Throwable failure) {
        return failure instanceof Exception exception ? exception : new CartoException(failure.toString(), failure);
    }

    private static List<String> parseIds(String ids) {
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        List<String> parsed = new ArrayList<>();
        Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).distinct().forEach(parsed::add);
        return List.copyOf(parsed);
    }

    /**
     * A job being followed: what is known of it (the listing's entry, or only its id) and the connection to read it
     * on. Its id is the one the listing (or the user) gave, whatever id a status answer carries.
     */
    private record FollowedJob(CartoJob known, String connection) {

        static FollowedJob unlisted(String id, String connection) {
            return new FollowedJob(new CartoJob(id, CartoJobStatus.UNKNOWN, false, null, null, Map.of()), connection);
        }

        String id() {
            return known.id();
        }
    }
}
