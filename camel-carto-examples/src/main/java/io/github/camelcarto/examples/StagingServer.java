package io.github.camelcarto.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback-only HTTP server for the staging directory: {@code GET /staging/<name>}. It stands in for a bucket
 * so that the in-process carto-local can download dropped files; real CARTO cannot reach it.
 */
final class StagingServer implements AutoCloseable {

    private static final String PATH = "/staging/";

    private final HttpServer server;
    private final ExecutorService threads;
    private final Path directory;

    private StagingServer(HttpServer server, ExecutorService threads, Path directory) {
        this.server = server;
        this.threads = threads;
        this.directory = directory;
    }

    static StagingServer start(Path directory, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "staging-server");
                thread.setDaemon(true);
                return thread;
            });
            StagingServer staging = new StagingServer(server, threads, directory);
            server.createContext(PATH, staging::serve);
            server.setExecutor(threads);
            server.start();
            return staging;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the staging server on loopback port " + port, e);
        }
    }

    String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
               + PATH;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Path file = staged(exchange.getRequestURI().getPath().substring(PATH.length()));
            if (file == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream body = exchange.getResponseBody()) {
                Files.copy(file, body);
            }
        }
    }

    /** The staged file a request names, or null: only plain names directly in the staging directory. */
    private Path staged(String name) {
        try {
            Path file = directory.resolve(StagingArea.checkedName(name));
            return Files.isRegularFile(file) ? file : null;
        } catch (IllegalArgumentException notAPlainName) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
