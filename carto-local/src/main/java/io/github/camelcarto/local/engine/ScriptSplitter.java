package io.github.camelcarto.local.engine;

import java.util.ArrayList;
import java.util.List;

/** Splits a multi-statement script on the semicolons that are code, not text inside literals or comments. */
public final class ScriptSplitter {

    private ScriptSplitter() {
    }

    public static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (SqlSegments.Segment segment : SqlSegments.of(script)) {
            if (segment.kind() != SqlSegments.Kind.CODE) {
                current.append(segment.text());
                continue;
            }
            String code = segment.text();
            int from = 0;
            int semicolon;
            while ((semicolon = code.indexOf(';', from)) >= 0) {
                current.append(code, from, semicolon);
                addIfNotBlank(statements, current.toString());
                current.setLength(0);
                from = semicolon + 1;
            }
            current.append(code.substring(from));
        }
        addIfNotBlank(statements, current.toString());
        return statements;
    }

    /** A trailing comment alone is not a statement. */
    private static void addIfNotBlank(List<String> statements, String statement) {
        boolean hasCode = SqlSegments.of(statement).stream()
                .anyMatch(s -> s.kind() != SqlSegments.Kind.COMMENT && !s.text().isBlank());
        if (hasCode) {
            statements.add(statement.strip());
        }
    }
}
