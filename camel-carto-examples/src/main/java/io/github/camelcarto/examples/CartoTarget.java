package io.github.camelcarto.examples;

import java.nio.file.Path;

import io.github.camelcarto.local.CartoLocal;
import io.github.camelcarto.local.CartoLocalConfig;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which CARTO the routes talk to. With carto.apiBaseUrl (CARTO_API_BASE_URL) set, that one, and a token is
 * required; otherwise a carto-local is started in-process, loaded with the demo data, and closed with Camel.
 */
final class CartoTarget {

    /** Registry name of the in-process carto-local, when one was started. */
    static final String CARTO_LOCAL = "cartoLocal";

    private static final Logger LOG = LoggerFactory.getLogger(CartoTarget.class);

    private CartoTarget() {
    }

    static void connect(CamelContext context, Settings settings, Path dataDir) {
        String apiBaseUrl = settings.text("carto.apiBaseUrl");
        if (!apiBaseUrl.isEmpty()) {
            if (settings.text("carto.accessToken").isEmpty()) {
                throw new IllegalStateException("CARTO_API_BASE_URL (carto.apiBaseUrl) is set to " + apiBaseUrl
                                                + " but no token is: set CARTO_API_TOKEN (carto.accessToken) to an API "
                                                + "Access Token of your CARTO organisation");
            }
            LOG.info("Using CARTO at {}, connection {}", apiBaseUrl, settings.text("carto.connection"));
            return;
        }
        CartoLocal local = CartoLocal.start(CartoLocalConfig.builder()
                .dataDir(dataDir.resolve("carto-local"))
                .connection(settings.required("carto.connection"))
                .build());
        CloseOnStop.register(context, local);
        DemoData.load(local);
        settings.override("carto.apiBaseUrl", local.baseUrl());
        settings.override("carto.accessToken", local.accessToken());
        // carto-local answers in milliseconds: poll waiting jobs often so the demo is quick
        settings.override("carto.pollInterval", "200ms");
        context.getRegistry().bind(CARTO_LOCAL, local);
        LOG.info("CARTO_API_BASE_URL is not set: started carto-local at {} with the demo data", local.baseUrl());
    }
}
