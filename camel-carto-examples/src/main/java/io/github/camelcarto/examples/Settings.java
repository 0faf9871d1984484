package io.github.camelcarto.examples;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.util.TimeUtils;

/** Reads the application's properties (application.properties, -D overrides, environment) with clear errors. */
final class Settings {

    private final CamelContext context;

    Settings(CamelContext context) {
        this.context = context;
    }

    /** The value, or "" when the key is absent or set to nothing. */
    String text(String key) {
        return context.getPropertiesComponent().resolveProperty(key).map(String::strip).orElse("");
    }

    String required(String key) {
        String value = text(key);
        if (value.isEmpty()) {
            throw new IllegalStateException("Property " + key + " must be set (application.properties or -D" + key + "=...)");
        }
        return value;
    }

    Path path(String key) {
        return Path.of(required(key));
    }

    int integer(String key) {
        String value = required(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Property " + key + " must be a whole number, not '" + value + "'");
        }
    }

    Duration duration(String key) {
        String value = required(key);
        try {
            return Duration.ofMillis(TimeUtils.toMilliSeconds(value));
        } catch (RuntimeException e) {
            throw new IllegalStateException("Property " + key + " must be a duration such as 30s, 2m or 500 (ms), not '"
                                            + value + "'");
        }
    }

    /** Sets a property for the rest of the run, above application.properties. */
    void override(String key, String value) {
        context.getPropertiesComponent().addOverrideProperty(key, value);
    }
}
