package io.github.camelcarto.client.http;

import java.time.Duration;

import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.exception.CartoRateLimitException;

/** The transport's own {@link ErrorMapping}: HTTP's statuses as CARTO 3's APIs use them. */
public final class ErrorResponses implements ErrorMapping {

    public static final ErrorResponses CARTO_3 = new ErrorResponses();

    private ErrorResponses() {
    }

    @Override
    public CartoHttpException toException(ErrorResponse response) {
        if (response.status() == 429) {
            return rateLimited(response);
        }
        return response.failure(switch (response.status()) {
            case 401 -> " (CARTO did not accept the access token: it is missing, expired or not a CARTO token)";
            case 403 -> " (the token lacks a grant for this connection, table or API)";
            default -> "";
        });
    }

    /** A 429: CARTO refused the call; with {@code Retry-After} and the {@code Carto-Rate-Limit-*} values it sent. */
    public static CartoRateLimitException rateLimited(ErrorResponse response) {
        Duration retryAfter = response.retryAfter();
        String advice = retryAfter != null
                ? " CARTO asks to retry after " + retryAfter.toSeconds() + " s."
                : " Send fewer requests at once, or retry later.";
        return new CartoRateLimitException(response.where() + ": rate limit reached: " + response.shown() + "." + advice,
                response.cartoMessage(), response.body(), retryAfter,
                ErrorResponse.longHeader(response.headers(), "Carto-Rate-Limit-Limit"),
                ErrorResponse.longHeader(response.headers(), "Carto-Rate-Limit-Remaining"),
                ErrorResponse.longHeader(response.headers(), "Carto-Rate-Limit-Reset"));
    }
}
