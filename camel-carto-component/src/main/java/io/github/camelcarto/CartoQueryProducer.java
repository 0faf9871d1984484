package io.github.camelcarto;

import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.QueryResult;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** carto:query: runs SQL synchronously and makes the rows the body. */
final class CartoQueryProducer extends CartoAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(CartoQueryProducer.class);

    CartoQueryProducer(CartoEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletableFuture<?> start(Exchange exchange) {
        CartoEndpoint endpoint = getEndpoint();
        CartoConfiguration configuration = endpoint.getConfiguration();
        return endpoint.clients().sqlApi()
                .query(configuration.getConnection(), ExchangeInputs.sql(exchange, endpoint),
                        ExchangeInputs.parameters(exchange, endpoint), endpoint.options().queryMethod(),
                        configuration.getCacheControl())
                .thenAccept(result -> write(exchange.getMessage(), result, configuration.getConnection()));
    }

    static void write(Message message, QueryResult result, String connection) {
        message.setBody(result.rows());
        message.setHeader(CartoConstants.ROW_COUNT, result.rows().size());
        message.setHeader(CartoConstants.SCHEMA, result.schema());
        message.setHeader(CartoConstants.QUERY_META, result.meta());
        if (result.mayBeTruncated()) {
            LOG.warn("A query on connection '{}' returned {} rows, CARTO's cap for synchronous queries: the result is "
                     + "probably truncated. Use carto:job to write the result to a table, then read it in pages.",
                    connection, result.rows().size());
        }
    }
}
