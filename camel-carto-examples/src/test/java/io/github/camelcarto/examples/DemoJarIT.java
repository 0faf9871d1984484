package io.github.camelcarto.examples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's command, as a user runs it: {@code java -jar camel-carto-examples-VERSION-all.jar --demo}, twice. */
class DemoJarIT {

    @Test
    void demoRunsEndToEndAndCanBeRunAgain() throws Exception {
        Path jar = Path.of(System.getProperty("examples.jar", "target/missing.jar"));
        assertTrue(Files.isRegularFile(jar), "the runnable jar is built by package: " + jar);
        Path cwd = Files.createDirectories(Path.of("target", "it-work", "demo-" + System.currentTimeMillis()));

        for (int run = 1; run <= 2; run++) {
            Path output = cwd.resolve("run-" + run + ".log");
            ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toAbsolutePath().toString(), "--demo")
                    .directory(cwd.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            // whatever this machine's environment says: the in-process carto-local, no real host
            List.of("CARTO_API_BASE_URL", "CARTO_API_TOKEN", "STAGING_BASE_URL", "NOTIFY_WEBHOOK_URL")
                    .forEach(command.environment()::remove);
            Process demo = command.start();
            if (!demo.waitFor(3, TimeUnit.MINUTES)) {
                demo.destroyForcibly();
                throw new AssertionError("--demo did not end within 3 minutes; output in " + output);
            }
            String log = Files.readString(output, StandardCharsets.UTF_8);
            assertEquals(0, demo.exitValue(), log);
            assertTrue(log.contains("=== camel-carto demo succeeded"), log);
            assertTrue(log.contains("4 sites kept in carto-demo.workflows_temp.wfproc_site_screening_out_"), log);
        }
        List<String> notifications = Files.readAllLines(cwd.resolve("work/outbox/notifications.jsonl"));
        assertEquals(2, notifications.size(), "one notification per run: " + notifications);
        assertTrue(notifications.stream().allMatch(line -> line.contains("\"status\":\"DONE\"")), notifications.toString());
        try (var outbox = Files.list(cwd.resolve("work/outbox"))) {
            assertTrue(outbox.anyMatch(file -> file.getFileName().toString().startsWith("report-")), "the ETL report");
        }
    }
}
