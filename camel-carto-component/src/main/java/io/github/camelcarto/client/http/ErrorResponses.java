package io.github.camelcarto.client.http;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.exception.CartoJobNotFoundException;
import io.github.camelcarto.client.exception.CartoRateLimitException;
import io.github.camelcarto.client.exception.CartoStatementTimeoutException;

/** Turns a non-2xx CARTO response into the matching typed exception. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    static CartoHttpException toException(CartoRequest request, int status, HttpHeaders headers, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        String cartoMessage = cartoMessageOf(text);
        String shown = cartoMessage != null ? cartoMessage : (text.isBlank() ? "no message" : Json.snippet(text));
        String where = "CARTO answered HTTP " + status + " to " + request.description() + " (" + request.method() + " "
                       + request.path() + ")";
        if (status == 429 && isSqlApiV2(request) && retryAfter(headers) == null) {
            // SQL API v2 sends Retry-After with every rate-limit 429; without it the 429 is the statement timeout
            return new CartoStatementTimeoutException(where + ": " + shown + ". The query hit the account's statement "
                    + "timeout on CARTO's SQL API v2; running it again will time out again. Run it as a batch job "
                    + "(carto:job with apiVersion=v2) or make it faster.", cartoMessage, text);
        }
        if (status == 400 && isSqlApiV2(request) && cartoMessage != null) {
            java.util.regex.Matcher missing = JOB_NOT_FOUND.matcher(cartoMessage);
            if (missing.find()) {
                return new CartoJobNotFoundException(where + ": " + shown + ". CARTO deletes finished batch jobs a few "
                        + "hours after they end; check the job id.", missing.group(1), cartoMessage, text);
            }
        }
        if (status == 429) {
            Duration retryAfter = retryAfter(headers);
            Long limit = longHeader(headers, "Carto-Rate-Limit-Limit");
            Long remaining = longHeader(headers, "Carto-Rate-Limit-Remaining");
            Long reset = longHeader(headers, "Carto-Rate-Limit-Reset");
            String advice = retryAfter != null
                    ? " CARTO asks to retry after " + retryAfter.toSeconds() + " s."
                    : " Slow the route down (throttle EIP) or retry later.";
            return new CartoRateLimitException(where + ": rate limit reached: " + shown + "." + advice, cartoMessage, text,
                    retryAfter, limit, remaining, reset);
        }
        return new CartoHttpException(where + ": " + shown + (isSqlApiV2(request) ? v2HintFor(request, status) : hintFor(status)),
                status, cartoMessage, text);
    }

    private static final java.util.regex.Pattern JOB_NOT_FOUND = java.util.regex.Pattern
            .compile("Job with id (\\S+) not found");

    /** Requests to CARTO 2's SQL API ({@code /api/v2/sql...} below the user's base URL). */
    static boolean isSqlApiV2(CartoRequest request) {
        return request.path().startsWith("/api/v2/sql");
    }

    private static String v2HintFor(CartoRequest request, int status) {
        return switch (status) {
            case 401 -> " (check the apiKey: CARTO does not know it)";
            case 403 -> request.path().startsWith("/api/v2/sql/job")
                    ? " (batch jobs need the account's master API key)"
                    : " (the apiKey lacks a grant for this table or API, or the base URL names another user)";
            case 404 -> " (check apiBaseUrl: https://{user}.carto.com or https://host/user/{user})";
            default -> "";
        };
    }

    private static String hintFor(int status) {
        return switch (status) {
            case 401 -> " (check the accessToken: it is missing, expired or not a CARTO token)";
            case 403 -> " (the token lacks a grant for this connection, table or API)";
            default -> "";
        };
    }

    private static String cartoMessageOf(String text) {
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            if (node != null && node.isObject()) {
                Map<String, Object> map = Json.toMap(node);
                return ErrorMessages.extract(map);
            }
        } catch (IOException | IllegalArgumentException notJson) {
            // an HTML error page from a proxy: the snippet of the text is shown instead
        }
        return null;
    }

    /** Retry-After in seconds or as an HTTP date; CARTO's -1 ("allowed") and garbage give null. */
    static Duration retryAfter(HttpHeaders headers) {
        String value = headers.firstValue("Retry-After").orElse(null);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration until = Duration.between(Instant.now(), at);
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException garbage) {
                return null;
            }
        }
    }

    /** A whole-number header, or null when it is absent or not a number. */
    public static Long longHeader(HttpHeaders headers, String name) {
        return headers.firstValue(name).map(String::trim).map(v -> {
            try {
                return Long.valueOf(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }
}
