package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;

/**
 * Issue 11: with Nagle's algorithm on, a keep-alive client waits ~40 ms for every small answer. The JDK reads its
 * setting once per JVM, so this checks the setting the JDK server actually uses, not only the system property. (Any
 * test of this JVM that starts a plain JDK HttpServer before carto-local would turn it off for all: such a fake must
 * call NoDelay.enable() first.)
 */
class NoDelayTest {

    @Test
    void theJdkServerCarriesSmallAnswersWithoutNagleDelay() throws Exception {
        try (CartoLocal carto = CartoLocal.start(CartoLocalConfig.defaults())) {
            Method noDelay = Class.forName("sun.net.httpserver.ServerConfig").getDeclaredMethod("noDelay");
            noDelay.setAccessible(true);

            assertTrue((boolean) noDelay.invoke(null), "sun.net.httpserver.nodelay was read as false");
        }
    }
}
