package io.github.camelcarto.local.workflows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The workflows the server can run, by procedure name. A CALL names the procedure fully qualified
 * ({@code proj.workflows_temp.wfproc_x}); the registry matches the full name first, then its last part.
 */
public final class WorkflowRegistry {

    private static final Pattern PARAMETERS_LINE = Pattern.compile("(?im)^\\s*--\\s*parameters\\s*:(.*)$");

    private final Map<String, Workflow> workflows = new ConcurrentHashMap<>();

    public Workflow register(String name, String script) {
        if (name == null || name.isBlank() || script == null || script.isBlank()) {
            throw new IllegalArgumentException("A workflow needs a name and a SQL script");
        }
        Matcher declared = PARAMETERS_LINE.matcher(script);
        List<String> parameters = declared.find() ? Arrays.stream(declared.group(1).split(","))
                .map(String::strip).map(p -> p.startsWith("@") ? p.substring(1) : p).filter(p -> !p.isEmpty()).toList()
                : List.of();
        Workflow workflow = new Workflow(name.strip(), script, parameters);
        workflows.put(key(name), workflow);
        return workflow;
    }

    /** Registers every {@code NAME.sql} in the folder as workflow NAME. */
    public void registerFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList()) {
                String fileName = file.getFileName().toString();
                register(fileName.substring(0, fileName.length() - 4), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the workflows in " + folder, e);
        }
    }

    public Optional<Workflow> find(String procedure) {
        Workflow exact = workflows.get(key(procedure));
        if (exact != null) {
            return Optional.of(exact);
        }
        int dot = procedure.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(workflows.get(key(procedure.substring(dot + 1))));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
