package io.github.camelcarto.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/** A webhook endpoint for tests: records every JSON body POSTed to /hook. */
final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            try (exchange; InputStream body = exchange.getRequestBody()) {
                String json = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                received.add(JSON.readValue(json, new TypeReference<>() { }));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The first POSTed notification that matches, waiting for it up to the timeout; others are discarded. */
    Map<String, Object> await(Predicate<Map<String, Object>> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Map<String, Object> next = received.poll(left, TimeUnit.NANOSECONDS);
            if (next != null && matching.test(next)) {
                return next;
            }
        }
        throw new AssertionError("No matching webhook POST within " + timeout);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
