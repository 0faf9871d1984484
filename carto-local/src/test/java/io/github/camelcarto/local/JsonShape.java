package io.github.camelcarto.local;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares an answer with a recorded one by what matters: the same members (all of them, or only the recorded ones
 * when the record was abbreviated), equal values, and placeholders where the value cannot repeat: {@code <number>},
 * {@code <timestamp>}, {@code <uuid>}, {@code <string>}.
 */
final class JsonShape {

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private JsonShape() {
    }

    /** The differences, one line each; empty when the answer matches. */
    static List<String> differences(JsonNode expected, JsonNode actual, boolean partial) {
        List<String> differences = new ArrayList<>();
        compare("", expected, actual, partial, differences);
        return differences;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, boolean partial, List<String> out) {
        if (actual == null || actual.isMissingNode()) {
            out.add(path + ": missing, expected " + expected);
        } else if (expected.isTextual() && placeholder(expected.textValue())) {
            if (!matches(expected.textValue(), actual)) {
                out.add(path + ": expected " + expected.textValue() + ", got " + actual);
            }
        } else if (expected.isObject()) {
            if (!actual.isObject()) {
                out.add(path + ": expected an object, got " + actual);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                compare(path + "/" + member.getKey(), member.getValue(), actual.get(member.getKey()), partial, out);
            }
            if (!partial) {
                actual.fieldNames().forEachRemaining(name -> {
                    if (!expected.has(name)) {
                        out.add(path + "/" + name + ": not in the recorded answer (" + actual.get(name) + ")");
                    }
                });
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                out.add(path + ": expected " + expected + ", got " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "/" + i, expected.get(i), actual.get(i), partial, out);
            }
        } else if (expected.isNumber() ? !actual.isNumber() || expected.decimalValue().compareTo(actual.decimalValue()) != 0
                : !expected.equals(actual)) {
            out.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    private static boolean placeholder(String text) {
        return text.equals("<number>") || text.equals("<timestamp>") || text.equals("<uuid>") || text.equals("<string>");
    }

    private static boolean matches(String placeholder, JsonNode actual) {
        return switch (placeholder) {
            case "<number>" -> actual.isNumber();
            case "<timestamp>" -> actual.isTextual() && TIMESTAMP.matcher(actual.textValue()).matches();
            case "<uuid>" -> actual.isTextual() && UUID.matcher(actual.textValue()).matches();
            default -> actual.isTextual();
        };
    }
}
