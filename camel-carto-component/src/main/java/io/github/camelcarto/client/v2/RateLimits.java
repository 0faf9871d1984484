package io.github.camelcarto.client.v2;

import java.net.http.HttpHeaders;

import io.github.camelcarto.client.exception.CartoRateLimitException;
import io.github.camelcarto.client.http.ErrorResponse;

/**
 * The {@code Carto-Rate-Limit-*} headers of a SQL API v2 response; each value is null when CARTO did not send it
 * (rate limiting off, or a user without limits).
 *
 * @param limit     {@code Carto-Rate-Limit-Limit}: requests allowed in the window
 * @param remaining {@code Carto-Rate-Limit-Remaining}: requests left
 * @param reset     {@code Carto-Rate-Limit-Reset}: seconds until the limit is fully reset
 */
public record RateLimits(Long limit, Long remaining, Long reset) {

    public static final RateLimits NONE = new RateLimits(null, null, null);

    public static RateLimits of(HttpHeaders headers) {
        return new RateLimits(ErrorResponse.longHeader(headers, "Carto-Rate-Limit-Limit"),
                ErrorResponse.longHeader(headers, "Carto-Rate-Limit-Remaining"),
                ErrorResponse.longHeader(headers, "Carto-Rate-Limit-Reset"));
    }

    public static RateLimits of(CartoRateLimitException e) {
        return new RateLimits(e.getLimit(), e.getRemaining(), e.getReset());
    }

    public boolean isEmpty() {
        return limit == null && remaining == null && reset == null;
    }
}
