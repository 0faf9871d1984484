package io.github.camelcarto.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The component's own option list (carto.json in the camel-carto jar): what the starter must cover. */
final class ComponentMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ComponentMetadata() {
    }

    /** Each component option as its name and carto.json entry. */
    static List<ComponentOption> options() {
        List<ComponentOption> options = new ArrayList<>();
        read().get("componentProperties").fields()
                .forEachRemaining(field -> options.add(new ComponentOption(field.getKey(), field.getValue())));
        return options;
    }

    /** spring-configuration-metadata.json as the starter jar ships it. */
    static JsonNode springMetadata() {
        return readResource("META-INF/spring-configuration-metadata.json");
    }

    private static JsonNode read() {
        Properties service = new Properties();
        try (InputStream in = resource("META-INF/services/org/apache/camel/component/carto")) {
            service.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String componentClass = service.getProperty("class");
        String packagePath = componentClass.substring(0, componentClass.lastIndexOf('.')).replace('.', '/');
        return readResource("META-INF/" + packagePath + "/carto.json");
    }

    private static JsonNode readResource(String name) {
        try (InputStream in = resource(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ComponentMetadata.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the test classpath");
        }
        return in;
    }

    record ComponentOption(String name, JsonNode json) {

        String kind() {
            return json.get("type").asText();
        }

        String javaType() {
            return json.get("javaType").asText();
        }

        /** How Spring Boot spells the key in metadata and error messages: apiBaseUrl is api-base-url. */
        String dashedKey() {
            return "camel.component.carto." + name.replaceAll("([A-Z])", "-$1").toLowerCase();
        }
    }
}
