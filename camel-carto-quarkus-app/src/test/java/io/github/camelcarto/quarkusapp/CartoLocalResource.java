package io.github.camelcarto.quarkusapp;

import java.util.Map;

import io.github.camelcarto.local.CartoLocal;
import io.github.camelcarto.local.CartoLocalConfig;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** carto-local for the Quarkus test: started before the application, its address handed to its configuration. */
public class CartoLocalResource implements QuarkusTestResourceLifecycleManager {

    static CartoLocal carto;

    @Override
    public Map<String, String> start() {
        carto = CartoLocal.start(CartoLocalConfig.builder().build());
        carto.execute("CREATE TABLE stores (name VARCHAR, kind VARCHAR)");
        carto.execute("INSERT INTO stores VALUES ('North', 'grocery'), ('South', 'grocery'), ('Mall', 'fashion')");
        return Map.of("carto.api-base-url", carto.baseUrl(), "carto.access-token", carto.accessToken());
    }

    @Override
    public void stop() {
        carto.close();
    }
}
