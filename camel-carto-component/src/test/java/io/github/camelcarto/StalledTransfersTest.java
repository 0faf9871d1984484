package io.github.camelcarto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoReadTimeoutException;
import io.github.camelcarto.testing.FaultyServer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A transfer that stalls fails with {@link CartoReadTimeoutException} after readTimeout and gives its connection
 * and its maxConcurrentRequests slot back; a transfer that keeps flowing is never cut, however long it takes, and
 * requestTimeout counts only from the end of an upload. (The class timeout only keeps a regression from hanging
 * the build.)
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StalledTransfersTest extends CartoWireMockTestSupport {

    private static final String JSON_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000";
    private static final String CSV_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: 1000";
    private static final String COPY_IN = "COPY t (a) FROM STDIN WITH (FORMAT csv)";
    private static final String COPY_OUT = "COPY (SELECT a FROM t) TO STDOUT WITH (FORMAT csv)";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // one call on the wire at a time: a stalled call that kept its slot would block the next one
        context.getComponent("carto", CartoComponent.class).setMaxConcurrentRequests(1);
        return context;
    }

    @Test
    void anAnswerThatStallsFailsTypedAndGivesBackItsConnectionAndSlot() throws Exception {
        try (FaultyServer server = FaultyServer.stallingAfter(JSON_HEAD, "{\"rows\":[")) {
            Exchange stalled = template.request("carto:query?method=get&maxRetries=0&readTimeout=200&apiBaseUrl="
                                                + server.baseUrl(), e -> e.getMessage().setBody("SELECT 1"));

            CartoReadTimeoutException error = assertInstanceOf(CartoReadTimeoutException.class, stalled.getException());
            assertTrue(error.getMessage().contains("200 ms") && error.getMessage().contains("readTimeout=200"),
                    error.getMessage());
            server.awaitClosedByClients(1);
        }
        carto.stubFor(get(urlPathEqualTo("/v3/sql/conn/query")).willReturn(okJson("{\"rows\":[]}")));
        Exchange next = template.request("carto:query?method=get", e -> e.getMessage().setBody("SELECT 1"));
        assertNull(next.getException());
        assertEquals(0, context.getComponent("carto", CartoComponent.class).runtime().limiter().active());
    }

    @Test
    void aGetWhoseAnswerStalledIsRetriedLikeABrokenConnection() throws Exception {
        try (FaultyServer server = FaultyServer.stallingAfter(JSON_HEAD, "{\"rows\":[")) {
            Exchange stalled = template.request("carto:query?method=get&maxRetries=1&readTimeout=100&apiBaseUrl="
                                                + server.baseUrl(), e -> e.getMessage().setBody("SELECT 1"));

            assertInstanceOf(CartoReadTimeoutException.class, stalled.getException());
            assertEquals(2, server.connections());
        }
    }

    @Test
    void aStreamedDownloadThatStallsFailsItsReaderWithTheTimeout() throws Exception {
        try (FaultyServer server = FaultyServer.stallingAfter(CSV_HEAD, "a\n1\n2\n")) {
            Exchange download = template.request("carto:copyto?compression=none&readTimeout=200" + v2(server.baseUrl()),
                    e -> e.getMessage().setBody(COPY_OUT));
            assertNull(download.getException());

            try (InputStream body = download.getMessage().getBody(InputStream.class)) {
                IOException error = assertThrows(IOException.class, body::readAllBytes);
                CartoReadTimeoutException timeout = assertInstanceOf(CartoReadTimeoutException.class, error.getCause());
                assertEquals(timeout.getMessage(), error.getMessage());
            }
            server.awaitClosedByClients(1);
        }
    }

    @Test
    void aDownloadThatKeepsFlowingIsNotCutHoweverLongItTakes() throws Exception {
        String csv = "a\n" + "1\n".repeat(600);
        // six pieces, a fifth of the read timeout apart: the whole takes longer than the read timeout
        carto.stubFor(get(urlPathEqualTo("/user/u/api/v2/sql/copyto")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv").withBody(csv).withChunkedDribbleDelay(6, 1200)));

        Exchange download = template.request("carto:copyto?compression=none&readTimeout=1000" + v2(carto.baseUrl()),
                e -> e.getMessage().setBody(COPY_OUT));

        try (InputStream body = download.getMessage().getBody(InputStream.class)) {
            assertEquals(csv, new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void anUploadThatKeepsFlowingLongerThanRequestTimeoutIsNotCut() throws Exception {
        carto.stubFor(post(urlPathEqualTo("/user/u/api/v2/sql/copyfrom")).willReturn(okJson("{\"total_rows\":20}")));
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        try {
            // twenty rows, one every 50 ms: a second of upload against a requestTimeout of 300 ms
            PacedRows rows = new PacedRows(20);
            pace.scheduleAtFixedRate(rows::release, 50, 50, TimeUnit.MILLISECONDS);

            Exchange upload = template.request("carto:copyfrom?compression=none&requestTimeout=300&readTimeout=5000"
                                               + v2(carto.baseUrl()), e -> {
                e.getMessage().setHeader(CartoConstants.SQL, COPY_IN);
                e.getMessage().setBody(rows);
            });

            assertNull(upload.getException());
            assertEquals(20L, upload.getMessage().getHeader(CartoConstants.ROW_COUNT));
        } finally {
            pace.shutdownNow();
        }
    }

    @Test
    void anUploadThatStallsFailsWithTheTimeout() {
        CountDownLatch testEnded = new CountDownLatch(1);
        InputStream stalling = new InputStream() {
            private boolean sent;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (!sent) {
                    sent = true;
                    buffer[offset] = '1';
                    return 1;
                }
                try {
                    testEnded.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("the test ended");
            }
        };
        try {
            Exchange upload = template.request("carto:copyfrom?compression=none&readTimeout=200" + v2(carto.baseUrl()),
                    e -> {
                        e.getMessage().setHeader(CartoConstants.SQL, COPY_IN);
                        e.getMessage().setBody(stalling);
                    });

            CartoException error = assertInstanceOf(CartoReadTimeoutException.class, upload.getException());
            assertTrue(error.getMessage().contains("upload"), error.getMessage());
        } finally {
            testEnded.countDown();
        }
    }

    @Test
    void aTokenAnswerThatStallsFailsTheCallsWaitingForItInsteadOfHoldingThem() throws Exception {
        try (FaultyServer tokens = FaultyServer.stallingAfter(JSON_HEAD, "{\"access_token\":")) {
            Exchange call = template.request("carto:query?method=get&readTimeout=200&accessToken=&clientId=app-1"
                                             + "&clientSecret=m2m-secret-value&oauthTokenUrl=" + tokens.baseUrl()
                                             + "/oauth/token", e -> e.getMessage().setBody("SELECT 1"));

            CartoReadTimeoutException error = assertInstanceOf(CartoReadTimeoutException.class, call.getException());
            assertTrue(error.getMessage().contains("access token"), error.getMessage());
        }
    }

    private static String v2(String baseUrl) {
        return "&apiVersion=v2&apiKey=k&apiBaseUrl=" + baseUrl + "/user/u";
    }

    /** CSV rows that become readable one at a time, as a slow producer writes them. */
    private static final class PacedRows extends InputStream {
        private final Semaphore released = new Semaphore(0);
        private int left;

        PacedRows(int rows) {
            this.left = rows;
        }

        void release() {
            released.release();
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left == 0) {
                return -1;
            }
            try {
                released.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
            left--;
            buffer[offset] = '1';
            buffer[offset + 1] = '\n';
            return 2;
        }
    }
}
