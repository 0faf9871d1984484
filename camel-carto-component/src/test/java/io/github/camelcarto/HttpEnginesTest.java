package io.github.camelcarto;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoReadTimeoutException;
import io.github.camelcarto.testing.CartoAnswers;
import io.github.camelcarto.testing.FaultyServer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same calls through both HTTP engines, Apache HttpClient 5 (the default) and the JDK's client: what reaches
 * CARTO, what comes back, which thread the route goes on with, and how a stalled, slow or refused call ends. The rest
 * of the suite runs on the default engine.
 */
class HttpEnginesTest extends CartoWireMockTestSupport {

    private static final String QUERY = "/v3/sql/conn/query";
    private static final String ROWS = CartoAnswers.queryAnswer(List.of(Map.of("one", 1)),
            List.of(Map.of("name", "one", "type", "number")));

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (String engine : List.of("apache", "jdk")) {
                    from("direct:" + engine).to("carto:query?httpEngine=" + engine)
                            .process(e -> e.getMessage().setHeader("continuedOn", Thread.currentThread().getName()));
                }
            }
        };
    }

    @ParameterizedTest(name = "httpEngine={0}")
    @ValueSource(strings = { "apache", "jdk" })
    void aQueryIsSentAsCartoExpectsItAndTheRouteGoesOnOnAWorker(String engine) {
        carto.stubFor(post(urlPathEqualTo(QUERY)).willReturn(okJson(ROWS)));

        Exchange result = template.request("direct:" + engine, e -> e.getMessage().setBody("SELECT 1 AS one"));

        assertNull(result.getException());
        assertEquals(List.of(Map.of("one", 1)), result.getMessage().getBody());
        // never the HTTP client's own I/O thread, which must stay free to move bytes: Apache's answers go to a worker;
        // the JDK client's to a worker, or the calling thread when the answer came while that thread was still
        // sending (HttpWorkExecutor)
        String thread = result.getMessage().getHeader("continuedOn", String.class);
        assertFalse(thread.contains("CartoHttpIo") || thread.contains("SelectorManager"), thread);
        if (engine.equals("apache")) {
            assertTrue(thread.contains("CartoWorker"), thread);
        }
        carto.verify(postRequestedFor(urlPathEqualTo(QUERY))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Accept-Encoding", absent())
                .withHeader("Cookie", absent()));
    }

    @ParameterizedTest(name = "httpEngine={0}")
    @ValueSource(strings = { "apache", "jdk" })
    void aGetQuerySendsItsSqlInTheUrl(String engine) {
        carto.stubFor(get(urlPathEqualTo(QUERY)).willReturn(okJson(ROWS)));

        Exchange result = template.request("carto:query?method=get&httpEngine=" + engine,
                e -> e.getMessage().setBody("SELECT 1 AS one"));

        assertNull(result.getException());
        // (the JDK client sends Content-Length: 0 with it, Apache nothing; both send no body)
        List<LoggedRequest> sent = carto.findAll(getRequestedFor(urlPathEqualTo(QUERY))
                .withQueryParam("q", equalTo("SELECT 1 AS one")).withHeader("Transfer-Encoding", absent()));
        assertEquals(1, sent.size());
        assertEquals(0, sent.get(0).getBody().length);
    }

    @ParameterizedTest(name = "httpEngine={0}")
    @ValueSource(strings = { "apache", "jdk" })
    void aRedirectedGetIsFollowed(String engine) {
        carto.stubFor(get(urlPathEqualTo(QUERY)).willReturn(aResponse().withStatus(302)
                .withHeader("Location", carto.baseUrl() + "/moved?q=1")));
        carto.stubFor(get(urlPathEqualTo("/moved")).willReturn(okJson(ROWS)));

        Exchange result = template.request("carto:query?method=get&httpEngine=" + engine,
                e -> e.getMessage().setBody("SELECT 1 AS one"));

        assertNull(result.getException());
        assertEquals(List.of(Map.of("one", 1)), result.getMessage().getBody());
    }

    /** A 307 keeps the method and the body, which both engines send again. */
    @ParameterizedTest(name = "httpEngine={0}")
    @ValueSource(strings = { "apache", "jdk" })
    void aPostRedirectedWith307IsSentAgainWithItsBody(String engine) {
        carto.stubFor(post(urlPathEqualTo(QUERY)).willReturn(aResponse().withStatus(307)
                .withHeader("Location", carto.baseUrl() + "/moved")));
        carto.stubFor(post(urlPathEqualTo("/moved")).willReturn(okJson(ROWS)));

        Exchange result = template.request("carto:query?httpEngine=" + engine,
                e -> e.getMessage().setBody("SELECT 1 AS one"));

        assertNull(result.getException());
        assertEquals(List.of(Map.of("one", 1)), result.getMessage().getBody());
        carto.verify(postRequestedFor(urlPathEqualTo("/moved")).withRequestBody(containing("SELECT 1 AS one")));
    }

    /** Larger than every buffer on the way, so the download runs on the reader's demand. */
    @ParameterizedTest(name = "httpEngine={0}")
    @ValueSource(strings = { "apache", "jdk" })
    void aDownloadStreamsEveryByte(String engine) throws Exception {
        byte[] csv = csv(3 * 1024 * 1024);
        carto.stubFor(get(urlPathEqualTo("/user/u/api/v2/sql/copyto")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv").withBody(csv)));

        Exchange download = template.request("carto:copyto?compression=none&httpEngine=" + engine + v2(),
                e -> e.getMessage().setBody("COPY (SELECT a FROM t) TO STDOUT WITH (FORMAT csv)"));

        assertNull(download.getException());
        try (InputStream body = download.getMessage().getBody(InputStream.class)) {
            assertArrayEquals(csv, body.readAllBytes());
        }
    }

    @ParameterizedTest(name = "httpEngine={0}")
    @ValueSource(strings = { "apache", "jdk" })
    void anUploadSendsEveryByteOfAStream(String engine) {
        byte[] csv = csv(2 * 1024 * 1024);
        carto.stubFor(post(urlPathEqualTo("/user/u/api/v2/sql/copyfrom")).willReturn(okJson("{\"total_rows\":7}")));

        Exchange upload = template.request("carto:copyfrom?compression=none&httpEngine=" + engine + v2(), e -> {
            e.getMessage().setHeader(CartoConstants.SQL, "COPY t (a) FROM STDIN WITH (FORMAT csv)");
            e.getMessage().setBody(new ByteArrayInputStream(csv));
        });

        assertNull(upload.getException());
        assertEquals(7L, upload.getMessage().getHeader(CartoConstants.ROW_COUNT));
        byte[] received = carto.findAll(postRequestedFor(urlPathEqualTo("/user/u/api/v2/sql/copyfrom"))).get(0)
                .getBody();
        assertArrayEquals(csv, received);
    }

    @ParameterizedTest(name = "httpEngine={0}")
    @ValueSource(strings = { "apache", "jdk" })
    void anAnswerThatStallsAfterItsHeadDropsTheConnection(String engine) throws Exception {
        try (FaultyServer server = FaultyServer.stallingAfter(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000", "{\"rows\":[")) {
            Exchange stalled = template.request("carto:query?maxRetries=0&readTimeout=200&httpEngine=" + engine
                                                + "&apiBaseUrl=" + server.baseUrl(),
                    e -> e.getMessage().setBody("SELECT 1"));

            assertInstanceOf(CartoReadTimeoutException.class, stalled.getException());
            server.awaitClosedByClients(1);
        }
    }

    @ParameterizedTest(name = "httpEngine={0}")
    @ValueSource(strings = { "apache", "jdk" })
    void noAnswerWithinRequestTimeoutSaysSo(String engine) {
        carto.stubFor(post(urlPathEqualTo(QUERY)).willReturn(okJson(ROWS).withFixedDelay(2000)));

        Exchange slow = template.request("carto:query?maxRetries=0&requestTimeout=200&httpEngine=" + engine,
                e -> e.getMessage().setBody("SELECT 1"));

        CartoException error = assertInstanceOf(CartoException.class, slow.getException());
        assertTrue(error.getMessage().contains("no answer within 200 ms"), error.getMessage());
    }

    @ParameterizedTest(name = "httpEngine={0}")
    @ValueSource(strings = { "apache", "jdk" })
    void aRefusedConnectionSaysSo(String engine) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Exchange refused = template.request("carto:query?maxRetries=0&httpEngine=" + engine
                                            + "&apiBaseUrl=http://127.0.0.1:" + closedPort,
                e -> e.getMessage().setBody("SELECT 1"));

        CartoException error = assertInstanceOf(CartoException.class, refused.getException());
        assertTrue(error.getMessage().contains("127.0.0.1:" + closedPort + " for the query on connection 'conn' failed: "
                                               + "the connection was refused"), error.getMessage());
    }

    private static String v2() {
        return "&apiVersion=v2&apiKey=k&apiBaseUrl=" + carto.baseUrl() + "/user/u";
    }

    private static byte[] csv(int size) {
        StringBuilder rows = new StringBuilder("a\n");
        for (int row = 0; rows.length() < size; row++) {
            rows.append(row).append('\n');
        }
        return rows.toString().getBytes(StandardCharsets.UTF_8);
    }
}
