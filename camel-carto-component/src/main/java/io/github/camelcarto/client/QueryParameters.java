package io.github.camelcarto.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Values bound to placeholders in SQL, sent to CARTO as {@code queryParameters} and never spliced into the SQL text:
 * named ({@code @name}, BigQuery and CARTO Data Warehouse) or positional ({@code $1} on PostgreSQL and Redshift,
 * {@code :1} on Snowflake).
 */
public final class QueryParameters {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final QueryParameters NONE = new QueryParameters(null);

    /** A Map (named) or a List (positional), or null for none. */
    private final Object values;

    private QueryParameters(Object values) {
        this.values = values;
    }

    public static QueryParameters none() {
        return NONE;
    }

    /** Named parameters; every name must be a valid SQL identifier (without the {@code @}). */
    public static QueryParameters named(Map<?, ?> values) {
        Map<String, Object> checked = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            String name = String.valueOf(entry.getKey());
            String bare = name.startsWith("@") ? name.substring(1) : name;
            if (!NAME.matcher(bare).matches()) {
                throw new IllegalArgumentException("Query parameter name '" + name + "' is not a valid identifier: "
                                                   + "use letters, digits and _ (the SQL refers to it as @" + bare + ")");
            }
            checked.put(bare, entry.getValue());
        }
        return checked.isEmpty() ? NONE : new QueryParameters(Collections.unmodifiableMap(checked));
    }

    /** Positional parameters: the first binds {@code $1} (or {@code :1}), and so on. */
    public static QueryParameters positional(List<?> values) {
        return values.isEmpty() ? NONE : new QueryParameters(Collections.unmodifiableList(new ArrayList<>(values)));
    }

    /** From a Map or a List; anything else is a mistake that names what was given. */
    public static QueryParameters of(Object values, String source) {
        if (values == null) {
            return NONE;
        }
        if (values instanceof Map<?, ?> map) {
            return named(map);
        }
        if (values instanceof List<?> list) {
            return positional(list);
        }
        if (values instanceof Object[] array) {
            return positional(List.of(array));
        }
        throw new IllegalArgumentException(source + " must be a Map (named @name parameters) or a List (positional $1 "
                                           + "or :1 parameters), but was a " + values.getClass().getName());
    }

    public boolean isEmpty() {
        return values == null;
    }

    public boolean isNamed() {
        return values instanceof Map;
    }

    /** The JSON value to send: a Map, a List, or null. */
    public Object toJsonValue() {
        return values;
    }

    @Override
    public String toString() {
        return String.valueOf(values);
    }
}
