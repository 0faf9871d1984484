package io.github.camelcarto.client.http;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the Apache engine hands elsewhere, and what it settles when it closes. */
class ApacheHttpEngineTest {

    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final Streams streams = new Streams();

    @AfterEach
    void stop() {
        workers.shutdownNow();
        scheduler.shutdownNow();
    }

    @Test
    void aStreamedAnswerIsReadByTheEngineForStreams() throws Exception {
        try (ApacheHttpEngine engine = engine()) {
            HttpRequest download = HttpRequest.newBuilder(URI.create("http://127.0.0.1:1/copyto")).build();
            CompletableFuture<HttpResponse<Void>> answer = engine.send(download,
                    HttpResponse.BodyHandlers.discarding(), false);

            assertSame(streams.answer, answer);
            assertEquals(List.of(download), streams.sent);
        }
    }

    /** One call on the only connection, which the server never answers, and one waiting for that connection. */
    @Test
    void closingFailsTheAnswersStillAwaited() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            ApacheHttpEngine engine = new ApacheHttpEngine(Duration.ofSeconds(5), SSLContext.getDefault(), 1, workers,
                    scheduler, () -> streams);
            HttpRequest query = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/q"))
                    .build();
            CompletableFuture<HttpResponse<byte[]>> sent = engine.send(query, HttpResponse.BodyHandlers.ofByteArray(),
                    true);
            CompletableFuture<HttpResponse<byte[]>> waiting = engine.send(query,
                    HttpResponse.BodyHandlers.ofByteArray(), true);
            try (Socket accepted = silent.accept()) {
                engine.close();

                for (CompletableFuture<HttpResponse<byte[]>> answer : List.of(sent, waiting)) {
                    ExecutionException failed = assertThrows(ExecutionException.class,
                            () -> answer.get(5, TimeUnit.SECONDS));
                    IOException closed = assertInstanceOf(IOException.class, failed.getCause());
                    assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
                }
            }
        }
        assertTrue(streams.sent.isEmpty());
    }

    private ApacheHttpEngine engine() throws Exception {
        return new ApacheHttpEngine(Duration.ofSeconds(5), SSLContext.getDefault(), 4, workers, scheduler,
                () -> streams);
    }

    /** Stands in for the JDK engine that streamed answers go to. */
    private static final class Streams implements HttpEngine {
        final List<HttpRequest> sent = new ArrayList<>();
        final CompletableFuture<HttpResponse<Void>> answer = new CompletableFuture<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T> CompletableFuture<HttpResponse<T>> send(HttpRequest request, BodyHandler<T> handler,
                                                           boolean readInFull) {
            sent.add(request);
            return (CompletableFuture<HttpResponse<T>>) (CompletableFuture<?>) answer;
        }

        @Override
        public Duration connectTimeout() {
            return null;
        }

        @Override
        public Executor executor() {
            return Runnable::run;
        }
    }
}
