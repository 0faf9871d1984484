package io.github.camelcarto.local.limits;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.http.HttpCall;
import io.github.camelcarto.local.http.RequestGate;
import io.github.camelcarto.local.http.Route;

/**
 * Makes the server misbehave on purpose, so users can test their error handling: a fixed delay before every API
 * request and a share of requests answered with 503.
 */
public final class FaultInjector implements RequestGate {

    private final long latencyMillis;
    private final double failureRatio;

    public FaultInjector(long latencyMillis, double failureRatio) {
        this.latencyMillis = latencyMillis;
        this.failureRatio = failureRatio;
    }

    @Override
    public void check(Route route, HttpCall call) throws InterruptedException {
        if (latencyMillis > 0) {
            // the delay is the point: it holds this request's server thread as a slow CARTO would
            TimeUnit.MILLISECONDS.sleep(latencyMillis);
        }
        if (failureRatio > 0 && ThreadLocalRandom.current().nextDouble() < failureRatio) {
            throw new ApiException(503, "Service unavailable (failure injected by carto-local, failureRatio "
                                        + failureRatio + ")");
        }
    }
}
