package io.github.camelcarto;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.CartoTimeoutException;
import io.github.camelcarto.client.JobOutcome;
import io.github.camelcarto.client.QueryParameters;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.ShutdownPrepared;

/**
 * Submits SQL as a CARTO job and, when asked, waits for it without holding a thread. When the route is stopped (or
 * a graceful shutdown runs out of time) the waits still in flight end at once, cancelling their jobs in CARTO when
 * {@code cancelOnTimeout} is set, so no exchange hangs.
 */
abstract class JobSubmittingProducer extends CartoAsyncProducer implements ShutdownPrepared {

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
        return endpoint.sqlApi().submitJob(connection, sql, parameters, metadata).thenCompose(job -> {
            JobMessages.write(message, job);
            if (!wait) {
                return CompletableFuture.completedFuture(job);
            }
            return endpoint.waiter()
                    .await(job, endpoint.sqlApi().jobPoller(connection), endpoint.waitOptions(), this)
                    .handle((outcome, error) -> finish(message, outcome, error));
        });
    }

    static CartoJob finish(Message message, JobOutcome outcome, Throwable error) {
        if (error != null) {
            Throwable cause = unwrap(error);
            if (cause instanceof CartoTimeoutException timeout) {
                message.setHeader(CartoConstants.JOB_STATUS, timeout.getLastStatus());
                message.setHeader(CartoConstants.POLL_COUNT, timeout.getPolls());
                message.setHeader(CartoConstants.ELAPSED_MILLIS, timeout.getWaited().toMillis());
            }
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        JobMessages.write(message, outcome);
        if (!outcome.succeeded()) {
            throw outcome.failure();
        }
        return outcome.job();
    }

    @Override
    public void prepareShutdown(boolean suspendOnly, boolean forced) {
        // a graceful shutdown lets waits finish within its timeout; a forced one ends them now
        if (forced && !suspendOnly) {
            getEndpoint().waiter().abort(this, "Camel forced the shutdown of the route");
        }
    }

    @Override
    protected void doStop() throws Exception {
        getEndpoint().waiter().abort(this, "the producer was stopped");
        super.doStop();
    }
}
