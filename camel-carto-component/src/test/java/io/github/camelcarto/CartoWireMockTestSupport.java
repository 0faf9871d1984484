package io.github.camelcarto;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Routes against a WireMock CARTO: the component is configured once, as users do, and every endpoint inherits it.
 * Polls and retries are fast so that state machines finish in milliseconds. CARTO 3 with a token unless a subclass
 * {@linkplain #connect connects} otherwise.
 */
abstract class CartoWireMockTestSupport extends CamelTestSupport {

    /** Distinctive so a test can prove it never leaks into messages. */
    static final String TOKEN = "tok-SECRET-4711-never-print";

    @RegisterExtension
    static WireMockExtension carto = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(40))
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CartoComponent component = new CartoComponent();
        CartoConfiguration configuration = component.getConfiguration();
        connect(configuration);
        configuration.setPollInterval(10);
        configuration.setMaxPollInterval(40);
        configuration.setRetryInitialDelay(5);
        configuration.setRetryMaxDelay(20);
        configuration.setRequestTimeout(5000);
        context.addComponent("carto", component);
        return context;
    }

    /** Where the component finds CARTO and how it signs in. */
    void connect(CartoConfiguration configuration) {
        configuration.setApiBaseUrl(carto.baseUrl());
        configuration.setAccessToken(TOKEN);
        configuration.setConnection("conn");
    }
}
