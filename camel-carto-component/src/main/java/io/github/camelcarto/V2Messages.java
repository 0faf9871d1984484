package io.github.camelcarto;

import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.exception.CartoRateLimitException;
import io.github.camelcarto.client.http.Futures;
import io.github.camelcarto.client.v2.RateLimits;
import org.apache.camel.Message;

/** Writes what every SQL API v2 answer carries onto a message. */
final class V2Messages {

    private V2Messages() {
    }

    /** The Carto-Rate-Limit-* headers; absent values remove stale headers of an earlier call. */
    static void rateLimits(Message message, RateLimits limits) {
        set(message, CartoConstants.RATE_LIMIT_LIMIT, limits.limit());
        set(message, CartoConstants.RATE_LIMIT_REMAINING, limits.remaining());
        set(message, CartoConstants.RATE_LIMIT_RESET, limits.reset());
    }

    /** On a rate-limit failure, the headers CARTO sent with its 429, so that a route can see how long to back off. */
    static <T> CompletableFuture<T> withRateLimitsOnFailure(Message message, CompletableFuture<T> work) {
        return work.whenComplete((ignored, error) -> {
            if (error != null && Futures.cause(error) instanceof CartoRateLimitException limited) {
                rateLimits(message, RateLimits.of(limited));
            }
        });
    }

    static void set(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        } else {
            message.removeHeader(header);
        }
    }
}
