package io.github.camelcarto;

import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.v2.V2Download;
import io.github.camelcarto.client.v2.V2QueryOptions;
import io.github.camelcarto.client.v2.V2QueryResult;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * carto:query with apiVersion=v2: {@code /api/v2/sql}. format=json makes the rows the body; every other format
 * makes the body an InputStream of CARTO's answer, read by the route as it goes (pipe it to a file: endpoint).
 */
final class CartoV2QueryProducer extends CartoAsyncProducer {

    CartoV2QueryProducer(CartoEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletableFuture<?> start(Exchange exchange) {
        CartoEndpoint endpoint = getEndpoint();
        String sql = ExchangeInputs.sql(exchange, endpoint);
        V2QueryOptions options = endpoint.v2QueryOptions();
        Message message = exchange.getMessage();
        if (options.isJson()) {
            return V2Messages.withRateLimitsOnFailure(message,
                    endpoint.sqlApiV2().query(sql, options).thenAccept(result -> write(message, result)));
        }
        return V2Messages.withRateLimitsOnFailure(message,
                endpoint.sqlApiV2().export(sql, options).thenAccept(download -> write(message, download)));
    }

    static void write(Message message, V2QueryResult result) {
        message.setBody(result.rows());
        message.setHeader(CartoConstants.ROW_COUNT,
                result.totalRows() != null ? result.totalRows().intValue() : result.rows().size());
        message.setHeader(CartoConstants.FIELDS, result.fields());
        V2Messages.set(message, CartoConstants.QUERY_TIME, result.time());
        V2Messages.set(message, CartoConstants.NOTICES, result.notices().isEmpty() ? null : result.notices());
        V2Messages.set(message, CartoConstants.WARNINGS, result.warnings().isEmpty() ? null : result.warnings());
        V2Messages.rateLimits(message, result.rateLimits());
    }

    static void write(Message message, V2Download download) {
        message.setBody(download.body());
        V2Messages.set(message, Exchange.CONTENT_TYPE, download.contentType());
        V2Messages.set(message, CartoConstants.FILE_NAME, download.filename());
        V2Messages.rateLimits(message, download.rateLimits());
    }
}
