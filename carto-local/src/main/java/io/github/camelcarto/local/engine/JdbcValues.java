package io.github.camelcarto.local.engine;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns a JSON parameter value into the Java value bound with {@code PreparedStatement.setObject}. */
final class JdbcValues {

    private JdbcValues() {
    }

    static Object fromJson(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.canConvertToLong() ? (Object) value.longValue() : value.bigIntegerValue();
        }
        if (value.isNumber()) {
            // BigQuery passes numbers as FLOAT64: keep them floating point
            return value.doubleValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        // objects and arrays travel as their JSON text
        return value.toString();
    }
}
