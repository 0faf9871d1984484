package io.github.camelcarto.local;

import java.util.Optional;
import java.util.function.Consumer;

/** The engines carto-local's v2 suites run on: each suite has one subclass per engine. */
enum TestEngine {
    H2GIS,
    POSTGIS;

    /** Why this engine cannot be tested here (PostGIS without a server), or empty. */
    Optional<String> unavailable() {
        return this == H2GIS ? Optional.empty() : PostgisTestDatabase.unavailable();
    }

    /** Starts a server on this engine; on PostGIS in a database of its own, dropped when the server is closed. */
    TestServer start(Consumer<CartoLocalConfig.Builder> configuration) {
        CartoLocalConfig.Builder config = CartoLocalConfig.builder();
        configuration.accept(config);
        if (this == H2GIS) {
            return new TestServer(CartoLocal.start(config.build()), null);
        }
        PostgisTestDatabase database = PostgisTestDatabase.create();
        try {
            config.jdbc(database.url(), database.user(), database.password());
            return new TestServer(CartoLocal.start(config.build()), database);
        } catch (RuntimeException e) {
            database.drop();
            throw e;
        }
    }
}
