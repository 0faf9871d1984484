package io.github.camelcarto;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.JobControl;
import io.github.camelcarto.client.QueryParameters;
import io.github.camelcarto.client.SqlApi;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Submits SQL as a CARTO job and, when asked, waits for it to end. With an idempotency key the job is submitted once
 * per key ({@link IdempotentSubmissions}): a redelivered exchange takes the job up where it is.
 */
abstract class JobSubmittingProducer extends JobWaitingProducer {

    JobSubmittingProducer(CartoEndpoint endpoint) {
        super(endpoint);
    }

    /**
     * Submits the job (or takes up the one submitted under the exchange's idempotency key) and writes it onto the
     * message; with {@code wait}, completes only when the job has ended, failing with the job's typed exception unless
     * it is DONE.
     */
    protected CompletableFuture<CartoJob> submit(Exchange exchange, String sql, QueryParameters parameters,
                                                 boolean wait) {
        CartoEndpoint endpoint = getEndpoint();
        String connection = endpoint.getConfiguration().getConnection();
        Message message = exchange.getMessage();
        SqlApi api = endpoint.clients().sqlApi();
        Map<?, ?> givenMetadata = message.getHeader(CartoConstants.JOB_METADATA, Map.class);
        String tag = endpoint.getConfiguration().getJobTag();
        String key = ExchangeInputs.idempotencyKey(exchange, endpoint);
        if (key == null) {
            return api.submitJob(connection, sql, parameters, SubmissionMetadata.of(givenMetadata, null, tag))
                    .thenCompose(job -> written(message, job, api.jobControl(connection), wait, false));
        }
        SubmissionRequest request = SubmissionRequest.ofSql(key, endpoint.endpointKind(), connection, sql, parameters);
        Map<String, Object> metadata = SubmissionMetadata.of(givenMetadata, request, tag);
        return endpoint.submissions().submit(request,
                () -> api.submitJob(connection, sql, parameters, metadata),
                job -> SubmissionRecord.of(job, request, connection, null),
                this::findInListing).thenCompose(submission -> {
                    JobControl control = api.jobControl(submission.record().connection());
                    return takeUp(message, submission, control, job -> written(message, job, control, wait, true));
                });
    }

    private CompletableFuture<CartoJob> findInListing(SubmissionRequest request) {
        return getEndpoint().jobsListing().sentFromNowOn()
                .thenApply(listing -> IdempotentSubmissions.earliestSubmitted(listing, request));
    }

    private CompletableFuture<CartoJob> written(Message message, CartoJob job, JobControl control, boolean wait,
                                                boolean resumable) {
        JobMessages.write(message, job);
        if (!wait) {
            return CompletableFuture.completedFuture(job);
        }
        return awaitEnd(message, job, control, outcome -> JobMessages.write(message, outcome), resumable);
    }
}
