package io.github.camelcarto.local;

import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A suite that runs on each engine: one server per class, started with {@link #configure} and seeded by
 * {@link #seed}. Where the engine cannot run (PostGIS without a server), every test is reported as skipped, with why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EngineContract {

    TestServer server;
    HttpHelper http;
    String key;
    private Optional<String> unavailable;

    abstract TestEngine engine();

    void configure(CartoLocalConfig.Builder config) {
        // the defaults
    }

    void seed() {
        // nothing to seed
    }

    @BeforeAll
    void startServer() {
        unavailable = engine().unavailable();
        if (unavailable.isEmpty()) {
            server = engine().start(this::configure);
            http = HttpHelper.of(server.carto());
            key = server.carto().apiKey();
            seed();
        }
    }

    @BeforeEach
    void requireEngine() {
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> unavailable.orElse(""));
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }
}
