package io.github.camelcarto;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.QueryParameters;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** Submits SQL as a CARTO job and, when asked, waits for it to end. */
abstract class JobSubmittingProducer extends JobWaitingProducer {

    JobSubmittingProducer(CartoEndpoint endpoint) {
        super(endpoint);
    }

    /**
     * Submits the job and writes it onto the message; with {@code wait}, completes only when the job has ended,
     * failing with the job's typed exception unless it is DONE.
     */
    protected CompletableFuture<CartoJob> submit(Exchange exchange, String sql, QueryParameters parameters,
                                                 boolean wait) {
        CartoEndpoint endpoint = getEndpoint();
        String connection = endpoint.getConfiguration().getConnection();
        Message message = exchange.getMessage();
        @SuppressWarnings("unchecked")
        Map<String, Object> metadata = message.getHeader(CartoConstants.JOB_METADATA, Map.class);
        return endpoint.clients().sqlApi().submitJob(connection, sql, parameters, metadata).thenCompose(job -> {
            JobMessages.write(message, job);
            if (!wait) {
                return CompletableFuture.completedFuture(job);
            }
            return awaitEnd(message, job, endpoint.clients().sqlApi().jobControl(connection),
                    outcome -> JobMessages.write(message, outcome));
        });
    }
}
