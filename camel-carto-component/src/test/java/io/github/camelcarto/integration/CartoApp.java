package io.github.camelcarto.integration;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelcarto.CartoComponent;
import io.github.camelcarto.CartoConfiguration;
import io.github.camelcarto.local.CartoLocal;
import io.github.camelcarto.testing.CountingHttpClient;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One running instance of an application against carto-local: a CamelContext of its own, with the carto component
 * configured as users configure it and an HTTP client that counts what this instance sent. Tests start several, one
 * after the other (restarts) or side by side (replicas).
 */
final class CartoApp implements AutoCloseable {

    final CamelContext context;
    final CountingHttpClient http = new CountingHttpClient();
    private final ProducerTemplate template;

    private CartoApp(CamelContext context) {
        this.context = context;
        this.template = context.createProducerTemplate();
    }

    /**
     * @param beans  registry entries, e.g. the state repositories
     * @param before what to do with the context before it starts (add a cluster service...)
     */
    static CartoApp start(CartoLocal server, Map<String, Object> beans, RoutesBuilder routes, Setup before)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        CartoApp app = new CartoApp(context);
        CartoComponent component = componentFor(server);
        component.getConfiguration().setHttpClient(app.http);
        context.addComponent("carto", component);
        beans.forEach(context.getRegistry()::bind);
        before.apply(context);
        context.addRoutes(routes);
        context.start();
        return app;
    }

    static CartoApp start(CartoLocal server, Map<String, Object> beans, RoutesBuilder routes) throws Exception {
        return start(server, beans, routes, context -> {
        });
    }

    /**
     * The carto component configured for carto-local, as users configure it for CARTO (base URL, token, connection),
     * with polls short enough for tests.
     */
    static CartoComponent componentFor(CartoLocal server) {
        CartoComponent component = new CartoComponent();
        CartoConfiguration configuration = component.getConfiguration();
        configuration.setApiBaseUrl(server.baseUrl());
        configuration.setAccessToken(server.accessToken());
        configuration.setConnection("carto_dw");
        configuration.setPollInterval(50);
        configuration.setMaxPollInterval(200);
        return component;
    }

    /** What to do with a context before it starts. */
    interface Setup {
        void apply(CamelContext context) throws Exception;
    }

    /** Sends a message and returns at once; the future completes when the exchange does. */
    CompletableFuture<Exchange> send(String uri, Map<String, Object> headers, Object body) {
        return template.asyncSend(uri, exchange -> {
            exchange.getMessage().setHeaders(new HashMap<>(headers));
            exchange.getMessage().setBody(body);
        });
    }

    /**
     * Stops as a crash would leave things: no graceful wait for the exchanges in flight (a forced shutdown at once),
     * so nothing completes normally and nothing is handed over.
     */
    void stopAbruptly() {
        context.getShutdownStrategy().setTimeUnit(TimeUnit.MILLISECONDS);
        context.getShutdownStrategy().setTimeout(1);
        context.getShutdownStrategy().setSuppressLoggingOnTimeout(true);
        context.stop();
    }

    @Override
    public void close() {
        context.stop();
    }
}
