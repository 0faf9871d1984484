package io.github.camelcarto.local.engine;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * H2's error messages in PostgreSQL's words, for the errors v2 clients see most (and match on): missing relations
 * and columns, syntax errors, division by zero, bad input values and missing rights. Other messages keep H2's text,
 * without its statement echo and version suffix.
 */
final class H2ErrorTexts {

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"]|\"\")*)\"");
    /** {@code Syntax error in SQL statement "sel[*]ec 1"}: the token PostgreSQL would name starts at the marker. */
    private static final Pattern SYNTAX = Pattern.compile("(?s)Syntax error in SQL statement \"(.*?)\\[\\*](.*?)\"(?:; expected.*)?$");
    private static final Pattern TOKEN = Pattern.compile("^\\s*(\\w+|'[^']*'?|\\S)");
    /** {@code Data conversion error converting "'x' (t: ""c"" INTEGER)"}, or without the column part. */
    private static final Pattern CONVERSION = Pattern.compile(
            "(?s)Data conversion error converting \"(?:'((?:[^']|'')*)'|(\\S+))(?: \\(.*?(?:\"\"[^\"]*\"\"|\\S+) ([A-Z ]+?)(?:\\(.*\\))?\\))?\"");
    private static final Map<String, String> TYPE_NAMES = Map.ofEntries(
            Map.entry("INTEGER", "integer"), Map.entry("BIGINT", "bigint"), Map.entry("SMALLINT", "smallint"),
            Map.entry("TINYINT", "smallint"), Map.entry("NUMERIC", "numeric"), Map.entry("DECFLOAT", "numeric"),
            Map.entry("DOUBLE PRECISION", "double precision"), Map.entry("REAL", "real"), Map.entry("BOOLEAN", "boolean"),
            Map.entry("DATE", "date"), Map.entry("TIMESTAMP", "timestamp"), Map.entry("TIMESTAMP WITH TIME ZONE",
                    "timestamp with time zone"), Map.entry("UUID", "uuid"), Map.entry("JSON", "json"),
            Map.entry("GEOMETRY", "geometry"));

    private H2ErrorTexts() {
    }

    static String of(SQLException error) {
        String message = strip(String.valueOf(error.getMessage()));
        return switch (error.getErrorCode()) {
            case 42102, 42103, 42104 -> "relation \"" + firstQuoted(message) + "\" does not exist";
            case 42101 -> "relation \"" + firstQuoted(message) + "\" already exists";
            case 42122 -> "column \"" + firstQuoted(message) + "\" does not exist";
            case 90022 -> "function " + firstQuoted(message) + " does not exist";
            case 22012 -> "division by zero";
            case 42000, 42001 -> syntaxError(message);
            case 22018 -> conversionError(message);
            case 90096 -> permissionDenied(message);
            case 57014 -> "canceling statement due to user request";
            default -> message;
        };
    }

    /** H2 appends "; SQL statement: ..." and " [code-version]"; CARTO answers with the message alone. */
    static String strip(String message) {
        int echo = message.indexOf("; SQL statement:");
        if (echo >= 0) {
            message = message.substring(0, echo);
        }
        return message.replaceFirst("\\s*\\[\\d+-\\d+]$", "");
    }

    private static String firstQuoted(String message) {
        Matcher matcher = QUOTED.matcher(message);
        return matcher.find() ? matcher.group(1).replace("\"\"", "\"") : message;
    }

    private static String syntaxError(String message) {
        Matcher matcher = SYNTAX.matcher(message);
        if (!matcher.find()) {
            return message;
        }
        Matcher token = TOKEN.matcher(matcher.group(2).replace("\"\"", "\""));
        return token.find() ? "syntax error at or near \"" + token.group(1) + "\"" : "syntax error at end of input";
    }

    private static String conversionError(String message) {
        Matcher matcher = CONVERSION.matcher(message);
        if (!matcher.find() || matcher.group(3) == null) {
            return message;
        }
        String value = matcher.group(1) != null ? matcher.group(1).replace("''", "'") : matcher.group(2);
        String type = TYPE_NAMES.getOrDefault(matcher.group(3).strip().toUpperCase(Locale.ROOT),
                matcher.group(3).strip().toLowerCase(Locale.ROOT));
        return "invalid input syntax for type " + type + ": \"" + value + "\"";
    }

    /** {@code Not enough rights for object "public.t"} names a table; a bare {@code "public"} names the schema. */
    private static String permissionDenied(String message) {
        String object = firstQuoted(message);
        int dot = object.lastIndexOf('.');
        return dot < 0 ? "permission denied for schema " + object
                : "permission denied for table " + object.substring(dot + 1);
    }
}
