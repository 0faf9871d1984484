package io.github.camelcarto.local.engine;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code queryParameters} of a request: an object for named {@code @name} placeholders (BigQuery style) or an
 * array for positional {@code $1} / {@code :1} ones (PostgreSQL / Snowflake style). Values stay values: they are
 * bound with JDBC, never put into the SQL text.
 */
public final class QueryParameters {

    public static final QueryParameters NONE = new QueryParameters(null);

    private final JsonNode json;

    private QueryParameters(JsonNode json) {
        this.json = json;
    }

    /** Accepts null, JSON null, an object or an array. */
    public static QueryParameters of(JsonNode json) {
        if (json == null || json.isNull() || json.isMissingNode()) {
            return NONE;
        }
        if (!json.isObject() && !json.isArray()) {
            throw new IllegalArgumentException("queryParameters must be a JSON object (named @name parameters) "
                                               + "or an array (positional $1 or :1 parameters)");
        }
        return new QueryParameters(json);
    }

    public JsonNode json() {
        return json;
    }

    public boolean isEmpty() {
        return json == null || json.isEmpty();
    }

    Object named(String name) {
        if (json == null || !json.isObject() || !json.has(name)) {
            throw new MissingParameterException("Query parameter '@" + name + "' has no value in queryParameters"
                                                + (json != null && json.isObject() ? "; given: " + fieldNames() : ""));
        }
        return JdbcValues.fromJson(json.get(name));
    }

    Object positional(int position, String placeholder) {
        if (json == null || !json.isArray() || position < 1 || position > json.size()) {
            throw new MissingParameterException("Query parameter '" + placeholder + "' has no value: queryParameters "
                                                + (json != null && json.isArray() ? "holds " + json.size() + " value(s)"
                                                        : "must be an array for positional parameters"));
        }
        return JdbcValues.fromJson(json.get(position - 1));
    }

    private List<String> fieldNames() {
        return json.properties().stream().map(Map.Entry::getKey).toList();
    }
}
