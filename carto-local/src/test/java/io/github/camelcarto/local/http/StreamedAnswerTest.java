package io.github.camelcarto.local.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How a streamed answer goes on the wire: small with its length, large chunked, cut short when its writer fails. */
class StreamedAnswerTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Router router = new Router(false)
                .add(Route.of("GET", "/bytes/(\\d+)", ErrorStyle.V3, null, call -> {
                    try (OutputStream out = call.startStreaming("text/plain")) {
                        out.write(text(Integer.parseInt(call.pathParameter(0))));
                    }
                }))
                .add(Route.of("GET", "/fails", ErrorStyle.V3, null, call -> {
                    OutputStream out = call.startStreaming("text/plain");
                    out.write(text(100));
                    throw new IllegalStateException("the database went away");
                }));
        server.createContext("/", router);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aSmallAnswerGoesOutWithItsLength() throws Exception {
        HttpResponse<byte[]> response = get("/bytes/300");

        assertEquals(200, response.statusCode());
        assertEquals("300", response.headers().firstValue("Content-Length").orElse(null));
        assertFalse(response.headers().firstValue("Transfer-Encoding").isPresent());
        assertEquals(new String(text(300), StandardCharsets.UTF_8), new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void anAnswerLargerThanWhatIsHeldBackIsStreamedChunked() throws Exception {
        int size = HeldBackBody.HELD_BYTES * 3 + 17;

        HttpResponse<byte[]> response = get("/bytes/" + size);

        assertEquals(200, response.statusCode());
        assertEquals("chunked", response.headers().firstValue("Transfer-Encoding").orElse(null));
        assertEquals(new String(text(size), StandardCharsets.UTF_8), new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyAnswerIsA200WithNoBody() throws Exception {
        HttpResponse<byte[]> response = get("/bytes/0");

        assertEquals(200, response.statusCode());
        assertEquals(0, response.body().length);
    }

    /** As when answers were chunked from the start: the status is already 200, so the body is sent cut short. */
    @Test
    void anAnswerWhoseWriterFailsIsSentCutShort() throws Exception {
        HttpResponse<byte[]> response = get("/fails");

        assertEquals(200, response.statusCode());
        assertEquals(new String(text(100), StandardCharsets.UTF_8), new String(response.body(), StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] text(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }
}
