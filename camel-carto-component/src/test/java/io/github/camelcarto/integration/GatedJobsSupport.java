package io.github.camelcarto.integration;

import io.github.camelcarto.local.CartoLocalExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * carto-local for tests whose jobs wait behind {@link JobGate}s until the test opens them; after each test every gate
 * opens, so that no job holds the server. The tests start their applications themselves ({@link CartoApp}).
 */
abstract class GatedJobsSupport {

    @RegisterExtension
    static CartoLocalExtension carto = CartoLocalExtension.create();

    @BeforeEach
    void installGate() {
        JobGate.install(carto.server());
    }

    @AfterEach
    void letEveryJobEnd() {
        JobGate.openAll();
    }
}
