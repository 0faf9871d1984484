package io.github.camelcarto.local.http;

/**
 * Runs before a limited route's handler: may delay the request, add headers or end it with an error (rate limits,
 * injected faults).
 */
@FunctionalInterface
public interface RequestGate {

    void check(String group, HttpCall call) throws Exception;
}
