package io.github.camelcarto.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The few lines {@code --demo} prints at the end: what happened, where to look. */
final class DemoSummary {

    private DemoSummary() {
    }

    static String format(boolean ok, Duration took, Settings settings, Map<String, Object> notification,
                         Path notifications, Path report) {
        StringBuilder summary = new StringBuilder()
                .append("\n=== camel-carto demo ").append(ok ? "succeeded" : "FAILED")
                .append(" in ").append(String.format("%.1f", took.toMillis() / 1000.0)).append(" s ===\n")
                .append("  CARTO         ").append(settings.text("carto.apiBaseUrl"))
                .append(" (connection ").append(settings.text("carto.connection")).append(")\n")
                .append("  file          ").append(notification.get("file")).append(": ").append(notification.get("status"))
                .append('\n');
        if ("DONE".equals(notification.get("status"))) {
            summary.append("  import        ").append(notification.get("importedRows")).append(" rows into ")
                    .append(notification.get("table")).append(" (import ").append(notification.get("importJobId")).append(")\n")
                    .append("  workflow      ").append(notification.get("rowCount")).append(" sites kept in ")
                    .append(notification.get("outputTable")).append(" (job ").append(notification.get("workflowJobId"))
                    .append(")\n")
                    .append("  timings       ").append(notification.get("timings")).append('\n');
        } else {
            summary.append("  error         ").append(notification.get("error")).append('\n');
        }
        return summary.append("  notification  ").append(notifications.toAbsolutePath()).append('\n')
                .append("  ETL report    ").append(report.toAbsolutePath()).append(" (").append(lines(report) - 1)
                .append(" cities)\n")
                .toString();
    }

    private static long lines(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
