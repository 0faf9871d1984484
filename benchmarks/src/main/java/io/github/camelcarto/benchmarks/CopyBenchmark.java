package io.github.camelcarto.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.camelcarto.CartoApiVersion;
import io.github.camelcarto.CartoComponent;
import io.github.camelcarto.CartoConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Streams N MB (default 1024) through carto:copyfrom and carto:copyto against a JDK HttpServer on loopback that
 * plays CARTO's /api/v2/sql/copyfrom and /copyto, and does the same transfers with a plain java.net.http.HttpClient
 * in the same JVM. Meant to run at -Xmx64m: finishing at all shows that nothing is buffered; MB/s compares the
 * component's overhead with the bare client.
 */
public final class CopyBenchmark {

    private static final String USER = "bench";

    public static void main(String[] args) throws Exception {
        long megabytes = Long.getLong("bench.megabytes", 1024);
        long size = megabytes * 1024 * 1024;
        ExecutorService serverThreads = Executors.newFixedThreadPool(4);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicLong received = new AtomicLong();
        server.createContext("/user/" + USER + "/api/v2/sql/copyfrom", exchange -> upload(exchange, received));
        server.createContext("/user/" + USER + "/api/v2/sql/copyto", exchange -> download(exchange, size));
        server.setExecutor(serverThreads);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/user/" + USER;

        System.out.printf(Locale.ROOT, "camel-carto COPY benchmark: %d MB each way, max heap %d MB, %d cores, Java %s%n",
                megabytes, Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        CamelContext camel = new DefaultCamelContext();
        CartoComponent carto = new CartoComponent();
        carto.getConfiguration().setApiVersion(CartoApiVersion.v2);
        carto.getConfiguration().setApiBaseUrl(base);
        carto.getConfiguration().setApiKey("bench-key");
        carto.getConfiguration().setRequestTimeout(600_000);
        camel.addComponent("carto", carto);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:copyto").to("carto:copyto?compression=none").process(e -> {
                    check(!(e.getMessage().getBody() instanceof org.apache.camel.StreamCache),
                            "stream caching copied the copyto body");
                    try (InputStream in = e.getMessage().getBody(InputStream.class)) {
                        e.getMessage().setHeader("drained", drain(in));
                    }
                });
            }
        });
        camel.start();
        ProducerTemplate template = camel.createProducerTemplate();
        System.out.println("Camel stream caching enabled: " + camel.isStreamCaching());
        String copyIn = "COPY bench (id, name, val) FROM STDIN WITH (FORMAT csv)";
        String copyOut = "COPY (SELECT * FROM bench) TO STDOUT WITH (FORMAT csv)";

        System.out.println();
        System.out.printf(Locale.ROOT, "%-52s %9s %9s %13s %10s%n", "run", "MB", "MB/s", "peak heap MB", "GC count");

        for (int round = 1; round <= 2; round++) {
            System.out.println("-- round " + round + (round == 1 ? " (JIT warming up)" : ""));
            measure("upload   plain HttpClient (ofInputStream)", size, received, () -> {
                HttpResponse<String> response = plain.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v2/sql/copyfrom?q=x"))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new CsvGenerator(size))).build(),
                        HttpResponse.BodyHandlers.ofString());
                check(response.statusCode() == 200, "plain upload answered " + response.statusCode());
                return size;
            });
            measure("upload   carto:copyfrom compression=none", size, received, () -> {
                Exchange result = template.request("carto:copyfrom?compression=none",
                        e -> {
                            e.getMessage().setHeader(CartoConstants.SQL, copyIn);
                            e.getMessage().setBody(new CsvGenerator(size));
                        });
                rethrow(result);
                check(result.getMessage().getHeader(CartoConstants.ROW_COUNT, Long.class) == size / CsvGenerator.LINE,
                        "row count " + result.getMessage().getHeader(CartoConstants.ROW_COUNT));
                return size;
            });
            measure("upload   carto:copyfrom compression=gzip (level 1)", size, received, () -> {
                Exchange result = template.request("carto:copyfrom",
                        e -> {
                            e.getMessage().setHeader(CartoConstants.SQL, copyIn);
                            e.getMessage().setBody(new CsvGenerator(size));
                        });
                rethrow(result);
                long wire = result.getMessage().getHeader(CartoConstants.BYTES_SENT, Long.class);
                System.out.printf(Locale.ROOT, "         (gzip sent %d MB on the wire for %d MB of CSV)%n",
                        wire / (1024 * 1024), megabytes);
                return size;
            });
            measure("download plain HttpClient (ofInputStream)", size, null, () -> {
                HttpResponse<InputStream> response = plain.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v2/sql/copyto?q=x")).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    return drain(in);
                }
            });
            measure("download carto:copyto compression=none", size, null, () -> {
                InputStream in = template.requestBody("carto:copyto?compression=none", copyOut, InputStream.class);
                try (in) {
                    return drain(in);
                }
            });
            measure("download direct: -> carto:copyto -> processor", size, null, () -> {
                Exchange result = template.request("direct:copyto", e -> e.getMessage().setBody(copyOut));
                rethrow(result);
                return result.getMessage().getHeader("drained", Long.class);
            });
        }

        camel.close();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private interface Transfer {
        long run() throws Exception;
    }

    private static void measure(String name, long expected, AtomicLong received, Transfer transfer) throws Exception {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcBefore = gcCount();
        if (received != null) {
            received.set(0);
        }
        long start = System.nanoTime();
        long bytes = transfer.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long counted = received != null ? received.get() : bytes;
        check(counted == expected, name + ": " + counted + " bytes arrived, expected " + expected);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        double mb = expected / (1024.0 * 1024.0);
        System.out.printf(Locale.ROOT, "%-52s %9.0f %9.1f %13.1f %10d%n", name, mb, mb / seconds,
                peak / (1024.0 * 1024.0), gcCount() - gcBefore);
    }

    /** The stub's copyfrom: reads the whole body (un-gzipping it when needed) and answers like CARTO. */
    private static void upload(HttpExchange exchange, AtomicLong received) throws IOException {
        InputStream body = exchange.getRequestBody();
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        if (encoding != null && encoding.contains("gzip")) {
            body = new GZIPInputStream(body, 64 * 1024);
        }
        long bytes = drain(body);
        received.set(bytes);
        byte[] answer = ("{\"time\":0.1,\"total_rows\":" + bytes / CsvGenerator.LINE + "}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    /** The stub's copyto: streams {@code size} bytes of CSV, chunked. */
    private static void download(HttpExchange exchange, long size) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=bench.csv");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody(); InputStream csv = new CsvGenerator(size)) {
            csv.transferTo(out);
        }
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
        }
        return total;
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static void rethrow(Exchange result) throws Exception {
        if (result.getException() != null) {
            throw result.getException();
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
