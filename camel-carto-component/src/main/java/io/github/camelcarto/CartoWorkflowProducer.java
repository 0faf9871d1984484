package io.github.camelcarto;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.QueryMethod;
import io.github.camelcarto.client.QueryParameters;
import io.github.camelcarto.client.WarehouseDialect;
import io.github.camelcarto.client.WorkflowCall;
import io.github.camelcarto.client.exception.CartoException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * carto:workflow: runs a Workflow enabled for API access by calling its stored procedure as a job, in the CALL form of
 * the connection's warehouse (option dialect), by default waiting for it to end; with fetchOutput the output table's
 * rows become the body.
 */
final class CartoWorkflowProducer extends JobSubmittingProducer {

    CartoWorkflowProducer(CartoEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletableFuture<?> start(Exchange exchange) {
        CartoConfiguration configuration = getEndpoint().getConfiguration();
        WarehouseDialect dialect = configuration.getDialect();
        WorkflowCall call = WorkflowCall.of(dialect, configuration.getProcedure(),
                parameters(exchange.getMessage(), dialect), configuration.getParameterOrder());
        boolean wait = !Boolean.FALSE.equals(configuration.getWaitForCompletion());
        CompletableFuture<CartoJob> run = submit(exchange, call.sql(), call.parameters(), wait);
        if (!wait || !configuration.isFetchOutput()) {
            return run;
        }
        return run.thenCompose(job -> fetchOutput(exchange.getMessage(), dialect, job.workflowOutputTable(), job.id()));
    }

    /**
     * The procedure's parameters: header CamelCartoQueryParameters, else a Map body (or, for a dialect that passes
     * them by position, a List body), else none. The CALL checks the header's type.
     */
    private static Object parameters(Message message, WarehouseDialect dialect) {
        Object header = message.getHeader(CartoConstants.QUERY_PARAMETERS);
        if (header != null) {
            return header;
        }
        Object body = message.getBody();
        return body instanceof Map<?, ?> || body instanceof List<?> && !dialect.namedParameters() ? body : null;
    }

    private CompletableFuture<Void> fetchOutput(Message message, WarehouseDialect dialect, String table, String jobId) {
        if (table == null) {
            return CompletableFuture.failedFuture(new CartoException("fetchOutput=true but CARTO named no output table "
                    + "for workflow run " + jobId + " (jobMetadata.workflowOutputTableName): add an Output component to "
                    + "the workflow and update its API access"));
        }
        String connection = getEndpoint().getConfiguration().getConnection();
        // POST, never GET: a run with the same parameters writes the same table, which CARTO's cache would answer stale
        return getEndpoint().clients().sqlApi()
                .query(connection, "SELECT * FROM " + dialect.quote(table), QueryParameters.none(), QueryMethod.post, null)
                .thenAccept(result -> CartoQueryProducer.write(message, result, connection));
    }
}
