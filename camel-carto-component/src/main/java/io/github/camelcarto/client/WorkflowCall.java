package io.github.camelcarto.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code CALL} that runs a CARTO Workflow enabled for API access:
 * {@code CALL `project.dataset.wfproc_x`(@a, @b)} with the values sent as named query parameters, as CARTO's
 * "Executing workflows via API" page shows. Values never enter the SQL text.
 */
public record WorkflowCall(String sql, QueryParameters parameters) {

    /** Unquoted names: BigQuery project ids may hold hyphens; dots separate project, dataset and procedure. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");
    private static final Pattern QUOTED_NAME = Pattern.compile("(`[^`;]+`|\"[^\";]+\")(\\.(`[^`;]+`|\"[^\";]+\"|[A-Za-z0-9_]+))*");

    /**
     * @param procedure      the fully qualified procedure, plain (backtick-quoted here) or already quoted
     * @param values         parameter values by name; null or empty for a procedure without parameters
     * @param parameterOrder the procedure's parameter names in declaration order, or null to use the Map's own
     *                       order (which must then be defined: a LinkedHashMap or SortedMap)
     */
    public static WorkflowCall of(String procedure, Map<?, ?> values, String parameterOrder) {
        Map<?, ?> given = values == null ? Map.of() : values;
        List<String> names = order(given, parameterOrder);
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String name : names) {
            ordered.put(name, given.get(name));
        }
        QueryParameters parameters = QueryParameters.named(ordered);
        String arguments = names.stream().map(name -> "@" + name).collect(Collectors.joining(", "));
        return new WorkflowCall("CALL " + quote(procedure) + "(" + arguments + ")", parameters);
    }

    /** A table or procedure name as the workflow's SQL dialect expects it: backtick-quoted unless already quoted. */
    public static String quote(String name) {
        String trimmed = name.strip();
        if (QUOTED_NAME.matcher(trimmed).matches()) {
            return trimmed;
        }
        if (!PLAIN_NAME.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a valid procedure or table name: use the fully "
                                               + "qualified name CARTO shows, e.g. project.workflows_temp.wfproc_abc");
        }
        return "`" + trimmed + "`";
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
