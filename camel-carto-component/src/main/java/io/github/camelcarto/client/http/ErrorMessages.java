package io.github.camelcarto.client.http;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds CARTO's human-readable message in an error body. CARTO uses several shapes: {@code error} as a string
 * (CARTO 3), as an array of strings (SQL API v2), as an object {@code {code, msg}} (v3 jobs), BigQuery-style
 * {@code errorResult.message}, {@code failed_reason} (v2 batch jobs), and {@code message}/{@code title}/{@code detail}.
 */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    /** The message in a parsed JSON object, or null when it holds none. */
    public static String extract(Map<?, ?> body) {
        if (body == null) {
            return null;
        }
        for (String field : List.of("error", "errors", "errorResult", "failed_reason", "message", "title", "detail")) {
            String text = textOf(body.get(field));
            if (text != null) {
                return text;
            }
        }
        if (body.get("status") instanceof Map<?, ?> status) {
            return extract(status);
        }
        return null;
    }

    private static String textOf(Object value) {
        if (value instanceof String s) {
            return s.isBlank() ? null : s;
        }
        if (value instanceof List<?> list) {
            String joined = list.stream().map(ErrorMessages::textOf).filter(s -> s != null)
                    .collect(Collectors.joining("; "));
            return joined.isEmpty() ? null : joined;
        }
        if (value instanceof Map<?, ?> map) {
            for (String field : List.of("message", "msg", "reason", "detail")) {
                if (map.get(field) instanceof String s && !s.isBlank()) {
                    return s;
                }
            }
        }
        return null;
    }
}
