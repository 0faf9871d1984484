package io.github.camelcarto.examples;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StagingAreaTest {

    @TempDir
    Path dir;

    @Test
    void urlsEncodeTheNameUnderTheBaseUrl() {
        StagingArea published = new StagingArea(dir, "https://bucket.example.com/drops");

        assertEquals("https://bucket.example.com/drops/my%20sites%C3%B1.csv", published.urlOf("my sitesñ.csv"));
    }

    @Test
    void namesThatCouldLeaveTheDirectoryAreRefused() {
        for (String name : new String[] { "../x.csv", "a/b.csv", "a\\b.csv", ".hidden.csv", " " }) {
            assertThrows(IllegalArgumentException.class, () -> StagingArea.checkedName(name), name);
        }
    }

    @Test
    void aStagedFileIsServedOnLoopbackUntilItsExchangeCompletes() throws Exception {
        Path staging = Files.createDirectories(dir.resolve("staging"));
        Path dropped = Files.writeString(dir.resolve("in.csv"), "a,b\n1,2\n");
        try (StagingServer server = StagingServer.start(staging, 0)) {
            StagingArea area = new StagingArea(staging, server.baseUrl());
            Exchange exchange = new DefaultExchange(new DefaultCamelContext());

            String url = area.stage(dropped.toFile(), "20240101-in.csv", exchange);

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> served = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, served.statusCode());
            assertEquals("a,b\n1,2\n", served.body());
            HttpResponse<String> traversal = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "..%2Fin.csv")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, traversal.statusCode());

            exchange.getExchangeExtension().handoverCompletions().forEach(done -> done.onComplete(exchange));
            assertFalse(Files.exists(staging.resolve("20240101-in.csv")), "removed when the exchange is done");
            assertTrue(Files.exists(dropped), "the dropped file itself is the file component's business");
        }
    }

    @Test
    void aMissingFileIsAClearError() {
        StagingArea area = new StagingArea(dir, "http://127.0.0.1:1/staging/");
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());

        Exception error = assertThrows(RuntimeException.class,
                () -> area.stage(new File(dir.toFile(), "gone.csv"), "gone.csv", exchange));
        assertTrue(error.getMessage().contains("Cannot stage"), error.getMessage());
    }
}
