package io.github.camelcarto.samples;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares the shape of two JSON documents: field names and JSON types (object, array, string, number, boolean,
 * null), not values. An empty object or array in the sample stands for any content (CARTO's {@code metadata: {}} is
 * whatever the caller sent). Array elements are compared with the sample's element at the same index, or its last
 * one, so a sample {@code [hit, miss]} checks a batch answer entry by entry.
 */
final class JsonShape {

    private JsonShape() {
    }

    /** @param exact whether fields the sample lacks are differences too */
    static List<String> differences(JsonNode sample, JsonNode actual, boolean exact) {
        List<String> differences = new ArrayList<>();
        compare(sample, actual, "", exact, differences);
        return differences;
    }

    private static void compare(JsonNode sample, JsonNode actual, String path, boolean exact, List<String> differences) {
        if (sample.getNodeType() != actual.getNodeType()) {
            differences.add(where(path) + ": " + typeOf(sample) + " expected, " + typeOf(actual) + " found");
        } else if (sample.isObject() && !sample.isEmpty()) {
            for (Iterator<String> names = sample.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (actual.has(name)) {
                    compare(sample.get(name), actual.get(name), path + "/" + name, exact, differences);
                } else {
                    differences.add(where(path + "/" + name) + ": missing");
                }
            }
            if (exact) {
                for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!sample.has(name)) {
                        differences.add(where(path + "/" + name) + ": not in CARTO's answer");
                    }
                }
            }
        } else if (sample.isArray() && !sample.isEmpty()) {
            for (int i = 0; i < actual.size(); i++) {
                compare(sample.get(Math.min(i, sample.size() - 1)), actual.get(i), path + "/" + i, exact, differences);
            }
        }
    }

    private static String typeOf(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String where(String path) {
        return path.isEmpty() ? "/" : path;
    }
}
