package io.github.camelcarto.local.http;

/**
 * Runs before a limited route's handler: may delay the request, add headers or end it with an error (rate limits,
 * injected faults).
 */
@FunctionalInterface
public interface RequestGate {

    /** @param route the matched route; its group names the rate-limit bucket, its style the error shape */
    void check(Route route, HttpCall call) throws Exception;
}
