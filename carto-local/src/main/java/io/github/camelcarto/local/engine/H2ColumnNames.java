package io.github.camelcarto.local.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's names for unaliased result columns where H2's PostgreSQL mode names them otherwise. H2 already says
 * {@code ?column?} for expressions and the function's name for most calls, but also {@code ?column?} for aggregates
 * such as {@code count(*)}, {@code cast} for every cast, and the dialect's rewrites surface as
 * {@code current_timestamp} (for {@code now()}) and {@code X} (for {@code generate_series}). Those are renamed from the statement's select list, as PostgreSQL would: a cast takes
 * the name of what it casts if that has one, else its type's; a call takes the function's name.
 */
public final class H2ColumnNames {

    private static final Pattern SELECT = Pattern.compile("(?i)\\bselect\\b(\\s+(distinct|all)\\b)?");
    private static final Pattern END_OF_LIST = Pattern.compile(
            "(?i)\\b(from|where|group|order|limit|offset|union|intersect|except|having|into|window|fetch)\\b");
    private static final Pattern CAST_SUFFIX = Pattern.compile("(?is)^(.*?)\\s*::\\s*[a-z_][\\w ]*(\\(.*\\))?(\\[])?$");
    private static final Pattern CAST_CALL = Pattern.compile("(?is)^cast\\s*\\((.*)\\s+as\\s+.*\\)$");
    /** A call and nothing else: the parenthesis opened after the name is the one that ends the expression. */
    private static final Pattern CALL = Pattern.compile("(?is)^([a-z_][a-z0-9_]*)\\s*\\(.*\\)$");
    private static final Pattern REFERENCE = Pattern.compile("(?i)^(?:[a-z_][a-z0-9_]*\\.)*([a-z_][a-z0-9_]*)$");

    private H2ColumnNames() {
    }

    /**
     * @param label what H2 named the column
     * @param pgType the column's PostgreSQL type name, which names a cast of an unnamed value
     * @param index the column's position (0-based)
     */
    public static String name(String label, String pgType, int index, String statement) {
        if (!label.equals("cast") && !label.equals("current_timestamp") && !label.equals("X") && !label.equals("?column?")) {
            return label;
        }
        List<String> items = selectList(statement);
        String derived = index < items.size() ? derive(items.get(index)) : null;
        if (derived != null) {
            return derived;
        }
        return label.equals("cast") ? pgType.replaceFirst("^_", "") : label;
    }

    private static String derive(String item) {
        String expression = item.strip();
        Matcher cast = CAST_SUFFIX.matcher(expression);
        if (cast.matches() && !cast.group(1).isBlank()) {
            return nameOf(cast.group(1).strip());
        }
        Matcher castCall = CAST_CALL.matcher(expression);
        if (castCall.matches()) {
            return nameOf(castCall.group(1).strip());
        }
        return nameOf(expression);
    }

    /** A column reference's or a call's name; null for anything else (a cast of it is then named by type). */
    private static String nameOf(String expression) {
        Matcher reference = REFERENCE.matcher(expression);
        if (reference.matches()) {
            return reference.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher call = CALL.matcher(expression);
        if (call.matches() && CodeMask.closingParenthesis(CodeMask.of(expression), expression.indexOf('(', call.end(1)))
                              == expression.length() - 1) {
            return call.group(1).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** The top-level select list's items, or none when it has a {@code *} (positions are then unknown). */
    private static List<String> selectList(String statement) {
        String mask = CodeMask.of(statement);
        int start = topLevel(mask, SELECT, 0);
        if (start < 0) {
            return List.of();
        }
        Matcher select = SELECT.matcher(mask);
        select.find(start);
        int from = select.end();
        int end = topLevel(mask, END_OF_LIST, from);
        end = end < 0 ? mask.length() : end;
        List<String> items = new ArrayList<>();
        int depth = 0;
        int itemStart = from;
        for (int i = from; i < end; i++) {
            char c = mask.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(statement.substring(itemStart, i));
                itemStart = i + 1;
            } else if (c == '*' && depth == 0) {
                return List.of();
            }
        }
        items.add(statement.substring(itemStart, end));
        return items;
    }

    private static int topLevel(String mask, Pattern pattern, int from) {
        Matcher matcher = pattern.matcher(mask);
        while (matcher.find(from)) {
            int depth = 0;
            for (int i = 0; i < matcher.start(); i++) {
                char c = mask.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            if (depth == 0) {
                return matcher.start();
            }
            from = matcher.end();
        }
        return -1;
    }
}
