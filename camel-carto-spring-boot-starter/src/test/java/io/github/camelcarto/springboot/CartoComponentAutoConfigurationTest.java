package io.github.camelcarto.springboot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.springboot.ComponentMetadata.ComponentOption;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives every option the component declares through Spring Boot's binding and into a real component, so the
 * starter cannot fall behind the component: the options are read from carto.json, none is named here.
 */
class CartoComponentAutoConfigurationTest {

    private final ApplicationContextRunner spring = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CartoComponentAutoConfiguration.class));

    @Test
    void metadataListsEveryComponentOptionAndNothingElse() {
        Set<String> expected = new TreeSet<>(List.of("camel.component.carto.enabled"));
        ComponentMetadata.options().forEach(option -> expected.add(option.dashedKey()));
        Set<String> listed = new TreeSet<>();
        ComponentMetadata.springMetadata().get("properties").forEach(p -> listed.add(p.get("name").asText()));
        assertEquals(expected, listed);
    }

    @Test
    void everyValueOptionSetInSpringReachesTheComponent() {
        List<SampleValue> samples = ComponentMetadata.options().stream()
                .filter(option -> !"object".equals(option.kind()))
                .map(SampleValue::of)
                .toList();
        spring.withPropertyValues(samples.stream().map(SampleValue::property).toArray(String[]::new))
                .run(context -> withComponent(context.getBean(ComponentCustomizer.class), component -> {
                    List<String> wrong = new ArrayList<>();
                    for (SampleValue sample : samples) {
                        Object actual = optionValue(component, sample.option().name());
                        if (!sample.matches(actual)) {
                            wrong.add(sample.property() + " gave " + actual);
                        }
                    }
                    assertTrue(wrong.isEmpty(), "options that did not arrive: " + wrong);
                }));
    }

    @Test
    void durationsAcceptSpringBootNotation() {
        List<ComponentOption> durations = ComponentMetadata.options().stream()
                .filter(option -> "duration".equals(option.kind())).toList();
        assertFalse(durations.isEmpty());
        spring.withPropertyValues(durations.stream().map(option -> option.dashedKey() + "=2h").toArray(String[]::new))
                .run(context -> withComponent(context.getBean(ComponentCustomizer.class), component -> durations
                        .forEach(option -> assertEquals(7_200_000L,
                                ((Number) optionValue(component, option.name())).longValue(), option.name()))));
    }

    @Test
    void camelCaseKeysBindToo() {
        ComponentOption option = firstOfKind("string");
        spring.withPropertyValues("camel.component.carto." + option.name() + "=camel-case")
                .run(context -> withComponent(context.getBean(ComponentCustomizer.class),
                        component -> assertEquals("camel-case", optionValue(component, option.name()))));
    }

    @Test
    void aMisspeltKeyFailsTheStartAndNamesTheKey() {
        String misspelt = firstOfKind("string").dashedKey() + "x";
        spring.withPropertyValues(misspelt + "=value").run(context -> {
            Throwable failure = context.getStartupFailure();
            assertNotNull(failure, "the application started with " + misspelt);
            assertTrue(causes(failure).contains(misspelt), causes(failure));
        });
    }

    @Test
    void aMisspeltKeyIsExplainedWithTheClosestOptionAndWithoutItsValue() {
        ComponentOption option = firstOfKind("string");
        String key = option.dashedKey();
        int letter = "camel.component.carto.".length() + 2;
        String misspelt = key.substring(0, letter) + key.substring(letter + 1);
        spring.withPropertyValues(misspelt + "=value-that-may-be-a-secret").run(context -> {
            FailureAnalysis analysis = new MisspeltKeyFailureAnalyzer().analyze(context.getStartupFailure());
            assertNotNull(analysis, "no analysis for " + misspelt);
            assertTrue(analysis.getDescription().contains(misspelt + " is not an option"), analysis.getDescription());
            assertTrue(analysis.getDescription().contains("Did you mean " + key + "?"), analysis.getDescription());
            assertFalse(analysis.getDescription().contains("value-that-may-be-a-secret"));
        });
    }

    @Test
    void aSharedConfigurationBeanIsAppliedBeforeTheOptionsThatRefineIt() throws Exception {
        ComponentOption configuration = ComponentMetadata.options().stream()
                .filter(option -> "object".equals(option.kind()))
                .filter(option -> ComponentMetadata.options().stream()
                        .anyMatch(o -> option.javaType().equals(o.json().path("configurationClass").asText())))
                .findFirst().orElseThrow();
        ComponentOption refinement = ComponentMetadata.options().stream()
                .filter(option -> "string".equals(option.kind()))
                .filter(option -> option.json().has("configurationField"))
                .findFirst().orElseThrow();
        Object shared = Class.forName(configuration.javaType()).getDeclaredConstructor().newInstance();
        spring.withPropertyValues(configuration.dashedKey() + "=#bean:shared", refinement.dashedKey() + "=refined")
                .run(context -> withComponent(context.getBean(ComponentCustomizer.class), Map.of("shared", shared),
                        component -> {
                            assertSame(shared, optionValue(component, configuration.name()));
                            assertEquals("refined", optionValue(component, refinement.name()));
                        }));
    }

    @Test
    void enabledFalseLeavesTheComponentAlone() {
        spring.withPropertyValues("camel.component.carto.enabled=false", firstOfKind("string").dashedKey() + "=x")
                .run(context -> assertTrue(context.getBeansOfType(ComponentCustomizer.class).isEmpty()));
    }

    /** Creates the carto component as Camel does, with the starter's customizer in Camel's registry. */
    private static void withComponent(ComponentCustomizer customizer, Consumer<Component> check) throws Exception {
        withComponent(customizer, Map.of(), check);
    }

    private static void withComponent(ComponentCustomizer customizer, Map<String, Object> beans,
                                      Consumer<Component> check) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getRegistry().bind("cartoComponentCustomizer", customizer);
            beans.forEach(camel.getRegistry()::bind);
            check.accept(camel.getComponent("carto"));
        }
    }

    private static Object optionValue(Component component, String name) {
        return ((PropertyConfigurerGetter) component.getComponentPropertyConfigurer())
                .getOptionValue(component, name, false);
    }

    private static ComponentOption firstOfKind(String kind) {
        return ComponentMetadata.options().stream().filter(option -> kind.equals(option.kind())
                && !option.json().has("enum")).findFirst().orElseThrow();
    }

    private static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }

    /** A value unlike the option's default, as a property line, and how it reads back from the component. */
    private record SampleValue(ComponentOption option, String text, Object expected) {

        static SampleValue of(ComponentOption option) {
            JsonNode enums = option.json().get("enum");
            if (enums != null) {
                String value = enums.get(enums.size() - 1).asText();
                String other = value.equals(option.json().path("defaultValue").asText()) ? enums.get(0).asText() : value;
                return new SampleValue(option, other, other);
            }
            return switch (option.kind()) {
                case "boolean" -> {
                    boolean value = !option.json().path("defaultValue").asBoolean(false);
                    yield new SampleValue(option, String.valueOf(value), value);
                }
                case "integer" -> new SampleValue(option, "7", 7L);
                case "number" -> new SampleValue(option, "2.5", 2.5d);
                case "duration" -> new SampleValue(option, "3s", 3000L);
                default -> new SampleValue(option, "value-of-" + option.name(), "value-of-" + option.name());
            };
        }

        String property() {
            return option.dashedKey() + "=" + text;
        }

        boolean matches(Object actual) {
            if (actual instanceof Enum<?> constant) {
                return constant.name().equals(expected);
            }
            if (actual instanceof Number number && expected instanceof Number wanted) {
                return number.doubleValue() == wanted.doubleValue();
            }
            return expected.equals(actual);
        }
    }
}
