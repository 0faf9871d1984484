package io.github.camelcarto.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads outbox/notifications.jsonl back: one JSON object a line. */
public final class NotificationLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private NotificationLog() {
    }

    public static List<Map<String, Object>> read(Path outbox) {
        Path file = outbox.resolve(NotificationRoutes.NOTIFICATIONS_FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(NotificationLog::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The latest notification about a dropped file. */
    public static Optional<Map<String, Object>> find(Path outbox, String fileName) {
        List<Map<String, Object>> all = read(outbox);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (fileName.equals(all.get(i).get("file"))) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> parse(String line) {
        try {
            return JSON.readValue(line, OBJECT);
        } catch (IOException e) {
            throw new IllegalStateException("Not a JSON object in " + NotificationRoutes.NOTIFICATIONS_FILE + ": " + line, e);
        }
    }
}
