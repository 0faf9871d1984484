package io.github.camelcarto.client;

import java.util.regex.Pattern;

/** What a SQL statement is, read from its first word (after any leading comments) without parsing it. */
public final class SqlText {

    private static final Pattern READ_ONLY = Pattern.compile("^(select|explain|show|values|table)\\b",
            Pattern.CASE_INSENSITIVE);

    private SqlText() {
    }

    /** Only plain reads may be sent twice after a failure: a re-sent INSERT could insert twice. */
    public static boolean isReadOnly(String sql) {
        return sql != null && READ_ONLY.matcher(withoutLeadingComments(sql)).find();
    }

    public static String withoutLeadingComments(String sql) {
        String s = sql.strip();
        while (true) {
            if (s.startsWith("--")) {
                int end = s.indexOf('\n');
                s = end < 0 ? "" : s.substring(end + 1).strip();
            } else if (s.startsWith("/*")) {
                int end = s.indexOf("*/");
                s = end < 0 ? "" : s.substring(end + 2).strip();
            } else {
                return s;
            }
        }
    }
}
