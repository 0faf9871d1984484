package io.github.camelcarto.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * The {@code CALL} that runs a CARTO Workflow enabled for API access, in the dialect of the connection's warehouse:
 * {@code CALL `project.dataset.wfproc_x`(@a, @b)} on BigQuery, as CARTO's "Executing workflows via API" page shows,
 * {@code CALL DB.SCHEMA.WFPROC_X(:1, :2)} on Snowflake, {@code CALL schema.wfproc_x($1, $2)} on PostgreSQL and
 * Redshift. Values are sent as query parameters and never enter the SQL text.
 */
public record WorkflowCall(String sql, QueryParameters parameters) {

    /**
     * @param procedure      the fully qualified procedure, as the workflow's API dialog shows it
     * @param values         parameter values: a Map by name, or (for a positional dialect) a List in declaration
     *                       order; null for a procedure without parameters
     * @param parameterOrder the procedure's parameter names in declaration order, or null to use the Map's own
     *                       order (which must then be defined: a LinkedHashMap or SortedMap)
     */
    public static WorkflowCall of(WarehouseDialect dialect, String procedure, Object values, String parameterOrder) {
        List<String> names;
        List<Object> ordered = new ArrayList<>();
        if (values instanceof List<?> list) {
            if (dialect.namedParameters()) {
                throw new IllegalArgumentException("A " + dialect + " CALL takes named parameters (@name): give the "
                                                   + "workflow's parameters as a Map by name, not a List");
            }
            ordered.addAll(list);
            names = null;
        } else if (values == null || values instanceof Map<?, ?>) {
            Map<?, ?> given = values == null ? Map.of() : (Map<?, ?>) values;
            names = order(given, parameterOrder);
            names.forEach(name -> ordered.add(given.get(name)));
        } else {
            throw new IllegalArgumentException("The workflow's parameters must be a Map by name"
                                               + (dialect.namedParameters() ? "" : " or a List in declaration order")
                                               + ", but were a " + values.getClass().getName());
        }
        List<String> placeholders = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            placeholders.add(dialect.placeholder(i + 1, names == null ? null : names.get(i)));
        }
        QueryParameters parameters;
        if (dialect.namedParameters()) {
            Map<String, Object> named = new LinkedHashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                named.put(names.get(i), ordered.get(i));
            }
            parameters = QueryParameters.named(named);
        } else {
            parameters = QueryParameters.positional(ordered);
        }
        return new WorkflowCall("CALL " + dialect.quote(procedure) + "(" + String.join(", ", placeholders) + ")",
                parameters);
    }

    private static List<String> order(Map<?, ?> values, String parameterOrder) {
        if (parameterOrder != null && !parameterOrder.isBlank()) {
            List<String> names = Arrays.stream(parameterOrder.split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            Set<String> missing = new LinkedHashSet<>(names);
            Set<String> given = new LinkedHashSet<>();
            values.keySet().forEach(k -> given.add(String.valueOf(k)));
            missing.removeAll(given);
            given.removeAll(names);
            if (!missing.isEmpty() || !given.isEmpty()) {
                throw new IllegalArgumentException("The workflow parameters do not match parameterOrder=" + parameterOrder
                                                   + (missing.isEmpty() ? "" : "; no value for " + missing)
                                                   + (given.isEmpty() ? "" : "; not in parameterOrder: " + given));
            }
            return names;
        }
        if (values.size() > 1 && !(values instanceof LinkedHashMap) && !(values instanceof SortedMap)) {
            throw new IllegalArgumentException("The workflow parameters come in a " + values.getClass().getSimpleName()
                                               + ", whose order is undefined, but a CALL passes them by position: "
                                               + "use a LinkedHashMap or give parameterOrder (the names in declaration order)");
        }
        List<String> names = new ArrayList<>();
        values.keySet().forEach(k -> names.add(String.valueOf(k)));
        return names;
    }
}
