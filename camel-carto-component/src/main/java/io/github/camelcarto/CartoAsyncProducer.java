package io.github.camelcarto;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

import io.github.camelcarto.client.http.Futures;

/**
 * Turns the client's futures into Camel's asynchronous routing: {@link #start(Exchange)} begins the work and returns
 * at once; the exchange continues when the future completes, on the thread that completed it. A mistake found
 * before anything was sent fails the exchange synchronously. Every failure has the endpoint's secrets hidden and gets
 * its {@link OptionHints} first. While started, the producer counts towards its CARTO's
 * {@link ProducerHealthChecks producer health check}.
 */
abstract class CartoAsyncProducer extends DefaultAsyncProducer {

    private Runnable releaseHealthCheck = () -> {
    };

    CartoAsyncProducer(CartoEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        releaseHealthCheck = getEndpoint().getComponent().producerHealthChecks().register(getEndpoint());
    }

    @Override
    protected void doStop() throws Exception {
        releaseHealthCheck.run();
        super.doStop();
    }

    @Override
    public CartoEndpoint getEndpoint() {
        return (CartoEndpoint) super.getEndpoint();
    }

    /** Starts the work for one exchange; the future completes when the exchange's message is written. */
    protected abstract CompletableFuture<?> start(Exchange exchange);

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<?> work;
        try {
            work = start(exchange);
        } catch (RuntimeException badInput) {
            exchange.setException(badInput);
            callback.done(true);
            return true;
        }
        if (work.isDone()) {
            record(exchange, work);
            callback.done(true);
            return true;
        }
        work.whenComplete((ignored, error) -> {
            if (error != null) {
                fail(exchange, error);
            }
            callback.done(false);
        });
        return false;
    }

    private void record(Exchange exchange, CompletableFuture<?> done) {
        try {
            done.join();
        } catch (CompletionException | CancellationException e) {
            fail(exchange, e);
        }
    }

    private void fail(Exchange exchange, Throwable error) {
        exchange.setException(OptionHints.addTo(Futures.cause(error), getEndpoint()));
    }
}
