package io.github.camelcarto;

import java.io.IOException;

import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.testing.FaultyServer;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * maxRetries bounds how often a call goes out, counted by a server that counts connections. The JDK client sends a
 * GET a second time by itself when the connection closes before any byte of the answer; those sends count too, and
 * no attempt is started that could take a call past maxRetries + 1 sends (the JDK's own repeat cannot be turned
 * off, so with maxRetries=0 such a GET still goes out twice).
 */
class SendCountTest extends CartoWireMockTestSupport {

    @ParameterizedTest(name = "maxRetries={0}: {1} connections")
    @CsvSource({ "0, 2", "1, 2", "2, 2", "3, 4", "4, 4" })
    void aGetWhoseConnectionClosesBeforeAnyAnswerIsSentNoMoreThanMaxRetriesPlusOneTimes(int maxRetries, int sends)
            throws Exception {
        try (FaultyServer server = FaultyServer.closingBeforeAnswering()) {
            assertFailsWithBrokenConnection("carto:query?method=get&maxRetries=" + maxRetries + "&apiBaseUrl="
                                            + server.baseUrl());
            assertEquals(sends, server.connections());
        }
    }

    @Test
    void aReadOnlyPostIsSentExactlyMaxRetriesPlusOneTimes() throws Exception {
        try (FaultyServer server = FaultyServer.closingBeforeAnswering()) {
            assertFailsWithBrokenConnection("carto:query?method=post&maxRetries=2&apiVersion=v2&apiKey=k&apiBaseUrl="
                                            + server.baseUrl() + "/user/u");
            assertEquals(3, server.connections());
        }
    }

    @Test
    void aJobSubmitIsSentOnce() throws Exception {
        try (FaultyServer server = FaultyServer.closingBeforeAnswering()) {
            assertFailsWithBrokenConnection("carto:job?apiBaseUrl=" + server.baseUrl());
            assertEquals(1, server.connections());
        }
    }

    private void assertFailsWithBrokenConnection(String uri) {
        Exchange result = template.request(uri, e -> e.getMessage().setBody("SELECT 1"));
        CartoException error = assertInstanceOf(CartoException.class, result.getException());
        assertInstanceOf(IOException.class, error.getCause(), error.getMessage());
    }
}
