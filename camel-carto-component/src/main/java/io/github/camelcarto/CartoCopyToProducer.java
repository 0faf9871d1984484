package io.github.camelcarto;

import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.v2.V2QueryOptions;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * carto:copyto (apiVersion=v2): runs {@code COPY ... TO STDOUT} and makes the body an InputStream of its output,
 * read by the route as CARTO sends it; gzip is negotiated and decoded transparently. The exchange continues as soon
 * as CARTO's answer starts: nothing is buffered.
 */
final class CartoCopyToProducer extends CartoAsyncProducer {

    CartoCopyToProducer(CartoEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletableFuture<?> start(Exchange exchange) {
        CartoEndpoint endpoint = getEndpoint();
        String sql = ExchangeInputs.sql(exchange, endpoint);
        V2QueryOptions options = endpoint.options().v2QueryOptions();
        Message message = exchange.getMessage();
        return V2Messages.withRateLimitsOnFailure(message,
                endpoint.clients().copyApi().copyTo(sql, options.filename(), options.method(), options.gzip())
                        .thenAccept(download -> CartoV2QueryProducer.write(exchange, download)));
    }
}
