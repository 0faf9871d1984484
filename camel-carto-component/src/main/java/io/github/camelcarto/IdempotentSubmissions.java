package io.github.camelcarto;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.camelcarto.client.CartoJob;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submits a job at most once per idempotency key, across restarts and, with a state repository the replicas share,
 * across replicas. Before submitting under a key, it looks for an earlier submission:
 * <ol>
 * <li>in the state repository, where each submission is recorded ({@link SubmissionRecord});</li>
 * <li>for SQL jobs and workflow runs, in CARTO's jobs listing, whose entries carry the key in their metadata: this
 * finds a job whose key was never recorded (the application stopped between sending the job and recording CARTO's
 * answer) or was lost with the repository;</li>
 * </ol>
 * and only when neither knows the key it submits (the key in the job's metadata) and records the key with the job.
 * Exchanges of this application that carry the same key at the same time share one submission.
 */
final class IdempotentSubmissions {

    /** Imports: CARTO keeps no metadata with an import, so its listing cannot tell which key an import had. */
    static final Function<SubmissionRequest, CompletableFuture<CartoJob>> NOT_FINDABLE_IN_CARTO =
            request -> CompletableFuture.completedFuture(null);

    private static final Logger LOG = LoggerFactory.getLogger(IdempotentSubmissions.class);

    private final StateRepository<String, String> repository;
    private final Map<String, CompletableFuture<Submission>> inProgress = new ConcurrentHashMap<>();

    IdempotentSubmissions(StateRepository<String, String> repository) {
        this.repository = repository;
    }

    /** Starting is idempotent; a FileStateRepository loads its file here. Its owner stops it. */
    void start() {
        ServiceHelper.startService(repository);
    }

    /**
     * The job submitted under the request's key: found, or submitted now.
     *
     * @param send        submits the job, with the key in its metadata where the API keeps metadata
     * @param toRecord    what to record of a job submitted or found
     * @param findInCarto the job CARTO lists under the key, or null (a future of null) when it lists none
     */
    CompletableFuture<Submission> submit(SubmissionRequest request, Supplier<CompletableFuture<CartoJob>> send,
                                         Function<CartoJob, SubmissionRecord> toRecord,
                                         Function<SubmissionRequest, CompletableFuture<CartoJob>> findInCarto) {
        String stateKey = request.stateKey();
        CompletableFuture<Submission> mine = new CompletableFuture<>();
        CompletableFuture<Submission> earlier = inProgress.putIfAbsent(stateKey, mine);
        if (earlier != null) {
            // another exchange is submitting under this key right now: take up the job it gets
            return earlier.thenApply(submission -> {
                requireSameSubmission(request, submission.record().fingerprint(), submission.record().jobId());
                return submission.takenUp();
            });
        }
        try {
            SubmissionRecord recorded = recorded(request);
            CompletableFuture<Submission> found = recorded != null
                    ? CompletableFuture.completedFuture(new Submission(request.key(), recorded, recorded.knownJob(),
                            true))
                    : findInCarto.apply(request).thenCompose(listed -> listed != null
                            ? CompletableFuture.completedFuture(foundInCarto(request, listed, toRecord))
                            : send.get().thenApply(created -> submitted(request, created, toRecord)));
            found.whenComplete((submission, error) -> finish(stateKey, mine, submission, error));
        } catch (RuntimeException e) {
            finish(stateKey, mine, null, e);
        }
        return mine;
    }

    /**
     * Ends a submission in progress: first no longer in progress, then completed, since completing it runs the
     * exchange on, and a redelivery right after must not join a submission that is over.
     */
    private void finish(String stateKey, CompletableFuture<Submission> mine, Submission submission, Throwable error) {
        inProgress.remove(stateKey, mine);
        if (error != null) {
            mine.completeExceptionally(error);
        } else {
            mine.complete(submission);
        }
    }

    /** The earliest job of a listing submitted under the request's key, or null. */
    static CartoJob earliestSubmitted(List<CartoJob> listing, SubmissionRequest request) {
        return listing.stream().filter(request::submitted)
                .min(Comparator.comparing(job -> Objects.toString(job.fields().get("createdAt"), "")))
                .orElse(null);
    }

    private SubmissionRecord recorded(SubmissionRequest request) {
        String value;
        try {
            value = repository.getState(request.stateKey());
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not read idempotency key '" + request.key() + "' from the state "
                                            + "repository, so nothing was submitted: " + e.getMessage(), e);
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        SubmissionRecord record = SubmissionRecord.parse(value, request.stateKey());
        requireSameSubmission(request, record.fingerprint(), record.jobId());
        return record;
    }

    private Submission foundInCarto(SubmissionRequest request, CartoJob listed,
                                    Function<CartoJob, SubmissionRecord> toRecord) {
        requireSameSubmission(request, SubmissionMetadata.field(listed, SubmissionMetadata.REQUEST), listed.id());
        LOG.info("Idempotency key '{}' of carto:{} was not in the state repository, but CARTO lists job {} under it: "
                 + "taking it up instead of submitting again", request.key(), request.kind().uriName(), listed.id());
        SubmissionRecord record = toRecord.apply(listed);
        save(request, record);
        return new Submission(request.key(), record, record.knownJob(), true);
    }

    private Submission submitted(SubmissionRequest request, CartoJob created,
                                 Function<CartoJob, SubmissionRecord> toRecord) {
        SubmissionRecord record = toRecord.apply(created);
        save(request, record);
        return new Submission(request.key(), record, created, false);
    }

    /**
     * A record that cannot be written does not fail the exchange: the job runs in CARTO, and failing would have the
     * message redelivered, and submitted again where CARTO cannot find the key (an import).
     */
    private void save(SubmissionRequest request, SubmissionRecord record) {
        try {
            repository.setState(request.stateKey(), record.toJson());
        } catch (RuntimeException e) {
            LOG.warn("Could not record idempotency key '{}' of carto:{} (job {}) in the state repository: {}. A "
                     + "redelivery of this message {}", request.key(), request.kind().uriName(), record.jobId(),
                    e.getMessage(), request.kind() == CartoEndpointKind.IMPORT
                            ? "would import again" : "finds the job through CARTO's jobs listing");
        }
    }

    private static void requireSameSubmission(SubmissionRequest request, String fingerprint, String jobId) {
        if (fingerprint == null || fingerprint.equals(request.fingerprint())) {
            return;
        }
        String kind = "carto:" + request.kind().uriName();
        String what = request.kind() == CartoEndpointKind.IMPORT
                ? "another connection or destination table" : "other SQL, parameters or connection";
        throw new CartoIdempotencyConflictException("Idempotency key '" + request.key() + "' was first used on " + kind
                + " for a different submission (" + what + "), CARTO job " + jobId + ", so this message is neither "
                + "submitted nor given that job's result. A redelivered message must submit the same thing; give each "
                + kind + " step of a route a key of its own (option idempotencyKey, e.g. ${header.JMSMessageID}-refresh) "
                + "rather than one header for all", request.key(), jobId);
    }

    /**
     * A job submitted under an idempotency key.
     *
     * @param key     the idempotency key
     * @param record  what is recorded of it
     * @param job     what is known of it now: CARTO's create answer when it was just submitted, else the record's
     * @param resumed whether it was submitted before (by an earlier delivery, another replica, or another exchange
     *                carrying the same key) rather than by this exchange
     */
    record Submission(String key, SubmissionRecord record, CartoJob job, boolean resumed) {

        Submission takenUp() {
            return new Submission(key, record, record.knownJob(), true);
        }
    }
}
