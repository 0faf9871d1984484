package io.github.camelcarto;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.QueryMethod;
import io.github.camelcarto.client.QueryParameters;
import io.github.camelcarto.client.WorkflowCall;
import io.github.camelcarto.client.exception.CartoException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * carto:workflow: runs a Workflow enabled for API access by calling its stored procedure as a job, by default
 * waiting for it to end; with fetchOutput the output table's rows become the body.
 */
final class CartoWorkflowProducer extends JobSubmittingProducer {

    CartoWorkflowProducer(CartoEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletableFuture<?> start(Exchange exchange) {
        CartoConfiguration configuration = getEndpoint().getConfiguration();
        WorkflowCall call = WorkflowCall.of(configuration.getProcedure(), parameters(exchange.getMessage()),
                configuration.getParameterOrder());
        boolean wait = !Boolean.FALSE.equals(configuration.getWaitForCompletion());
        CompletableFuture<CartoJob> run = submit(exchange, call.sql(), call.parameters(), wait);
        if (!wait || !configuration.isFetchOutput()) {
            return run;
        }
        return run.thenCompose(job -> fetchOutput(exchange.getMessage(), job.workflowOutputTable(), job.id()));
    }

    /** The procedure's parameters: header CamelCartoQueryParameters, else a Map body, else none. */
    private static Map<?, ?> parameters(Message message) {
        Object header = message.getHeader(CartoConstants.QUERY_PARAMETERS);
        if (header != null) {
            if (header instanceof Map<?, ?> map) {
                return map;
            }
            throw new IllegalArgumentException("Header " + CartoConstants.QUERY_PARAMETERS + " must be a Map of the "
                                               + "workflow's parameters by name, but was a " + header.getClass().getName());
        }
        return message.getBody() instanceof Map<?, ?> body ? body : Map.of();
    }

    private CompletableFuture<Void> fetchOutput(Message message, String table, String jobId) {
        if (table == null) {
            return CompletableFuture.failedFuture(new CartoException("fetchOutput=true but CARTO named no output table "
                    + "for workflow run " + jobId + " (jobMetadata.workflowOutputTableName): add an Output component to "
                    + "the workflow and update its API access"));
        }
        String connection = getEndpoint().getConfiguration().getConnection();
        // POST, never GET: a run with the same parameters writes the same table, which CARTO's cache would answer stale
        return getEndpoint().clients().sqlApi()
                .query(connection, "SELECT * FROM " + WorkflowCall.quote(table), QueryParameters.none(), QueryMethod.post,
                        null)
                .thenAccept(result -> CartoQueryProducer.write(message, result, connection));
    }
}
