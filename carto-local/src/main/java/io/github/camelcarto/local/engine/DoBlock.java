package io.github.camelcarto.local.engine;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL {@code DO $$ BEGIN ... END $$} block run on an engine without PL/pgSQL (H2). Only the straight-line
 * part of PL/pgSQL is understood: SQL statements, {@code PERFORM}, {@code NULL} and
 * {@code RAISE [DEBUG|LOG|INFO|NOTICE|WARNING|EXCEPTION] 'format' [, expressions]}, whose {@code %} take the
 * expressions' values. Variables, IF, loops and exception handlers are refused with a message saying so.
 */
final class DoBlock {

    private static final Pattern DO = Pattern.compile("(?is)^\\s*DO\\s+(?:LANGUAGE\\s+plpgsql\\s+)?(\\$\\w*\\$)(.*)\\1\\s*(?:LANGUAGE\\s+plpgsql\\s*)?$");
    private static final Pattern BLOCK = Pattern.compile("(?is)^\\s*BEGIN\\b(.*)\\bEND\\s*;?\\s*$");
    private static final Pattern RAISE = Pattern.compile("(?is)^RAISE(?:\\s+(DEBUG|LOG|INFO|NOTICE|WARNING|EXCEPTION))?\\s+('(?:[^']|'')*')(.*)$");
    private static final Pattern PERFORM = Pattern.compile("(?is)^PERFORM\\s+(.*)$");
    private static final Pattern PROCEDURAL = Pattern.compile("(?is)^(DECLARE|IF|LOOP|FOR|WHILE|FOREACH|EXIT|CONTINUE|"
                                                              + "RETURN|CASE|EXCEPTION|BEGIN|ELSE|ELSIF|END)\\b|:=");

    /** Runs one SQL statement of the block on the caller's connection. */
    @FunctionalInterface
    interface StatementRunner {
        void run(String sql) throws SQLException, IOException;
    }

    /** Evaluates a RAISE argument to its text. */
    @FunctionalInterface
    interface Evaluator {
        String valueOf(String expression) throws SQLException;
    }

    private final List<String> statements;

    private DoBlock(List<String> statements) {
        this.statements = statements;
    }

    static boolean isDoBlock(String statement) {
        return statement.stripLeading().regionMatches(true, 0, "DO", 0, 2) && DO.matcher(statement).matches();
    }

    static DoBlock parse(String statement) throws SQLException {
        Matcher outer = DO.matcher(statement);
        if (!outer.matches()) {
            throw new SQLException("syntax error at or near \"DO\"", "42601");
        }
        Matcher block = BLOCK.matcher(outer.group(2));
        if (!block.matches()) {
            throw unsupported(outer.group(2).strip());
        }
        List<String> statements = ScriptSplitter.split(block.group(1));
        for (String sql : statements) {
            if (PROCEDURAL.matcher(CodeMask.of(sql)).find() && !RAISE.matcher(sql).matches()) {
                throw unsupported(sql);
            }
        }
        return new DoBlock(statements);
    }

    /** Runs the statements in order; RAISE EXCEPTION fails the block with its message, as PostgreSQL does. */
    void run(StatementRunner runner, Evaluator evaluator, List<Notice> notices) throws SQLException, IOException {
        for (String sql : statements) {
            Matcher raise = RAISE.matcher(sql);
            Matcher perform = PERFORM.matcher(sql);
            if (raise.matches()) {
                String level = raise.group(1) == null ? "exception" : raise.group(1).toLowerCase(Locale.ROOT);
                String message = format(raise.group(2), arguments(raise.group(3)), evaluator);
                if (level.equals("exception")) {
                    throw new SQLException(message, "P0001");
                }
                notices.add(new Notice(level, message));
            } else if (perform.matches()) {
                runner.run("SELECT " + perform.group(1));
            } else if (!sql.equalsIgnoreCase("NULL")) {
                runner.run(sql);
            }
        }
    }

    private static String format(String literal, List<String> arguments, Evaluator evaluator) throws SQLException {
        String pattern = literal.substring(1, literal.length() - 1).replace("''", "'");
        StringBuilder message = new StringBuilder();
        int next = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '%') {
                message.append('%');
                i++;
            } else if (c == '%' && next < arguments.size()) {
                message.append(evaluator.valueOf(arguments.get(next++)));
            } else {
                message.append(c);
            }
        }
        return message.toString();
    }

    /** {@code , a, f(b, c)}: the comma-separated expressions after the format, split outside parentheses. */
    private static List<String> arguments(String text) {
        List<String> arguments = new ArrayList<>();
        String mask = CodeMask.of(text);
        int depth = 0;
        int start = -1;
        for (int i = 0; i < mask.length(); i++) {
            char c = mask.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                if (start >= 0) {
                    arguments.add(text.substring(start, i).strip());
                }
                start = i + 1;
            }
        }
        if (start >= 0 && !text.substring(start).isBlank()) {
            arguments.add(text.substring(start).strip());
        }
        return arguments;
    }

    private static SQLException unsupported(String statement) {
        return new SQLException("carto-local's H2 engine runs DO blocks of plain SQL statements, PERFORM and RAISE only"
                                + " (no variables, IF, loops or exception handlers); use the PostGIS engine for: "
                                + statement, "0A000");
    }
}
