package io.github.camelcarto.integration;

import io.github.camelcarto.local.CartoLocalExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Whole routes against carto-local: one server per test class, and the {@code carto} component configured for it
 * once, as users configure it for CARTO (base URL, token, connection), with polls short enough for tests. A subclass
 * seeds the tables and workflows it needs through {@code carto.server()}.
 */
abstract class CartoLocalTestSupport extends CamelTestSupport {

    @RegisterExtension
    static CartoLocalExtension carto = CartoLocalExtension.create();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("carto", CartoApp.componentFor(carto.server()));
        return context;
    }
}
