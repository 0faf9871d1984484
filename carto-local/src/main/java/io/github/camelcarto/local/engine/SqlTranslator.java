package io.github.camelcarto.local.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites one statement from CARTO's dialects into JDBC's: a BigQuery-style {@code `proj.dataset.table`} becomes the
 * single quoted identifier {@code "proj.dataset.table"}, and {@code @name}, {@code $1} and {@code :1} placeholders
 * become {@code ?} with their values collected for binding. Literals and comments are left untouched.
 */
public final class SqlTranslator {

    /**
     * {@code @name} (not {@code @@name}); {@code $n}; {@code :n} unless it follows a word character, a colon or a
     * bracket, which keeps {@code x::int} casts and {@code arr[1:2]} slices intact.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?<![@\\w])@([A-Za-z_][A-Za-z0-9_]*)|(?<![\\w$])\\$(\\d+)|(?<![\\w:\\[\\]]):(\\d+)");

    private SqlTranslator() {
    }

    public static PreparedSql translate(String statement, QueryParameters parameters) {
        StringBuilder sql = new StringBuilder(statement.length());
        List<Object> values = new ArrayList<>();
        for (SqlSegments.Segment segment : SqlSegments.of(statement)) {
            switch (segment.kind()) {
                case CODE -> appendCode(sql, segment.text(), parameters, values);
                case BACKTICK_QUOTED -> sql.append(quoteIdentifier(unquoteBackticks(segment.text())));
                default -> sql.append(segment.text());
            }
        }
        return new PreparedSql(sql.toString(), values);
    }

    /** A name as one double-quoted SQL identifier, whatever dots or quotes it holds. */
    public static String quoteIdentifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String unquoteBackticks(String quoted) {
        String inner = quoted.endsWith("`") && quoted.length() > 1 ? quoted.substring(1, quoted.length() - 1)
                : quoted.substring(1);
        return inner.replace("``", "`");
    }

    private static void appendCode(StringBuilder sql, String code, QueryParameters parameters, List<Object> values) {
        Matcher matcher = PLACEHOLDER.matcher(code);
        int from = 0;
        while (matcher.find()) {
            sql.append(code, from, matcher.start()).append('?');
            if (matcher.group(1) != null) {
                values.add(parameters.named(matcher.group(1)));
            } else if (matcher.group(2) != null) {
                values.add(parameters.positional(Integer.parseInt(matcher.group(2)), matcher.group()));
            } else {
                values.add(parameters.positional(Integer.parseInt(matcher.group(3)), matcher.group()));
            }
            from = matcher.end();
        }
        sql.append(code.substring(from));
    }
}
