package io.github.camelcarto.local.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.http.ErrorStyle;
import io.github.camelcarto.local.http.HttpCall;
import io.github.camelcarto.local.http.Json;
import io.github.camelcarto.local.http.RequestGate;
import io.github.camelcarto.local.http.Route;
import io.github.camelcarto.local.http.ShapedApiException;

/**
 * Per-endpoint-group rate limits in fixed windows, answered as CARTO's SQL API does: every limited response carries
 * {@code Carto-Rate-Limit-Limit/Remaining/Reset}; over the limit is 429 with {@code Retry-After}.
 */
public final class RateLimiter implements RequestGate {

    static final String MESSAGE = "You are over platform's limits. Please contact us to know more details";

    private final RateLimit defaultLimit;
    private final Map<String, RateLimit> limits;
    private final LongSupplier nanoClock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(RateLimit defaultLimit, Map<String, RateLimit> limits, LongSupplier nanoClock) {
        this.defaultLimit = defaultLimit;
        this.limits = Map.copyOf(limits);
        this.nanoClock = nanoClock;
    }

    @Override
    public void check(Route route, HttpCall call) {
        RateLimit limit = limits.getOrDefault(route.group(), defaultLimit);
        if (limit == null) {
            return;
        }
        Window window = windows.computeIfAbsent(route.group(), group -> new Window());
        long[] outcome = window.take(limit, nanoClock.getAsLong());
        long remaining = outcome[0];
        long resetSeconds = outcome[1];
        call.setHeader("Carto-Rate-Limit-Limit", Integer.toString(limit.requests()));
        call.setHeader("Carto-Rate-Limit-Remaining", Long.toString(Math.max(remaining, 0)));
        call.setHeader("Carto-Rate-Limit-Reset", Long.toString(resetSeconds));
        if (remaining < 0) {
            call.setHeader("Retry-After", Long.toString(resetSeconds));
            if (route.style() == ErrorStyle.V2) {
                ObjectNode body = ErrorStyle.V2.body(429, MESSAGE);
                body.put("context", "limit");
                body.put("detail", "rate-limit");
                throw new ShapedApiException(429, body, Map.of());
            }
            throw new ApiException(429, MESSAGE);
        }
    }

    /** One group's current window: when it started and how many requests it has taken. */
    private static final class Window {
        private long startNanos = Long.MIN_VALUE;
        private int taken;

        /** @return {remaining after this request (negative: refused), seconds until the window resets} */
        synchronized long[] take(RateLimit limit, long now) {
            long period = limit.periodSeconds() * 1_000_000_000L;
            if (startNanos == Long.MIN_VALUE || now - startNanos >= period) {
                startNanos = now;
                taken = 0;
            }
            long resetSeconds = Math.max(1, (startNanos + period - now + 999_999_999L) / 1_000_000_000L);
            if (taken >= limit.requests()) {
                return new long[] { -1, resetSeconds };
            }
            taken++;
            return new long[] { limit.requests() - taken, resetSeconds };
        }
    }
}
