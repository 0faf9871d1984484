package io.github.camelcarto;

import java.io.IOException;
import java.net.ServerSocket;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelcarto.client.exception.CartoException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A call that never got an answer says what happened and to which host, never ": null". */
class NetworkFailureMessagesTest extends CartoWireMockTestSupport {

    /** Serves TLS with WireMock's own certificate, which the JDK's default trust store does not trust. */
    @RegisterExtension
    static WireMockExtension untrusted = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort())
            .build();

    @Test
    void aRefusedConnectionSaysRefusedAndNamesHostAndPort() throws IOException {
        int closedPort = closedPort();

        String message = failureOf("carto:query?maxRetries=0&apiBaseUrl=http://127.0.0.1:" + closedPort);

        assertTrue(message.contains("127.0.0.1:" + closedPort) && message.contains("refused"), message);
    }

    @Test
    void anUnknownHostSaysTheNameDidNotResolve() {
        String message = failureOf("carto:query?maxRetries=0&apiBaseUrl=http://no-such-host.invalid");

        assertTrue(message.contains("no-such-host.invalid") && message.contains("could not be resolved"), message);
    }

    @Test
    void anUntrustedCertificateSaysTheTlsHandshakeFailed() {
        String message = failureOf("carto:query?maxRetries=0&apiBaseUrl=https://localhost:" + untrusted.getHttpsPort());

        assertTrue(message.contains("TLS handshake") && message.contains("localhost:" + untrusted.getHttpsPort())
                   && message.contains("sslContextParameters"), message);
    }

    @Test
    void noAnswerInTimeSaysSoAndNamesTheHost() {
        carto.stubFor(get(urlPathEqualTo("/v3/sql/conn/query")).willReturn(okJson("{\"rows\":[]}").withFixedDelay(5000)));

        String message = failureOf("carto:query?maxRetries=0&requestTimeout=100&method=get");

        String host = "localhost:" + carto.getPort();
        assertTrue(message.contains(host) && message.contains("within 100 ms"), message);
    }

    @Test
    void aTokenEndpointThatRefusesSaysSoAndNamesItsHost() throws IOException {
        int closedPort = closedPort();

        String message = failureOf("carto:query?maxRetries=0&accessToken=&clientId=app-1&clientSecret=s3cr3t-value"
                                   + "&oauthTokenUrl=http://127.0.0.1:" + closedPort + "/oauth/token");

        assertTrue(message.contains("access token") && message.contains("127.0.0.1:" + closedPort)
                   && message.contains("refused"), message);
        assertFalse(message.contains("s3cr3t-value"), message);
    }

    /** The message of the exchange's failure, which must be a CartoException that never says "null". */
    private String failureOf(String uri) {
        Exchange result = template.request(uri, e -> e.getMessage().setBody("SELECT 1"));
        CartoException error = assertInstanceOf(CartoException.class, result.getException());
        String message = error.getMessage();
        assertFalse(message.contains("null"), message);
        return message;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
