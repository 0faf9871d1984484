package io.github.camelcarto.local.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts SQL text into code and the parts that are not code (string literals, quoted identifiers, comments, dollar
 * quotes), so that statement splitting and placeholder rewriting never look inside a literal or a comment.
 */
public final class SqlSegments {

    public enum Kind { CODE, STRING, DOUBLE_QUOTED, BACKTICK_QUOTED, COMMENT, DOLLAR_QUOTED }

    public record Segment(Kind kind, String text) {
    }

    private SqlSegments() {
    }

    public static List<Segment> of(String sql) {
        List<Segment> segments = new ArrayList<>();
        int codeStart = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int end = -1;
            Kind kind = null;
            if (c == '\'') {
                kind = Kind.STRING;
                end = closingQuote(sql, i, '\'');
            } else if (c == '"') {
                kind = Kind.DOUBLE_QUOTED;
                end = closingQuote(sql, i, '"');
            } else if (c == '`') {
                kind = Kind.BACKTICK_QUOTED;
                end = closingQuote(sql, i, '`');
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                kind = Kind.COMMENT;
                int newline = sql.indexOf('\n', i);
                end = newline < 0 ? n : newline;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                kind = Kind.COMMENT;
                int close = sql.indexOf("*/", i + 2);
                end = close < 0 ? n : close + 2;
            } else if (c == '$') {
                String tag = dollarTag(sql, i);
                if (tag != null) {
                    kind = Kind.DOLLAR_QUOTED;
                    int close = sql.indexOf(tag, i + tag.length());
                    end = close < 0 ? n : close + tag.length();
                }
            }
            if (kind == null) {
                i++;
                continue;
            }
            if (i > codeStart) {
                segments.add(new Segment(Kind.CODE, sql.substring(codeStart, i)));
            }
            segments.add(new Segment(kind, sql.substring(i, end)));
            i = end;
            codeStart = end;
        }
        if (codeStart < n) {
            segments.add(new Segment(Kind.CODE, sql.substring(codeStart)));
        }
        return segments;
    }

    /** Index just past the closing quote; a doubled quote is an escaped one. Unterminated: the end of the text. */
    private static int closingQuote(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** {@code $$} or {@code $tag$} as PostgreSQL and H2 use for function bodies; {@code $1} is a placeholder, not a tag. */
    private static String dollarTag(String sql, int start) {
        int i = start + 1;
        while (i < sql.length() && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_'
                                    || (i > start + 1 && Character.isDigit(sql.charAt(i))))) {
            i++;
        }
        return i < sql.length() && sql.charAt(i) == '$' ? sql.substring(start, i + 1) : null;
    }
}
