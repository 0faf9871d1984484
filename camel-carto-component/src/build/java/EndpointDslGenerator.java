import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the component's endpoint DSL, {@code <Name>EndpointBuilderFactory}, from the metadata Camel's plugin
 * generates ({@code <scheme>.json}), in the shape Camel's own factories have: consumer, producer and combined builders
 * with their advanced halves, one fluent method per option (typed, and taking text where the type is not text), a
 * header name builder, and {@code <scheme>(path)} to start from. Camel's EndpointDslMojo writes those factories only
 * inside Camel's source tree (it looks for dsl/camel-endpointdsl and rewrites Camel's central builder interfaces), so
 * an out-of-tree component needs its own generator. Run by the component's build (exec:exec, JDK single-file launch)
 * with Jackson on the classpath:
 * <pre>java -cp CLASSPATH EndpointDslGenerator.java SCHEME_JSON JAVA_DIR PACKAGE</pre>
 * Nothing here names an option: renaming one in the component renames its builder method at the next build.
 */
public class EndpointDslGenerator {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("arguments: SCHEME_JSON JAVA_DIR PACKAGE");
        }
        JsonNode json = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Component component = Component.of(json, args[2]);
        Path file = Path.of(args[1], args[2].replace('.', '/'), component.factory() + ".java");
        String source = new FactoryWriter(component).source();
        if (!Files.exists(file) || !Files.readString(file).equals(source)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
            System.out.println("Generated " + file + " (" + component.options().size() + " options)");
        }
    }

    /** What the factory is about: the component, its endpoint options and headers. */
    record Component(String scheme, String name, String packageName, JsonNode model, List<Option> options,
                     JsonNode headers) {

        static Component of(JsonNode json, String packageName) {
            JsonNode model = json.get("component");
            String javaType = model.get("javaType").asText();
            String name = javaType.substring(javaType.lastIndexOf('.') + 1).replaceFirst("Component$", "");
            List<Option> options = new ArrayList<>();
            json.get("properties").properties().forEach(field -> {
                if (!"path".equals(field.getValue().path("kind").asText())) {
                    options.add(Option.of(field.getKey(), field.getValue()));
                }
            });
            return new Component(model.get("scheme").asText(), name, packageName, model, options, json.path("headers"));
        }

        String factory() {
            return name + "EndpointBuilderFactory";
        }

        String builder(Role role) {
            return role.prefix + name + "Endpoint" + role.suffix;
        }
    }

    /** The six builder interfaces, as Camel's factories have them. */
    enum Role {
        CONSUMER("", "ConsumerBuilder", "EndpointConsumerBuilder"),
        ADVANCED_CONSUMER("Advanced", "ConsumerBuilder", "EndpointConsumerBuilder"),
        PRODUCER("", "ProducerBuilder", "EndpointProducerBuilder"),
        ADVANCED_PRODUCER("Advanced", "ProducerBuilder", "EndpointProducerBuilder"),
        BUILDER("", "Builder", null),
        ADVANCED_BUILDER("Advanced", "Builder", null);

        final String prefix;
        final String suffix;
        final String camelInterface;

        Role(String prefix, String suffix, String camelInterface) {
            this.prefix = prefix;
            this.suffix = suffix;
            this.camelInterface = camelInterface;
        }

        boolean advanced() {
            return !prefix.isEmpty();
        }
    }

    /** One endpoint option, as the metadata describes it. */
    record Option(String name, String javaType, String type, List<String> labels, String description,
                  String defaultValue, boolean multiValue, String prefix, boolean deprecated) {

        static Option of(String name, JsonNode json) {
            String label = json.path("label").asText("");
            return new Option(name, json.get("javaType").asText().replace('$', '.'), json.path("type").asText(),
                    label.isEmpty() ? List.of() : List.of(label.split(",")), json.path("description").asText(""),
                    json.has("defaultValue") ? json.get("defaultValue").asText() : null,
                    json.path("multiValue").asBoolean(false), json.path("prefix").asText(""),
                    json.path("deprecated").asBoolean(false));
        }

        /** The builders that get this option's methods: by its producer, consumer and advanced labels. */
        Set<Role> roles() {
            boolean advanced = labels.contains("advanced");
            if (labels.contains("producer")) {
                return EnumSet.of(advanced ? Role.ADVANCED_PRODUCER : Role.PRODUCER);
            }
            if (labels.contains("consumer")) {
                return EnumSet.of(advanced ? Role.ADVANCED_CONSUMER : Role.CONSUMER);
            }
            return advanced ? EnumSet.of(Role.ADVANCED_CONSUMER, Role.ADVANCED_PRODUCER, Role.ADVANCED_BUILDER)
                    : EnumSet.of(Role.CONSUMER, Role.PRODUCER, Role.BUILDER);
        }

        /** The parameter type in source: java.lang. left out, generics and primitives as they are. */
        String parameterType() {
            return javaType.replace("java.lang.", "");
        }
    }

    /** The source of the factory. */
    static final class FactoryWriter {

        private final Component component;
        private final StringBuilder out = new StringBuilder();

        FactoryWriter(Component component) {
            this.component = component;
        }

        String source() {
            out.append("package ").append(component.packageName()).append(";\n\n");
            out.append("import java.util.Map;\n\nimport javax.annotation.processing.Generated;\n\n");
            out.append("import org.apache.camel.builder.EndpointConsumerBuilder;\n");
            out.append("import org.apache.camel.builder.EndpointProducerBuilder;\n");
            out.append("import org.apache.camel.builder.endpoint.AbstractEndpointBuilder;\n\n");
            javadoc("", component.model().path("description").asText() + "\n\nThe endpoint DSL of the "
                        + component.scheme() + " component: " + component.scheme() + "(\"" + examplePath()
                        + "\") and one method per option, for routes built in Java with completion. Text values "
                        + "keep their +, & and % (they are passed in RAW(...)), so SQL needs no escaping. Needs "
                        + "camel-endpointdsl, as Camel's own endpoint DSL does.\n\nGenerated at build time by "
                        + "EndpointDslGenerator from the component's " + component.scheme() + ".json: do not edit.");
            out.append("@Generated(\"EndpointDslGenerator\")\n");
            out.append("public interface ").append(component.factory()).append(" {\n");
            for (Role role : Role.values()) {
                builderInterface(role);
            }
            buildersInterface();
            headerNameBuilder();
            staticStart();
            uriSafe();
            out.append("}\n");
            return out.toString();
        }

        private void builderInterface(Role role) {
            String name = component.builder(role);
            String parents = role == Role.BUILDER
                    ? component.builder(Role.CONSUMER) + ", " + component.builder(Role.PRODUCER)
                    : role == Role.ADVANCED_BUILDER
                    ? component.builder(Role.ADVANCED_CONSUMER) + ", " + component.builder(Role.ADVANCED_PRODUCER)
                    : role.camelInterface;
            String what = switch (role) {
                case CONSUMER, ADVANCED_CONSUMER -> "endpoint consumers";
                case PRODUCER, ADVANCED_PRODUCER -> "endpoint producers";
                default -> "endpoints";
            };
            out.append('\n');
            javadoc("    ", (role.advanced() ? "Advanced builder" : "Builder") + " for " + what + " of the "
                              + component.model().path("title").asText() + " component.");
            out.append("    public interface ").append(name).append(" extends ").append(parents).append(" {\n");
            if (role.advanced()) {
                Role basic = Role.values()[role.ordinal() - 1];
                out.append("\n        default ").append(component.builder(basic)).append(" basic() {\n")
                        .append("            return (").append(component.builder(basic)).append(") this;\n")
                        .append("        }\n");
            } else {
                Role advanced = Role.values()[role.ordinal() + 1];
                out.append("\n        default ").append(component.builder(advanced)).append(" advanced() {\n")
                        .append("            return (").append(component.builder(advanced)).append(") this;\n")
                        .append("        }\n");
            }
            for (Option option : component.options()) {
                if (option.roles().contains(role)) {
                    optionMethods(option, name);
                }
            }
            out.append("    }\n");
        }

        private void optionMethods(Option option, String returnType) {
            if (option.multiValue()) {
                method(option, returnType, "String key, Object value",
                        "doSetMultiValueProperty(\"" + option.name() + "\", \"" + option.prefix() + "\" + key, value);",
                        "@param key the option key, after " + option.prefix() + "\n@param value the option value");
                method(option, returnType, "Map<String, Object> values",
                        "doSetMultiValueProperties(\"" + option.name() + "\", \"" + option.prefix() + "\", values);",
                        "@param values the options by key, after " + option.prefix());
                return;
            }
            String set = "doSetProperty(\"" + option.name() + "\", " + option.name() + ");";
            String setText = "doSetProperty(\"" + option.name() + "\", uriSafe(" + option.name() + "));";
            String param = "@param " + option.name() + " the value to set";
            boolean text = "String".equals(option.parameterType());
            method(option, returnType, option.parameterType() + " " + option.name(), text ? setText : set, param);
            if (!text) {
                method(option, returnType, "String " + option.name(), setText,
                        param + ", converted to " + option.parameterType()
                        + ("duration".equals(option.type()) ? " (milliseconds, or text such as 5s, 2m, 1h)" : ""));
            }
        }

        private void method(Option option, String returnType, String parameters, String body, String paramDoc) {
            StringBuilder doc = new StringBuilder(option.description());
            doc.append("\n\nThe option is a: ").append(option.javaType()).append(" type.");
            if (option.defaultValue() != null) {
                doc.append("\nDefault: ").append(option.defaultValue());
            }
            doc.append("\nGroup: ").append(String.join(",", option.labels()));
            doc.append("\n\n").append(paramDoc).append("\n@return the dsl builder");
            out.append('\n');
            javadoc("        ", doc.toString());
            if (option.deprecated()) {
                out.append("        @Deprecated\n");
            }
            out.append("        default ").append(returnType).append(' ').append(option.name()).append('(')
                    .append(parameters).append(") {\n            ").append(body)
                    .append("\n            return this;\n        }\n");
        }

        private void buildersInterface() {
            String scheme = component.scheme();
            String builder = component.builder(Role.BUILDER);
            String header = component.name() + "HeaderNameBuilder";
            out.append('\n');
            javadoc("    ", "What a route builder implements to build " + scheme + " endpoints: "
                              + scheme + "(path), and " + scheme + "() for the names of the headers.");
            out.append("    public interface ").append(component.name()).append("Builders {\n\n");
            javadoc("        ", "The names of the headers of the " + scheme + " component.\n\n@return the dsl builder"
                                + " for the headers' names");
            out.append("        default ").append(header).append(' ').append(scheme).append("() {\n")
                    .append("            return ").append(header).append(".INSTANCE;\n        }\n\n");
            javadoc("        ", pathDoc() + "\n\n@param path " + component.model().path("syntax").asText()
                                + "\n@return the dsl builder");
            out.append("        default ").append(builder).append(' ').append(scheme).append("(String path) {\n")
                    .append("            return ").append(component.factory()).append(".endpointBuilder(\"")
                    .append(scheme).append("\", path);\n        }\n\n");
            javadoc("        ", pathDoc() + "\n\n@param componentName the name of a " + scheme
                                + " component registered under another name\n@param path "
                                + component.model().path("syntax").asText() + "\n@return the dsl builder");
            out.append("        default ").append(builder).append(' ').append(scheme)
                    .append("(String componentName, String path) {\n")
                    .append("            return ").append(component.factory())
                    .append(".endpointBuilder(componentName, path);\n        }\n    }\n");
        }

        private void headerNameBuilder() {
            String header = component.name() + "HeaderNameBuilder";
            out.append('\n');
            javadoc("    ", "The names of the headers of the " + component.scheme() + " component.");
            out.append("    public static class ").append(header).append(" {\n\n")
                    .append("        private static final ").append(header).append(" INSTANCE = new ").append(header)
                    .append("();\n");
            component.headers().properties().forEach(field -> {
                String headerName = field.getKey();
                String method = headerName.startsWith("Camel") ? headerName.substring(5) : headerName;
                method = Character.toLowerCase(method.charAt(0)) + method.substring(1);
                out.append('\n');
                javadoc("        ", field.getValue().path("description").asText("") + "\n\n@return the name of the "
                                    + "header " + headerName);
                out.append("        public String ").append(method).append("() {\n            return \"")
                        .append(headerName).append("\";\n        }\n");
            });
            out.append("    }\n");
        }

        private void staticStart() {
            String builder = component.builder(Role.BUILDER);
            String scheme = component.scheme();
            out.append('\n');
            javadoc("    ", pathDoc() + "\n\nFor routes that do not implement " + component.name() + "Builders: "
                              + "import static " + component.packageName() + "." + component.factory() + "."
                              + scheme + ";\n\n@param path " + component.model().path("syntax").asText()
                              + "\n@return the dsl builder");
            out.append("    static ").append(builder).append(' ').append(scheme).append("(String path) {\n")
                    .append("        return endpointBuilder(\"").append(scheme).append("\", path);\n    }\n\n");
            javadoc("    ", "The builder of an endpoint of the " + scheme + " component registered as "
                              + "componentName.\n\n@param componentName the component's name\n@param path "
                              + component.model().path("syntax").asText() + "\n@return the dsl builder");
            out.append("    static ").append(builder).append(" endpointBuilder(String componentName, String path) {\n")
                    .append("        class ").append(builder).append("Impl extends AbstractEndpointBuilder implements ")
                    .append(builder).append(", ").append(component.builder(Role.ADVANCED_BUILDER)).append(" {\n")
                    .append("            ").append(builder).append("Impl(String path) {\n")
                    .append("                super(componentName, path);\n            }\n        }\n")
                    .append("        return new ").append(builder).append("Impl(path);\n    }\n");
        }

        /**
         * The helper that keeps text values whole: the URI the builders make is parsed again by Camel, which (up to
         * Camel 4.18) turns a + into a space, splits at an &amp; and decodes a %, unless the value is in RAW(...).
         * Newer Camel wraps + and % itself, and leaves a value that already starts with RAW( alone.
         */
        private void uriSafe() {
            out.append('\n');
            javadoc("    ", "The value as Camel's URI parsing keeps it: text with +, & or % goes in RAW(...), as the "
                              + "endpoint DSL builds a URI that Camel parses again.");
            out.append("""
                        private static String uriSafe(String value) {
                            if (value == null || value.startsWith("RAW(") || value.startsWith("RAW{")
                                || value.chars().noneMatch(c -> c == '+' || c == '&' || c == '%')) {
                                return value;
                            }
                            return "RAW(" + value + ")";
                        }
                    """);
        }

        /** The component's description, then its path parameter with the values it takes. */
        private String pathDoc() {
            StringBuilder doc = new StringBuilder(component.model().path("title").asText())
                    .append(" (").append(component.model().path("artifactId").asText()).append("): ")
                    .append(component.model().path("description").asText())
                    .append("\n\nSyntax: ").append(component.model().path("syntax").asText());
            return doc.toString();
        }

        private String examplePath() {
            return component.model().path("syntax").asText().replaceFirst("^[^:]*:", "");
        }

        private void javadoc(String indent, String text) {
            // HTML's special characters, and what would end the comment or read as a unicode escape
            String safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("*/", "*&#47;").replace("\\", "&#92;");
            out.append(indent).append("/**\n");
            for (String paragraph : safe.split("\n", -1)) {
                // an @ in a description (BigQuery's @name parameters) must not read as a block tag
                int tag = paragraph.startsWith("@param ") || paragraph.startsWith("@return ") ? 1 : 0;
                paragraph = paragraph.substring(0, tag) + paragraph.substring(tag).replace("@", "&#64;");
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
}
