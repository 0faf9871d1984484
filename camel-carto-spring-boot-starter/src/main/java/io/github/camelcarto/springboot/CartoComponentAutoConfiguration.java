package io.github.camelcarto.springboot;

import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Binds {@code camel.component.carto.*} from the Spring environment (application.properties, YAML, environment
 * variables, in any of Spring Boot's relaxed spellings) and applies it to the carto component when Camel creates
 * it, as Camel's own starters do. Only the options the application set are applied; the component keeps its
 * defaults for the rest.
 */
@AutoConfiguration(afterName = "org.apache.camel.spring.boot.CamelAutoConfiguration")
@ConditionalOnProperty(prefix = CartoComponentConfiguration.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(CartoComponentConfiguration.class)
public class CartoComponentAutoConfiguration {

    @Bean
    public ComponentCustomizer cartoComponentCustomizer(CartoComponentConfiguration properties) {
        return new ComponentOptionsCustomizer(CartoComponentConfiguration.COMPONENT_TYPE, properties::componentOptions);
    }
}
