package io.github.camelcarto;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.v2.BatchApi;
import io.github.camelcarto.client.v2.CartoFallbackJob;
import io.github.camelcarto.client.v2.V2Job;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * carto:job with apiVersion=v2: CARTO 2's Batch API ({@code /api/v2/sql/job}). Submits a SQL string, a List of SQL
 * strings (a chained job) or a {@link CartoFallbackJob}, reads and cancels jobs, and with waitForCompletion waits
 * for the job like on CARTO 3, without holding a thread.
 */
final class CartoV2JobProducer extends JobWaitingProducer {

    CartoV2JobProducer(CartoEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletableFuture<?> start(Exchange exchange) {
        CartoEndpoint endpoint = getEndpoint();
        CartoConfiguration configuration = endpoint.getConfiguration();
        Message message = exchange.getMessage();
        BatchApi api = endpoint.clients().batchApi();
        CartoJobOperation operation = ExchangeInputs.jobOperation(message, endpoint);
        CompletableFuture<?> work = switch (operation) {
            case submit -> submitV2(message, jobQuery(exchange), Boolean.TRUE.equals(configuration.getWaitForCompletion()));
            case get -> api.getJob(ExchangeInputs.jobId(exchange, operation)).thenAccept(job -> write(message, job));
            case cancel -> api.cancelJob(ExchangeInputs.jobId(exchange, operation)).thenAccept(job -> write(message, job));
            case list -> throw new IllegalArgumentException("carto:job operation list does not exist with apiVersion=v2: "
                                                            + "CARTO 2's Batch API cannot list jobs");
        };
        return V2Messages.withRateLimitsOnFailure(message, work);
    }

    private CompletableFuture<CartoJob> submitV2(Message message, Object query, boolean wait) {
        CartoEndpoint endpoint = getEndpoint();
        return endpoint.clients().batchApi().submitJob(query).thenCompose(submitted -> {
            write(message, submitted);
            if (!wait) {
                return CompletableFuture.completedFuture(submitted.job());
            }
            return awaitEnd(message, submitted.job(), endpoint.clients().batchApi().jobControl(),
                    outcome -> JobMessages.write(message, outcome), false);
        });
    }

    private static void write(Message message, V2Job job) {
        JobMessages.write(message, job.job());
        if (job.alreadyDone()) {
            message.setHeader(CartoConstants.JOB_ALREADY_DONE, true);
        } else {
            message.removeHeader(CartoConstants.JOB_ALREADY_DONE);
        }
        if (!job.rateLimits().isEmpty()) {
            V2Messages.rateLimits(message, job.rateLimits());
        }
    }

    /** The job: header CamelCartoSql, else option sql, else the body (String, List of Strings, CartoFallbackJob). */
    private Object jobQuery(Exchange exchange) {
        Message message = exchange.getMessage();
        String sql = message.getHeader(CartoConstants.SQL, String.class);
        if (sql != null && !sql.isBlank()) {
            return sql;
        }
        if (getEndpoint().options().sql() != null && !getEndpoint().options().sql().isBlank()) {
            return getEndpoint().options().sql();
        }
        Object body = message.getBody();
        if (body instanceof CartoFallbackJob || body instanceof Collection<?> || body instanceof Map<?, ?>) {
            return body;
        }
        String text = message.getBody(String.class);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("carto:job has no SQL to run: set header " + CartoConstants.SQL
                                               + ", option sql, or the body (a SQL String, a List of SQL Strings for a "
                                               + "chained job, or a CartoFallbackJob)");
        }
        return text;
    }
}
