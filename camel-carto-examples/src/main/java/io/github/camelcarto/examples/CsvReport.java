package io.github.camelcarto.examples;

import java.util.List;
import java.util.Map;

import io.github.camelcarto.CartoConstants;
import org.apache.camel.Body;
import org.apache.camel.Header;

/** Rows of a carto:query as RFC 4180 CSV, columns in the order of the query's schema. */
public final class CsvReport {

    private CsvReport() {
    }

    public static String format(@Body List<Map<String, Object>> rows, @Header(CartoConstants.SCHEMA) List<Map<String, Object>> schema) {
        List<String> columns = columns(rows, schema);
        StringBuilder csv = new StringBuilder();
        appendLine(csv, columns);
        for (Map<String, Object> row : rows) {
            appendLine(csv, columns.stream().map(row::get).toList());
        }
        return csv.toString();
    }

    private static List<String> columns(List<Map<String, Object>> rows, List<Map<String, Object>> schema) {
        if (schema != null && !schema.isEmpty()) {
            return schema.stream().map(column -> String.valueOf(column.get("name"))).toList();
        }
        return rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet());
    }

    private static void appendLine(StringBuilder csv, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(values.get(i)));
        }
        csv.append("\r\n");
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
