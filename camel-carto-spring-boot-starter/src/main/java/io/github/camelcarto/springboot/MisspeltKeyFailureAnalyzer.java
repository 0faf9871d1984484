package io.github.camelcarto.springboot;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains a start stopped by an unknown {@code camel.component.carto.*} key: it names the key and the option
 * closest to it, and, unlike Spring Boot's general report, leaves out the value, which may be a token.
 */
public class MisspeltKeyFailureAnalyzer extends AbstractFailureAnalyzer<UnboundConfigurationPropertiesException>
        implements Ordered {

    private static final String PREFIX = CartoComponentConfiguration.PREFIX + ".";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnboundConfigurationPropertiesException cause) {
        List<String> keys = cause.getUnboundProperties().stream()
                .map(ConfigurationProperty::getName).map(Object::toString)
                .filter(name -> name.startsWith(PREFIX)).sorted().toList();
        if (keys.isEmpty()) {
            return null; // another prefix: Spring Boot's own analyzer explains it
        }
        StringBuilder description = new StringBuilder();
        for (String key : keys) {
            description.append(key).append(" is not an option of the carto component.");
            closestOption(key.substring(PREFIX.length()))
                    .ifPresent(option -> description.append(" Did you mean ").append(PREFIX).append(option).append('?'));
            description.append('\n');
        }
        return new FailureAnalysis(description.toString().strip(),
                "Correct the key. Every option is listed in the starter's spring-configuration-metadata.json "
                + "(IDE completion) and in the component reference.", cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE; // before Spring Boot's report, which prints the value
    }

    private static Optional<String> closestOption(String misspelt) {
        String wanted = uniform(misspelt);
        return CartoComponentConfiguration.PROPERTY_NAMES.stream()
                .min(Comparator.comparingInt(option -> editDistance(uniform(option), wanted)))
                .filter(option -> editDistance(uniform(option), wanted) <= Math.max(2, wanted.length() / 4));
    }

    /** Spring Boot's uniform form: the same key whatever its spelling (access-token, accessToken, ACCESS_TOKEN). */
    private static String uniform(String key) {
        return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
