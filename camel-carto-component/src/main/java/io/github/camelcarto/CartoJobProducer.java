package io.github.camelcarto;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.SqlApi;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** carto:job: submit (and optionally wait for), read, cancel or list SQL jobs. */
final class CartoJobProducer extends JobSubmittingProducer {

    CartoJobProducer(CartoEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletableFuture<?> start(Exchange exchange) {
        CartoEndpoint endpoint = getEndpoint();
        CartoConfiguration configuration = endpoint.getConfiguration();
        Message message = exchange.getMessage();
        SqlApi api = endpoint.clients().sqlApi();
        String connection = configuration.getConnection();
        CartoJobOperation operation = ExchangeInputs.jobOperation(message, endpoint);
        return switch (operation) {
            case submit -> submit(exchange, ExchangeInputs.sql(exchange, endpoint),
                    ExchangeInputs.parameters(exchange, endpoint), Boolean.TRUE.equals(configuration.getWaitForCompletion()));
            case get -> api.getJob(requireConnection(connection, operation), ExchangeInputs.jobId(exchange, operation))
                    .thenAccept(job -> JobMessages.write(message, job));
            case cancel -> api.cancelJob(requireConnection(connection, operation), ExchangeInputs.jobId(exchange, operation))
                    .thenAccept(job -> JobMessages.write(message, job));
            case list -> endpoint.listRecentJobs().thenAccept(jobs -> {
                List<Object> bodies = jobs.stream().<Object> map(CartoJob::fields).toList();
                message.setBody(bodies);
                message.setHeader(CartoConstants.ROW_COUNT, bodies.size());
            });
        };
    }

    private String requireConnection(String connection, CartoJobOperation operation) {
        if (connection == null || connection.isBlank()) {
            throw new IllegalArgumentException("carto:job operation " + operation + " needs option connection "
                                               + "(the CARTO connection the job ran on)");
        }
        return connection;
    }
}
