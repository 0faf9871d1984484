package io.github.camelcarto.client.http;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.client.exception.CartoHttpException;

/**
 * A non-2xx answer, read in full: what an {@link ErrorMapping} decides from.
 *
 * @param request      the call that was answered
 * @param status       the HTTP status
 * @param headers      the answer's headers
 * @param body         the body as text (un-gzipped)
 * @param cartoMessage CARTO's own explanation found in the body, or null
 */
public record ErrorResponse(CartoRequest request, int status, HttpHeaders headers, String body, String cartoMessage) {

    /** Reads an error answer's body, finding CARTO's message in whichever shape CARTO used. */
    public static ErrorResponse of(CartoRequest request, int status, HttpHeaders headers, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return new ErrorResponse(request, status, headers, text, cartoMessageOf(text));
    }

    /** What was answered to which call: {@code CARTO answered HTTP 404 to the query ... (GET /v3/...)}. */
    public String where() {
        return "CARTO answered HTTP " + status + " to " + request.description() + " (" + request.method() + " "
               + request.path() + ")";
    }

    /** CARTO's message, else the start of the body, else "no message". */
    public String shown() {
        return cartoMessage != null ? cartoMessage : body.isBlank() ? "no message" : Json.snippet(body);
    }

    /** The plain HTTP failure: where, what CARTO said, and {@code explanation} (empty, or starting with a space). */
    public CartoHttpException failure(String explanation) {
        return new CartoHttpException(where() + ": " + shown() + explanation, status, cartoMessage, body);
    }

    /** Retry-After in seconds or as an HTTP date; CARTO's -1 ("allowed") and garbage give null. */
    public Duration retryAfter() {
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

    /** A whole-number header of an answer, or null when it is absent or not a number. */
    public static Long longHeader(HttpHeaders headers, String name) {
        return headers.firstValue(name).map(String::trim).map(value -> {
            try {
                return Long.valueOf(value);
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }).orElse(null);
    }

    private static String cartoMessageOf(String text) {
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            if (node != null && node.isObject()) {
                return ErrorMessages.extract(Json.toMap(node));
            }
        } catch (IOException | IllegalArgumentException notJson) {
            // an HTML error page from a proxy: the snippet of the text is shown instead
        }
        return null;
    }
}
