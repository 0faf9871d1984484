package io.github.camelcarto.client.exception;

/**
 * CARTO's SQL API v2 stopped the query at the account's statement timeout and answered 429 without
 * {@code Retry-After}. Not a rate limit: retrying runs into the same timeout, so it is never retried. Run the SQL as a
 * batch job instead.
 */
public class CartoStatementTimeoutException extends CartoHttpException {

    public CartoStatementTimeoutException(String message, String cartoMessage, String responseBody) {
        super(message, 429, cartoMessage, responseBody);
    }
}
