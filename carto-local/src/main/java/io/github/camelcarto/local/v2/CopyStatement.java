package io.github.camelcarto.local.v2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelcarto.local.http.ApiException;

/**
 * A PostgreSQL COPY as the SQL API v2 takes it: {@code COPY table [(cols)] FROM STDIN [WITH] (options)} or
 * {@code COPY {table [(cols)] | (query)} TO STDOUT [WITH] (options)}. Options: FORMAT csv|text, HEADER, DELIMITER,
 * NULL; the older {@code WITH CSV HEADER} spelling too.
 */
record CopyStatement(String table, List<String> columns, String query, boolean csv, boolean header, char delimiter,
                     String nullText) {

    private static final Pattern FROM = Pattern.compile(
            "(?is)^\\s*COPY\\s+(.+?)\\s*(?:\\(([^()]*)\\))?\\s+FROM\\s+STDIN\\b(.*?);?\\s*$");
    private static final Pattern TO_QUERY = Pattern.compile("(?is)^\\s*COPY\\s*\\((.*)\\)\\s*TO\\s+STDOUT\\b(.*?);?\\s*$");
    private static final Pattern TO_TABLE = Pattern.compile(
            "(?is)^\\s*COPY\\s+(.+?)\\s*(?:\\(([^()]*)\\))?\\s+TO\\s+STDOUT\\b(.*?);?\\s*$");
    private static final Pattern OPTION = Pattern.compile("(?i)(FORMAT|HEADER|DELIMITER|NULL|CSV|BINARY)\\s*('(?:[^']|'')*'|\\w+)?");

    static CopyStatement parseFrom(String sql) {
        Matcher matcher = FROM.matcher(requireCopy(sql));
        if (!matcher.matches()) {
            throw ApiException.badRequest("carto-local understands COPY table [(columns)] FROM STDIN WITH (FORMAT csv, "
                                          + "HEADER true); got: " + sql);
        }
        return withOptions(matcher.group(1).strip(), columns(matcher.group(2)), null, matcher.group(3));
    }

    static CopyStatement parseTo(String sql) {
        Matcher query = TO_QUERY.matcher(requireCopy(sql));
        if (query.matches()) {
            return withOptions(null, List.of(), query.group(1), query.group(2));
        }
        Matcher table = TO_TABLE.matcher(sql);
        if (!table.matches()) {
            throw ApiException.badRequest("carto-local understands COPY (query) TO STDOUT WITH (FORMAT csv, HEADER "
                                          + "true) and COPY table [(columns)] TO STDOUT; got: " + sql);
        }
        return withOptions(table.group(1).strip(), columns(table.group(2)), null, table.group(3));
    }

    /** The query whose rows COPY TO writes. */
    String selectSql() {
        return query != null ? query
                : "SELECT " + (columns.isEmpty() ? "*" : String.join(", ", columns)) + " FROM " + table;
    }

    /** The statement, if it is one the real server accepts (it only checks the first word). */
    static String requireCopy(String sql) {
        if (sql == null || sql.isBlank()) {
            throw ApiException.badRequest("SQL is missing");
        }
        if (!sql.strip().toUpperCase(Locale.ROOT).startsWith("COPY ")) {
            throw ApiException.badRequest("SQL must start with COPY");
        }
        return sql;
    }

    private static List<String> columns(String list) {
        List<String> columns = new ArrayList<>();
        if (list != null) {
            for (String column : list.split(",")) {
                if (!column.isBlank()) {
                    columns.add(column.strip());
                }
            }
        }
        return columns;
    }

    private static CopyStatement withOptions(String table, List<String> columns, String query, String options) {
        boolean csv = false;
        boolean header = false;
        Character delimiter = null;
        String nullText = null;
        Matcher option = OPTION.matcher(options == null ? "" : options);
        while (option.find()) {
            String name = option.group(1).toUpperCase(Locale.ROOT);
            String value = option.group(2) == null ? "" : unquote(option.group(2));
            switch (name) {
                case "FORMAT" -> {
                    csv = value.equalsIgnoreCase("csv");
                    if (value.equalsIgnoreCase("binary")) {
                        throw ApiException.badRequest("carto-local does not support COPY FORMAT binary");
                    }
                }
                case "CSV" -> csv = true;
                case "BINARY" -> throw ApiException.badRequest("carto-local does not support COPY FORMAT binary");
                case "HEADER" -> header = value.isEmpty() || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on");
                case "DELIMITER" -> delimiter = value.isEmpty() ? null : value.charAt(0);
                default -> nullText = value;
            }
        }
        char separator = delimiter != null ? delimiter : csv ? ',' : '\t';
        String nulls = nullText != null ? nullText : csv ? "" : "\\N";
        return new CopyStatement(table, columns, query, csv, header, separator, nulls);
    }

    private static String unquote(String value) {
        return value.startsWith("'") ? value.substring(1, value.length() - 1).replace("''", "'") : value;
    }
}
