package io.github.camelcarto.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The cheapest CARTO we can make: a JDK {@code HttpServer} on loopback that answers every request with the same small
 * CARTO 3 query answer, on its dispatcher thread (no executor hop), so that what a benchmark measures is the client.
 * It keeps the last request it saw, so a benchmark can send a plain HTTP client exactly what the component sent.
 * <p>
 * {@code sun.net.httpserver.nodelay=true} must be set before this class loads: without it the server's small answers
 * wait for the client's delayed ACK (~40 ms).
 */
final class FastQueryServer implements AutoCloseable {

    static final byte[] ANSWER = ("{\"rows\":[{\"id\":1,\"name\":\"Madrid\",\"population\":3223334},"
            + "{\"id\":2,\"name\":\"Barcelona\",\"population\":1620343},"
            + "{\"id\":3,\"name\":\"Valencia\",\"population\":791413}],"
            + "\"schema\":[{\"name\":\"id\",\"type\":\"number\"},{\"name\":\"name\",\"type\":\"string\"},"
            + "{\"name\":\"population\",\"type\":\"number\"}],"
            + "\"meta\":{\"cacheHit\":false,\"totalBytesProcessed\":\"0\",\"location\":\"local\"}}")
            .getBytes(StandardCharsets.UTF_8);

    /** What the server last received: enough to replay it with another client. */
    record SeenRequest(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
    }

    private final HttpServer server;
    private volatile SeenRequest last;

    private FastQueryServer(HttpServer server) {
        this.server = server;
    }

    static FastQueryServer start() {
        if (!Boolean.getBoolean("sun.net.httpserver.nodelay")) {
            throw new IllegalStateException("Run with -Dsun.net.httpserver.nodelay=true: without it every answer "
                                            + "waits ~40 ms for a delayed ACK and the benchmark measures that");
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
            FastQueryServer fast = new FastQueryServer(server);
            server.createContext("/", fast::answer);
            server.start();
            return fast;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange http) throws IOException {
        byte[] body = http.getRequestBody().readAllBytes();
        last = new SeenRequest(http.getRequestMethod(), http.getRequestURI().toString(), Map.copyOf(http.getRequestHeaders()),
                body);
        http.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        http.sendResponseHeaders(200, ANSWER.length);
        http.getResponseBody().write(ANSWER);
        http.close();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    SeenRequest lastRequest() {
        return last;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
