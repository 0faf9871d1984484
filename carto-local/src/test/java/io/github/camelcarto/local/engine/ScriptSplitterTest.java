package io.github.camelcarto.local.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScriptSplitterTest {

    @Test
    void splitsOnCodeSemicolonsOnly() {
        List<String> statements = ScriptSplitter.split(
                "SELECT 'a;b'; -- c;d\nSELECT \"x;y\" FROM t; CREATE ALIAS f AS $$ int f() { return 1; } $$;\n-- trailing;");

        assertEquals(List.of("SELECT 'a;b'", "-- c;d\nSELECT \"x;y\" FROM t",
                "CREATE ALIAS f AS $$ int f() { return 1; } $$"), statements);
    }

    @Test
    void emptyScriptHasNoStatement() {
        assertEquals(List.of(), ScriptSplitter.split(" ; -- nothing\n"));
    }
}
