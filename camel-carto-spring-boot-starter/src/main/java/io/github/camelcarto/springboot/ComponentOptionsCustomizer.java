package io.github.camelcarto.springboot;

import java.util.Map;
import java.util.function.Supplier;

import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.support.PropertyBindingSupport;

/**
 * Sets options on a component through the component's generated configurer, the way Camel Main sets
 * {@code camel.component.*}: type conversion, nested configuration options, {@code #bean:name} references and
 * {@code {{placeholders}}} all behave as they do in a Camel URI or Camel Main.
 */
final class ComponentOptionsCustomizer implements ComponentCustomizer {

    private final Class<? extends Component> componentType;
    private final Supplier<Map<String, Object>> options;

    ComponentOptionsCustomizer(Class<? extends Component> componentType, Supplier<Map<String, Object>> options) {
        this.componentType = componentType;
        this.options = options;
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return componentType.isInstance(target);
    }

    @Override
    public void configure(String name, Component target) {
        // one option at a time, in the given order: a shared configuration object first, then what refines it
        for (Map.Entry<String, Object> option : options.get().entrySet()) {
            boolean applied = PropertyBindingSupport.build()
                    .withConfigurer(target.getComponentPropertyConfigurer())
                    .bind(target.getCamelContext(), target, option.getKey(), option.getValue());
            if (!applied) {
                // the value is left out of the message: it may be a secret
                throw new IllegalStateException("camel.component." + name + "." + option.getKey()
                        + " is not an option of " + target.getClass().getName());
            }
        }
    }
}
