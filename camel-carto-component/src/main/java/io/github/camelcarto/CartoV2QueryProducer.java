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
        V2QueryOptions options = endpoint.options().v2QueryOptions();
        Message message = exchange.getMessage();
        if (options.isJson()) {
            return V2Messages.withRateLimitsOnFailure(message,
                    endpoint.clients().sqlApiV2().query(sql, options).thenAccept(result -> write(message, result)));
        }
        return V2Messages.withRateLimitsOnFailure(message,
                endpoint.clients().sqlApiV2().export(sql, options).thenAccept(download -> write(exchange, download)));
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

    /**
     * Makes the streamed answer the body. Camel's stream caching (on by default, in memory unless spooling is set up)
     * would otherwise copy the stream whole before the next processor: it is disabled for this exchange, so that
     * {@code .to("file:...")} writes the bytes as they arrive. The stream can therefore be read only once.
     */
    static void write(Exchange exchange, V2Download download) {
        exchange.getExchangeExtension().setStreamCacheDisabled(true);
        Message message = exchange.getMessage();
        message.setBody(download.body());
        V2Messages.set(message, Exchange.CONTENT_TYPE, download.contentType());
        V2Messages.set(message, CartoConstants.FILE_NAME, download.filename());
        V2Messages.rateLimits(message, download.rateLimits());
    }
}
