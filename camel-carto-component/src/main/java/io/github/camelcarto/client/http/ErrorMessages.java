package io.github.camelcarto.client.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Finds CARTO's human-readable message in an error body. CARTO uses several shapes: {@code error} as a string
 * (CARTO 3), as an array of strings (SQL API v2), as an object {@code {code, msg}} (v3 jobs), BigQuery-style
 * {@code errorResult.message}, {@code failed_reason} (v2 batch jobs), and {@code message}/{@code title}/{@code detail};
 * some answers add {@code description}, {@code hint} or {@code column_name} (carto-api.md, Appendix B), which are
 * kept with it under their own names.
 */
public final class ErrorMessages {

    private static final List<String> MESSAGE_FIELDS = List.of("error", "errors", "errorResult", "failed_reason",
            "message", "title", "detail");
    private static final List<String> DETAIL_FIELDS = List.of("description", "hint", "column_name");
    private static final List<String> LOG_LEVEL_FIELDS = List.of("level", "severity", "type");

    private ErrorMessages() {
    }

    /**
     * The message in a parsed JSON object with the details CARTO sent next to it, as
     * {@code "Column not found; column_name: pop_max"}; a description without a message is the message. Null when
     * the object holds none.
     */
    public static String extract(Map<?, ?> body) {
        if (body == null) {
            return null;
        }
        String message = null;
        for (String field : MESSAGE_FIELDS) {
            message = textOf(body.get(field));
            if (message != null) {
                break;
            }
        }
        if (message == null && body.get("status") instanceof Map<?, ?> status) {
            message = extract(status);
        }
        return withDetails(message, body);
    }

    /**
     * The reason an import's {@code logs} give, for a failure that says it nowhere else (the CARTO CLI's import JSON
     * is {@code {status, destination, rowsImported, schema, jobId, logs}}): a text, or a list of texts or of entries
     * with a message; the entries marked as errors, else the last one. Null when there is none.
     */
    public static String fromLogs(Map<?, ?> body) {
        Object logs = body.get("logs");
        if (!(logs instanceof List<?> entries)) {
            return textOf(logs);
        }
        String errors = entries.stream().filter(ErrorMessages::isErrorEntry).map(ErrorMessages::textOf)
                .filter(Objects::nonNull).collect(Collectors.joining("; "));
        if (!errors.isEmpty()) {
            return errors;
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            String text = textOf(entries.get(i));
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static String withDetails(String message, Map<?, ?> body) {
        String text = message;
        for (String field : DETAIL_FIELDS) {
            String detail = textOf(body.get(field));
            if (detail == null || text != null && text.contains(detail)) {
                continue;
            }
            text = text == null ? detail : text + "; " + field + ": " + detail;
        }
        return text;
    }

    private static boolean isErrorEntry(Object entry) {
        if (entry instanceof Map<?, ?> map) {
            for (String field : LOG_LEVEL_FIELDS) {
                if (map.get(field) instanceof String level) {
                    String lower = level.toLowerCase(Locale.ROOT);
                    return lower.startsWith("err") || lower.equals("fatal") || lower.equals("critical");
                }
            }
        }
        return false;
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
            for (String field : List.of("message", "msg", "reason", "detail", "text")) {
                if (map.get(field) instanceof String s && !s.isBlank()) {
                    return s;
                }
            }
        }
        return null;
    }
}
