package io.github.camelcarto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.http.Futures;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * carto:jobs: polls CARTO for jobs and emits one exchange per job event, at least once and without repeats:
 * <ol>
 * <li>reads the jobs to look at: the listing {@code GET /v3/sql/jobs}, or, with option {@code jobIds}, none (the ids
 * are read one by one below);</li>
 * <li>emits each listed job whose status differs from the one last delivered (per {@code emitOn});</li>
 * <li>reads on its own ({@code GET /v3/sql/{connection}/job/{id}}) every job delivered as unfinished that the listing
 * no longer shows, and every watched id not yet ended, so that a job that ended between two polls, or while the route
 * was down, still gets its final event.</li>
 * </ol>
 * A status is recorded as delivered only once its exchange completed without exception; a failed exchange is emitted
 * again on the next poll. A failed CARTO call fails the poll (Camel's error counter, backoff and readiness check see
 * it); events delivered before the failure stay delivered.
 */
final class CartoJobsConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(CartoJobsConsumer.class);

    private final StateRepository<String, String> repository;
    private final JobEventState state;
    private final List<String> watchedIds;

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

    @Override
    protected int poll() throws Exception {
        CartoEndpoint endpoint = getEndpoint();
        Map<String, Observation> listed = new LinkedHashMap<>();
        if (watchedIds.isEmpty()) {
            for (CartoJob job : await(endpoint.clients().sqlApi().listJobs(), "the jobs listing")) {
                if (job.id() == null) {
                    LOG.debug("Skipping a listed job without an id: {}", job.fields());
                    continue;
                }
                listed.putIfAbsent(job.id(), new Observation(job, connectionOf(job)));
            }
        }

        int delivered = 0;
        for (Observation observation : listed.values()) {
            delivered += deliver(observation.job(), observation.connection()) ? 1 : 0;
        }

        Map<String, String> unlisted = new LinkedHashMap<>(state.inFlightSnapshot());
        for (String id : watchedIds) {
            CartoJobStatus last = state.delivered(id);
            if (last == null || !last.isFinished()) {
                unlisted.putIfAbsent(id, "");
            }
        }
        for (Map.Entry<String, String> entry : unlisted.entrySet()) {
            String id = entry.getKey();
            if (listed.containsKey(id) || !isRunAllowed()) {
                continue;
            }
            String connection = entry.getValue().isEmpty() ? endpoint.getConfiguration().getConnection() : entry.getValue();
            if ((connection == null || connection.isBlank()) && !endpoint.isV2()) {
                throw new CartoException("carto:jobs cannot read job " + id + ", which is no longer listed: CARTO did "
                                         + "not say which connection it runs on; set option connection");
            }
            CartoJob job = readUnlisted(connection, id);
            if (job == null) {
                state.forget(id);
                continue;
            }
            delivered += deliver(job, connection) ? 1 : 0;
        }
        return delivered;
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
                                                      + "will be emitted again on the next poll",
                        exchange, failure);
                return false;
            }
            state.record(job, connection);
            return true;
        } finally {
            releaseExchange(exchange, false);
        }
    }

    /** Reads a job the listing no longer shows; null when CARTO no longer knows it. */
    private CartoJob readUnlisted(String connection, String id) throws Exception {
        try {
            CartoJob job = await(read(connection, id), "the read of job " + id);
            return job.id() != null ? job : job.withId(id);
        } catch (CartoHttpException http) {
            if (http.getStatusCode() == 404 || http.getStatusCode() == 400 && isNotFound(http)) {
                LOG.warn("CARTO job {} on connection '{}' was running when last seen but CARTO no longer knows it "
                         + "(HTTP {}): its final event cannot be delivered; it is no longer tracked",
                        id, connection, http.getStatusCode());
                return null;
            }
            throw http;
        }
    }

    /** CARTO 3 reads a job through its connection; CARTO 2's Batch API by id alone. */
    private CompletableFuture<CartoJob> read(String connection, String id) {
        CartoEndpoint endpoint = getEndpoint();
        return endpoint.isV2()
                ? endpoint.clients().batchApi().getJob(id).thenApply(io.github.camelcarto.client.v2.V2Job::job)
                : endpoint.clients().sqlApi().getJob(connection, id);
    }

    private static boolean isNotFound(CartoHttpException http) {
        String message = http.getCartoMessage();
        return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("not found");
    }

    /** Waits for a call on the poll thread, no longer than the call's own timeouts and retries could take. */
    private <T> T await(CompletableFuture<T> call, String what) throws Exception {
        CartoConfiguration configuration = getEndpoint().getConfiguration();
        int attempts = Math.max(0, configuration.getMaxRetries()) + 1;
        long bound = configuration.getRequestTimeout() * attempts
                     + Math.max(configuration.getRetryMaxDelay(), configuration.getMaxRetryAfter()) * (attempts - 1)
                     + configuration.getConnectTimeout();
        try {
            return call.get(bound, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = OptionHints.addTo(getEndpoint().withSecretsHidden(Futures.cause(e.getCause())), getEndpoint());
            throw cause instanceof Exception exception ? exception : new CartoException(what + " failed: " + cause, cause);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new CartoException("CARTO did not complete " + what + " within " + bound + " ms", e);
        }
    }

    private String connectionOf(CartoJob job) {
        for (String field : new String[] { "connection", "connectionName", "connection_name" }) {
            if (job.fields().get(field) instanceof String name && !name.isBlank()) {
                return name;
            }
        }
        return getEndpoint().getConfiguration().getConnection();
    }

    private static List<String> parseIds(String ids) {
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        List<String> parsed = new ArrayList<>();
        Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).distinct().forEach(parsed::add);
        return List.copyOf(parsed);
    }

    private record Observation(CartoJob job, String connection) {
    }
}
