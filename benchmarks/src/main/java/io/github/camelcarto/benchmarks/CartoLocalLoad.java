package io.github.camelcarto.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.management.OperatingSystemMXBean;
import io.github.camelcarto.local.CartoLocal;
import io.github.camelcarto.local.CartoLocalConfig;

/**
 * carto-local under load from keep-alive Java clients: 1, 8 and 64 client threads sharing one JDK {@code HttpClient}
 * (HTTP/1.1, one pooled connection per busy thread), each sending its next request when the last is answered. For
 * {@code /health} (the server's HTTP plumbing and nothing else), a small CARTO 3 query by GET and POST and a small SQL
 * API v2 query, it prints p50, p99, queries/s and the JVM's CPU time per query, and their ratios to {@code /health}
 * and to the goals of issue 11.
 * <p>
 * Run: {@code ./mvnw -B -q -pl benchmarks -am -DskipTests -Prun-local-benchmark verify} (see benchmarks/README.md).
 * {@code -Dbench.jdbc=jdbc:postgresql://...} (with {@code bench.jdbcUser}, {@code bench.jdbcPassword}) runs it on
 * PostGIS instead of the embedded H2GIS; {@code -Dbench.logRequests=true} logs every request, as the standalone server
 * does.
 */
public final class CartoLocalLoad {

    private static final String SQL = "SELECT id, name, population FROM bench_cities ORDER BY id";
    private static final int[] CLIENTS = {1, 8, 64};
    private static final double GOAL_ONE_CLIENT_P50_MS = 1.0;
    private static final double GOAL_EIGHT_CLIENTS_QPS = 2_000;
    private static final OperatingSystemMXBean CPU =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private record Call(String name, HttpRequest request) {
    }

    /** @param cpuMicros CPU time of the whole JVM (clients and server) per query: steadier than wall time */
    private record Figures(double p50Millis, double p99Millis, double perSecond, double cpuMicros) {
    }

    public static void main(String[] args) throws Exception {
        long warmupMillis = Long.getLong("bench.warmupMillis", 3_000);
        long measureMillis = Long.getLong("bench.measureMillis", 5_000);
        // the standalone server logs every request; embedded, it does not
        CartoLocalConfig.Builder config = CartoLocalConfig.builder().logRequests(Boolean.getBoolean("bench.logRequests"));
        String jdbc = System.getProperty("bench.jdbc", "");
        if (!jdbc.isBlank()) {
            config.jdbc(jdbc, System.getProperty("bench.jdbcUser"), System.getProperty("bench.jdbcPassword"));
        }
        try (CartoLocal local = CartoLocal.start(config.build())) {
            local.execute("DROP TABLE IF EXISTS bench_cities");
            local.execute("CREATE TABLE bench_cities (id INT PRIMARY KEY, name VARCHAR(40), population INT)");
            local.execute("INSERT INTO bench_cities VALUES (1, 'Madrid', 3223334), (2, 'Barcelona', 1620343), "
                          + "(3, 'Valencia', 791413)");
            List<Call> calls = calls(local);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            System.out.printf("%n== carto-local (%s engine%s) under keep-alive Java clients ==%n%d cores, Java %s, "
                              + "load average at start %s; %,d ms warm-up, %,d ms measured per line%n%n",
                    jdbc.isBlank() ? "h2gis" : "postgis", Boolean.getBoolean("bench.logRequests") ? ", logging requests" : "",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), MachineLoad.now(), warmupMillis, measureMillis);
            System.out.printf("%-12s %8s %9s %9s %11s %13s %13s %13s%n", "call", "clients", "p50 ms", "p99 ms",
                    "queries/s", "CPU us/query", "p50/health", "q/s / health");
            for (int clients : CLIENTS) {
                Figures health = null;
                for (Call call : calls) {
                    measure(client, call.request(), clients, warmupMillis);
                    Figures figures = measure(client, call.request(), clients, measureMillis);
                    if (health == null) {
                        health = figures;
                    }
                    System.out.printf("%-12s %8d %9.3f %9.3f %,11.0f %13.0f %12.2fx %12.2fx%n", call.name(), clients,
                            figures.p50Millis(), figures.p99Millis(), figures.perSecond(), figures.cpuMicros(),
                            figures.p50Millis() / health.p50Millis(), figures.perSecond() / health.perSecond());
                    goals(call, clients, figures);
                }
            }
            System.out.printf("%nload average at end %s%n", MachineLoad.now());
        }
    }

    private static List<Call> calls(CartoLocal local) {
        String q = URLEncoder.encode(SQL, StandardCharsets.UTF_8);
        String bearer = "Bearer " + local.accessToken();
        String v3 = local.baseUrl() + "/v3/sql/carto_dw/query";
        return List.of(
                new Call("health", HttpRequest.newBuilder(URI.create(local.baseUrl() + "/health")).build()),
                new Call("v3 GET", HttpRequest.newBuilder(URI.create(v3 + "?q=" + q))
                        .header("Authorization", bearer).build()),
                new Call("v3 POST", HttpRequest.newBuilder(URI.create(v3)).header("Authorization", bearer)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"q\":\"" + SQL + "\"}")).build()),
                new Call("v2 GET", HttpRequest.newBuilder(URI.create(local.v2BaseUrl() + "/api/v2/sql?q=" + q
                        + "&api_key=" + URLEncoder.encode(local.apiKey(), StandardCharsets.UTF_8))).build()));
    }

    /** Each of {@code clients} threads sends the request in a loop for {@code millis}; every answer must be a 200. */
    private static Figures measure(HttpClient client, HttpRequest request, int clients, long millis) throws Exception {
        long cpuAtStart = CPU.getProcessCpuTime();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[clients];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            long[] mine = new long[Math.max(1 << 15, (1 << 21) / clients)];
            latencies.add(mine);
            int index = i;
            Thread thread = new Thread(() -> {
                try {
                    int n = 0;
                    while (System.nanoTime() < end && n < mine.length) {
                        long start = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        mine[n++] = System.nanoTime() - start;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(request.uri().getPath() + " answered HTTP "
                                    + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
                        }
                    }
                    counts[index] = n;
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + i);
            thread.start();
        }
        done.await();
        long cpuNanos = CPU.getProcessCpuTime() - cpuAtStart;
        if (failure.get() != null) {
            throw new IllegalStateException("A client failed", failure.get());
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int i = 0; i < clients; i++) {
            System.arraycopy(latencies.get(i), 0, all, at, counts[i]);
            at += counts[i];
        }
        Arrays.sort(all);
        return new Figures(all[total / 2] / 1e6, all[(int) Math.min(total - 1, total * 0.99)] / 1e6,
                total * 1000.0 / millis, cpuNanos / 1e3 / total);
    }

    private static void goals(Call call, int clients, Figures figures) {
        if (call.name().equals("health")) {
            return;
        }
        if (clients == 1) {
            System.out.printf("%22s p50 / goal (%.1f ms) = %.2f%n", "", GOAL_ONE_CLIENT_P50_MS,
                    figures.p50Millis() / GOAL_ONE_CLIENT_P50_MS);
        } else if (clients == 8) {
            System.out.printf("%22s queries/s / goal (%,.0f/s) = %.2f%n", "", GOAL_EIGHT_CLIENTS_QPS,
                    figures.perSecond() / GOAL_EIGHT_CLIENTS_QPS);
        }
    }
}
