package io.github.camelcarto.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CartoExamplesAppTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpPrintsUsageAndStartsNothing() throws Exception {
        assertEquals(0, run("--help"));
        assertTrue(text(out).startsWith("Usage: java -jar"), text(out));
    }

    @Test
    void anUnknownOptionIsRefusedWithTheUsage() throws Exception {
        assertEquals(2, run("--dmeo"));
        assertTrue(text(err).startsWith("Unknown option(s) [--dmeo]"), text(err));
        assertTrue(text(err).contains("--demo"), text(err));
    }

    private int run(String... args) throws Exception {
        return CartoExamplesApp.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
