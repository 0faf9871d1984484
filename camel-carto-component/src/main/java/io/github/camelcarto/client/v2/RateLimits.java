package io.github.camelcarto.client.v2;

import java.net.http.HttpHeaders;

import io.github.camelcarto.client.CartoRateLimitException;

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
        return new RateLimits(number(headers, "Carto-Rate-Limit-Limit"), number(headers, "Carto-Rate-Limit-Remaining"),
                number(headers, "Carto-Rate-Limit-Reset"));
    }

    public static RateLimits of(CartoRateLimitException e) {
        return new RateLimits(e.getLimit(), e.getRemaining(), e.getReset());
    }

    public boolean isEmpty() {
        return limit == null && remaining == null && reset == null;
    }

    private static Long number(HttpHeaders headers, String name) {
        return headers.firstValue(name).map(String::trim).map(value -> {
            try {
                return Long.valueOf(value);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }
}
