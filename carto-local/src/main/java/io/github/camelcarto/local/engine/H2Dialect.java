package io.github.camelcarto.local.engine;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL that v2 users write, made runnable on H2 (which already runs in its PostgreSQL mode): the type names
 * H2 lacks, JSON literals that H2 would read as JSON strings, {@code now()} as a timestamp with time zone,
 * {@code ::regclass} casts, and {@code generate_series} as H2's {@code SYSTEM_RANGE}. Literals and comments are
 * never touched.
 */
final class H2Dialect implements SqlDialect {

    private static final Pattern TIME_ZONE_TYPES = Pattern.compile("(?i)\\b(timestamptz|timetz)\\b");
    /** {@code '{"a":1}'::jsonb}: H2 would make that a JSON string; {@code JSON '{"a":1}'} parses it. */
    private static final Pattern JSON_LITERAL_CAST = Pattern.compile("(?i)'( *)'\\s*::\\s*jsonb?\\b");
    private static final Pattern NOW = Pattern.compile("(?i)\\bnow\\s*\\(\\s*\\)");
    private static final Pattern REGCLASS_CAST = Pattern.compile("(?i)\\s*::\\s*regclass\\b");
    private static final Pattern GENERATE_SERIES = Pattern.compile("(?i)\\bgenerate_series\\s*\\(");
    private static final Pattern TABLE_CONTEXT = Pattern.compile("(?i)(\\bfrom|\\bjoin|,)\\s*$");
    private static final Pattern ALIAS = Pattern.compile("(?i)^(\\s+as)?\\s+(?!(?:where|join|on|order|group|limit|"
                                                          + "offset|union|inner|left|right|cross|full|natural|having)\\b)"
                                                          + "([a-z_][a-z0-9_]*)(\\s*\\()?");
    private static final Pattern SELECT_ONLY_SERIES = Pattern.compile("(?is)^\\s*select\\s+$");

    @Override
    public String rewrite(String statement) {
        String sql = replaceInCode(statement, TIME_ZONE_TYPES, m -> m.group(1).equalsIgnoreCase("timetz")
                ? "TIME WITH TIME ZONE" : "TIMESTAMP WITH TIME ZONE");
        sql = jsonLiterals(sql);
        sql = replaceInCode(sql, NOW, m -> "CURRENT_TIMESTAMP");
        sql = replaceInCode(sql, REGCLASS_CAST, m -> "");
        return generateSeries(sql);
    }

    @Override
    public boolean interpretsDoBlocks() {
        return true;
    }

    private static String jsonLiterals(String sql) {
        Matcher matcher = JSON_LITERAL_CAST.matcher(CodeMask.of(sql));
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (matcher.find()) {
            int literalEnd = matcher.start() + matcher.group(1).length() + 2;
            out.append(sql, from, matcher.start()).append("JSON ").append(sql, matcher.start(), literalEnd);
            from = matcher.end();
        }
        return out.append(sql.substring(from)).toString();
    }

    /**
     * {@code FROM generate_series(a, b[, step]) [AS] [alias[(column)]]} becomes a subquery over SYSTEM_RANGE whose one
     * column is named as PostgreSQL names it; {@code SELECT generate_series(a, b)} alone becomes a select from it.
     */
    private static String generateSeries(String sql) {
        String mask = CodeMask.of(sql);
        Matcher matcher = GENERATE_SERIES.matcher(mask);
        if (!matcher.find()) {
            return sql;
        }
        int open = matcher.end() - 1;
        int close = CodeMask.closingParenthesis(mask, open);
        if (close < 0) {
            return sql;
        }
        String arguments = sql.substring(open + 1, close);
        String before = sql.substring(0, matcher.start());
        String after = sql.substring(close + 1);
        String range = "SYSTEM_RANGE(" + arguments + ")";
        if (TABLE_CONTEXT.matcher(mask.substring(0, matcher.start())).find()) {
            Matcher alias = ALIAS.matcher(CodeMask.of(after));
            String rewritten;
            if (!alias.find()) {
                rewritten = "(SELECT \"X\" AS generate_series FROM " + range + ") AS generate_series" + after;
            } else if (alias.group(3) != null) {
                rewritten = "(SELECT \"X\" FROM " + range + ")" + after;
            } else {
                // PostgreSQL names a scalar function's column after the table alias
                rewritten = "(SELECT \"X\" FROM " + range + ")" + after.substring(0, alias.end()) + "("
                            + alias.group(2) + ")" + after.substring(alias.end());
            }
            return generateSeries(before + rewritten);
        }
        if (SELECT_ONLY_SERIES.matcher(mask.substring(0, matcher.start())).matches()
            && !CodeMask.of(after).toLowerCase(Locale.ROOT).contains("from")) {
            return before + "\"X\"" + after.stripTrailing() + " FROM " + range;
        }
        return sql;
    }

    private interface Replacement {
        String of(Matcher match);
    }

    private static String replaceInCode(String sql, Pattern pattern, Replacement replacement) {
        Matcher matcher = pattern.matcher(CodeMask.of(sql));
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (matcher.find()) {
            out.append(sql, from, matcher.start()).append(replacement.of(matcher));
            from = matcher.end();
        }
        return out.append(sql.substring(from)).toString();
    }
}
