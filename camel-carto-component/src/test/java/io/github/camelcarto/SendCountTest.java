package io.github.camelcarto;

import java.io.IOException;

import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.testing.FaultyServer;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * maxRetries bounds how often a call goes out, counted by a server that counts connections. Apache HttpClient (the
 * default engine) never sends a call again by itself. The JDK client sends a GET a second time by itself when the
 * connection closes before any byte of the answer; those sends count too, and no attempt is started that could take a
 * call past maxRetries + 1 sends (the JDK's own repeat cannot be turned off, so with maxRetries=0 such a GET still
 * goes out twice).
 */
class SendCountTest extends CartoWireMockTestSupport {

    @ParameterizedTest(name = "httpEngine={0}, maxRetries={1}: {2} connections")
    @CsvSource({ "apache, 0, 1", "apache, 1, 2", "apache, 2, 3", "apache, 4, 5",
                 "jdk, 0, 2", "jdk, 1, 2", "jdk, 2, 2", "jdk, 3, 4", "jdk, 4, 4" })
    void aGetWhoseConnectionClosesBeforeAnyAnswerIsSentNoMoreThanMaxRetriesPlusOneTimes(String engine, int maxRetries,
                                                                                        int sends) throws Exception {
        try (FaultyServer server = FaultyServer.closingBeforeAnswering()) {
            assertFailsWithBrokenConnection("carto:query?method=get&httpEngine=" + engine + "&maxRetries=" + maxRetries
                                            + "&apiBaseUrl=" + server.baseUrl());
            assertEquals(sends, server.connections());
        }
    }

    @ParameterizedTest(name = "httpEngine={0}")
    @ValueSource(strings = { "apache", "jdk" })
    void aReadOnlyPostIsSentExactlyMaxRetriesPlusOneTimes(String engine) throws Exception {
        try (FaultyServer server = FaultyServer.closingBeforeAnswering()) {
            assertFailsWithBrokenConnection("carto:query?method=post&maxRetries=2&apiVersion=v2&apiKey=k&httpEngine="
                                            + engine + "&apiBaseUrl=" + server.baseUrl() + "/user/u");
            assertEquals(3, server.connections());
        }
    }

    @ParameterizedTest(name = "httpEngine={0}")
    @ValueSource(strings = { "apache", "jdk" })
    void aJobSubmitIsSentOnce(String engine) throws Exception {
        try (FaultyServer server = FaultyServer.closingBeforeAnswering()) {
            assertFailsWithBrokenConnection("carto:job?httpEngine=" + engine + "&apiBaseUrl=" + server.baseUrl());
            assertEquals(1, server.connections());
        }
    }

    private void assertFailsWithBrokenConnection(String uri) {
        Exchange result = template.request(uri, e -> e.getMessage().setBody("SELECT 1"));
        CartoException error = assertInstanceOf(CartoException.class, result.getException());
        assertInstanceOf(IOException.class, error.getCause(), error.getMessage());
    }
}
