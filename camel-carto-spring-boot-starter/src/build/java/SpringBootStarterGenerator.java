import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import javax.lang.model.SourceVersion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes the starter's {@code @ConfigurationProperties} class and its {@code spring-configuration-metadata.json}
 * from the component's own metadata (the {@code <scheme>.json} that Camel's plugin generates into the camel-carto
 * jar), so that every component option, and only those, can be set as {@code camel.component.<scheme>.*}.
 * Run by the starter's build (exec:exec, JDK single-file launch) with camel-carto and Jackson on the classpath:
 * <pre>java -cp CLASSPATH SpringBootStarterGenerator.java SCHEME PACKAGE JAVA_DIR RESOURCES_DIR</pre>
 * Nothing here names an option: renaming one in the component renames it in Spring Boot at the next build.
 */
public class SpringBootStarterGenerator {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("arguments: SCHEME PACKAGE JAVA_DIR RESOURCES_DIR");
        }
        String scheme = args[0];
        JsonNode component = readComponentMetadata(scheme);
        List<Option> options = Option.allOf(component.get("componentProperties"));
        Starter starter = new Starter(scheme, args[1], component.get("component").get("javaType").asText(),
                component.get("component").get("title").asText(), options);

        Path javaFile = Path.of(args[2], args[1].replace('.', '/'), starter.className() + ".java");
        write(javaFile, new ConfigurationClassWriter(starter).source());
        Path metadataFile = Path.of(args[3], "META-INF", "spring-configuration-metadata.json");
        write(metadataFile, JSON.writeValueAsString(new MetadataWriter(starter).metadata()));
        System.out.println("Generated " + starter.prefix() + ".* (" + options.size() + " options) into "
                + javaFile + " and " + metadataFile);
    }

    /** Finds {@code <scheme>.json} beside the component class that Camel's service file names. */
    private static JsonNode readComponentMetadata(String scheme) throws IOException {
        ClassLoader loader = SpringBootStarterGenerator.class.getClassLoader();
        Properties service = new Properties();
        try (InputStream in = open(loader, "META-INF/services/org/apache/camel/component/" + scheme)) {
            service.load(in);
        }
        String componentClass = service.getProperty("class");
        String packagePath = componentClass.substring(0, componentClass.lastIndexOf('.')).replace('.', '/');
        try (InputStream in = open(loader, "META-INF/" + packagePath + "/" + scheme + ".json")) {
            return JSON.readTree(in);
        }
    }

    private static InputStream open(ClassLoader loader, String resource) throws IOException {
        URL url = loader.getResource(resource);
        if (url == null) {
            throw new IOException(resource + " is not on the classpath: is the component jar built?");
        }
        return url.openStream();
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** What the generated starter is about. */
    record Starter(String scheme, String packageName, String componentClass, String title, List<Option> options) {

        String prefix() {
            return "camel.component." + dashed(scheme);
        }

        String className() {
            return Character.toUpperCase(scheme.charAt(0)) + scheme.substring(1) + "ComponentConfiguration";
        }
    }

    /** One component option, as carto.json describes it, and the Java type Spring Boot binds it to. */
    record Option(String name, String kind, String componentJavaType, String description, JsonNode defaultValue,
                  List<String> enums, boolean deprecated, String deprecationNote) {

        static List<Option> allOf(JsonNode properties) {
            List<Option> options = new ArrayList<>();
            properties.fields().forEachRemaining(field -> options.add(of(field.getKey(), field.getValue())));
            // an option holding a shared configuration object is applied first, so that the single options set
            // beside it refine that object instead of being overwritten by it
            Set<String> configurationClasses = configurationClasses(properties);
            options.sort(Comparator.comparing(option -> !configurationClasses.contains(option.componentJavaType())));
            return options;
        }

        private static Option of(String name, JsonNode json) {
            if (SourceVersion.isKeyword(name) || "enabled".equals(name)) {
                throw new IllegalArgumentException("option '" + name + "' cannot be a field of the properties "
                        + "class: it is a Java keyword or the starter's own 'enabled' switch");
            }
            List<String> enums = new ArrayList<>();
            json.path("enum").forEach(value -> enums.add(value.asText()));
            // a nested class is Outer$Inner in the metadata and Outer.Inner in source
            return new Option(name, json.get("type").asText(), json.get("javaType").asText().replace('$', '.'),
                    json.path("description").asText(""), json.get("defaultValue"), enums,
                    json.path("deprecated").asBoolean(false), json.path("deprecationNote").asText(""));
        }

        /** The classes of the shared configuration objects the options are read from, in source notation. */
        private static Set<String> configurationClasses(JsonNode properties) {
            Set<String> classes = new HashSet<>();
            for (JsonNode option : properties) {
                classes.add(option.path("configurationClass").asText().replace('$', '.'));
            }
            return classes;
        }

        /** A bean Spring Boot cannot build from text: given as a Camel bean reference, resolved by Camel. */
        boolean isBeanReference() {
            return "object".equals(kind) && !componentJavaType.startsWith("java.util.")
                   && !componentJavaType.startsWith("java.time.");
        }

        String javaType() {
            if ("duration".equals(kind)) {
                return "java.time.Duration"; // Spring Boot then reads 500ms, 30s, 2h and ISO-8601 as well as millis
            }
            if (isBeanReference()) {
                return "java.lang.String";
            }
            return switch (componentJavaType) {
                case "boolean" -> "java.lang.Boolean";
                case "int" -> "java.lang.Integer";
                case "long" -> "java.lang.Long";
                case "double" -> "java.lang.Double";
                case "float" -> "java.lang.Float";
                case "short" -> "java.lang.Short";
                case "byte" -> "java.lang.Byte";
                case "char" -> "java.lang.Character";
                default -> componentJavaType; // wrappers, String, enums, collections: Spring Boot binds them
            };
        }

        String fullDescription() {
            String text = description.isBlank() ? "" : description.endsWith(".") ? description : description + ".";
            if (isBeanReference()) {
                text += " A reference to a " + componentJavaType + " bean: #bean:name.";
            }
            return text.strip();
        }

        String dashedName() {
            return dashed(name);
        }

        String capitalized() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    /** camelCase to the dashed form Spring Boot documents and lists keys in (apiBaseUrl: api-base-url). */
    static String dashed(String name) {
        StringBuilder dashed = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && name.charAt(i - 1) != '-') {
                dashed.append('-');
            }
            dashed.append(c);
        }
        return dashed.toString().toLowerCase(Locale.ROOT);
    }

    /** The {@code @ConfigurationProperties} class: one nullable field per option, null meaning "not set". */
    static final class ConfigurationClassWriter {

        private final Starter starter;
        private final StringBuilder out = new StringBuilder();

        ConfigurationClassWriter(Starter starter) {
            this.starter = starter;
        }

        String source() {
            out.append("package ").append(starter.packageName()).append(";\n\n");
            out.append("import java.util.LinkedHashMap;\nimport java.util.List;\nimport java.util.Map;\n\n");
            out.append("import org.springframework.boot.context.properties.ConfigurationProperties;\n\n");
            javadoc("", "The " + starter.title() + " component's options as " + starter.prefix() + ".* properties. "
                        + "Unknown keys under the prefix fail the start, so that a misspelt option is not "
                        + "silently ignored.\n\nGenerated at build time by SpringBootStarterGenerator from the "
                        + "component's " + starter.scheme() + ".json: do not edit.");
            out.append("@ConfigurationProperties(prefix = \"").append(starter.prefix())
                    .append("\", ignoreUnknownFields = false)\n");
            out.append("public class ").append(starter.className()).append(" {\n\n");
            out.append("    /** The prefix of these properties, for the starter's own classes to refer to. */\n");
            out.append("    public static final String PREFIX = \"").append(starter.prefix()).append("\";\n\n");
            out.append("    /** The component these options are applied to. */\n");
            out.append("    static final Class<").append(starter.componentClass()).append("> COMPONENT_TYPE = ")
                    .append(starter.componentClass()).append(".class;\n\n");
            out.append("    /** Every key under the prefix, in Spring Boot's dashed form. */\n");
            out.append("    static final List<String> PROPERTY_NAMES = List.of(\"enabled\"");
            for (Option option : starter.options()) {
                out.append(",\n            \"").append(option.dashedName()).append('"');
            }
            out.append(");\n\n");
            javadoc("    ", "Whether to configure the " + starter.scheme()
                              + " component from these properties. Enabled by default.");
            out.append("    private Boolean enabled;\n");
            for (Option option : starter.options()) {
                javadoc("    ", option.fullDescription());
                if (option.deprecated()) {
                    out.append("    @Deprecated\n");
                }
                out.append("    private ").append(option.javaType()).append(' ').append(option.name()).append(";\n");
            }
            out.append('\n');
            accessors("enabled", "Enabled", "java.lang.Boolean", false);
            for (Option option : starter.options()) {
                accessors(option.name(), option.capitalized(), option.javaType(), option.deprecated());
            }
            componentOptionsMethod();
            out.append("}\n");
            return out.toString();
        }

        private void accessors(String name, String capitalized, String type, boolean deprecated) {
            String annotation = deprecated ? "    @Deprecated\n" : "";
            out.append(annotation).append("    public ").append(type).append(" get").append(capitalized)
                    .append("() {\n        return ").append(name).append(";\n    }\n\n");
            out.append(annotation).append("    public void set").append(capitalized).append('(').append(type)
                    .append(' ').append(name).append(") {\n        this.").append(name).append(" = ").append(name)
                    .append(";\n    }\n\n");
        }

        private void componentOptionsMethod() {
            javadoc("    ", "The options that were set, by component option name, in the order to apply them.");
            out.append("    Map<String, Object> componentOptions() {\n");
            // "this." because a component option may be called like the local map (carto:lds has "options")
            out.append("        Map<String, Object> set = new LinkedHashMap<>();\n");
            for (Option option : starter.options()) {
                out.append("        putIfSet(set, \"").append(option.name()).append("\", this.")
                        .append(option.name()).append(");\n");
            }
            out.append("        return set;\n    }\n\n");
            out.append("    private static void putIfSet(Map<String, Object> options, String name, Object value) {\n");
            out.append("        if (value != null) {\n            options.put(name, value);\n        }\n    }\n");
        }

        private void javadoc(String indent, String text) {
            if (text.isBlank()) {
                return;
            }
            // a backslash-u in a comment is still a unicode escape to javac, and */ would end the comment
            String safe = text.replace("\\", "&#92;").replace("*/", "*&#47;");
            out.append(indent).append("/**\n");
            for (String paragraph : safe.split("\n", -1)) {
                for (String line : wrap(paragraph, 110 - indent.length())) {
                    out.append(indent).append(line.isEmpty() ? " *" : " * " + line).append('\n');
                }
            }
            out.append(indent).append(" */\n");
        }

        private static List<String> wrap(String paragraph, int width) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            lines.add(line.toString());
            return lines;
        }
    }

    /** spring-configuration-metadata.json, the file IDEs read to complete and document keys. */
    static final class MetadataWriter {

        private final Starter starter;

        MetadataWriter(Starter starter) {
            this.starter = starter;
        }

        Map<String, Object> metadata() {
            String sourceType = starter.packageName() + "." + starter.className();
            List<Map<String, Object>> properties = new ArrayList<>();
            Map<String, Object> enabled = property("enabled", "java.lang.Boolean", sourceType,
                    "Whether to configure the " + starter.scheme() + " component from these properties.");
            enabled.put("defaultValue", true);
            properties.add(enabled);
            List<Map<String, Object>> hints = new ArrayList<>();
            for (Option option : starter.options()) {
                Map<String, Object> property = property(option.dashedName(), option.javaType(), sourceType,
                        option.fullDescription());
                Object defaultValue = defaultValue(option);
                if (defaultValue != null) {
                    property.put("defaultValue", defaultValue);
                }
                if (option.deprecated()) {
                    Map<String, Object> deprecation = new LinkedHashMap<>();
                    deprecation.put("level", "warning");
                    if (!option.deprecationNote().isBlank()) {
                        deprecation.put("reason", option.deprecationNote());
                    }
                    property.put("deprecation", deprecation);
                }
                properties.add(property);
                if (!option.enums().isEmpty()) {
                    Map<String, Object> hint = new LinkedHashMap<>();
                    hint.put("name", starter.prefix() + "." + option.dashedName());
                    hint.put("values", option.enums().stream().map(value -> Map.of("value", value)).toList());
                    hints.add(hint);
                }
            }
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", starter.prefix());
            group.put("type", sourceType);
            group.put("sourceType", sourceType);
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("groups", List.of(group));
            metadata.put("properties", properties);
            metadata.put("hints", hints);
            return metadata;
        }

        private Map<String, Object> property(String dashedName, String type, String sourceType, String description) {
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("name", starter.prefix() + "." + dashedName);
            property.put("type", type);
            if (!description.isBlank()) {
                property.put("description", description);
            }
            property.put("sourceType", sourceType);
            return property;
        }

        /** The default as an IDE shows it; durations in Spring Boot's own notation (3600000 ms: 1h). */
        private static Object defaultValue(Option option) {
            JsonNode value = option.defaultValue();
            if (value == null || value.isNull() || value.asText().isEmpty()) {
                return null;
            }
            if ("duration".equals(option.kind()) && value.asText().matches("\\d+")) {
                return readableDuration(Long.parseLong(value.asText()));
            }
            if (value.isBoolean()) {
                return value.booleanValue();
            }
            return value.isNumber() ? value.numberValue() : value.asText();
        }

        private static String readableDuration(long millis) {
            if (millis != 0 && millis % 3_600_000 == 0) {
                return millis / 3_600_000 + "h";
            }
            if (millis != 0 && millis % 60_000 == 0) {
                return millis / 60_000 + "m";
            }
            if (millis != 0 && millis % 1_000 == 0) {
                return millis / 1_000 + "s";
            }
            return millis + "ms";
        }
    }
}
