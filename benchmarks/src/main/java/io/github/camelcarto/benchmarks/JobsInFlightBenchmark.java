package io.github.camelcarto.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.camelcarto.CartoComponent;
import io.github.camelcarto.CartoConstants;
import io.github.camelcarto.client.CartoJobStatus;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * Many jobs waited for at once: submits N jobs (default 10,000) from one thread through
 * {@code carto:job?waitForCompletion=true} to a loopback stub of CARTO's job API where each job runs for a fixed
 * time, and reports how many were in flight at once, the threads and heap that took, and the polls per job.
 * <p>
 * Run: {@code ./mvnw -B -pl benchmarks -am -DskipTests -Prun-jobs-benchmark verify} (see benchmarks/README.md).
 */
public final class JobsInFlightBenchmark {

    public static void main(String[] args) throws Exception {
        int jobs = Integer.getInteger("bench.jobs", 10_000);
        long jobMillis = Long.getLong("bench.jobMillis", 20_000);
        long pollMillis = Long.getLong("bench.pollMillis", 1_000);
        long maxPollMillis = Long.getLong("bench.maxPollMillis", 5_000);

        JobStub stub = JobStub.start(jobMillis);
        CamelContext camel = new DefaultCamelContext();
        CartoComponent carto = new CartoComponent();
        carto.getConfiguration().setApiBaseUrl(stub.baseUrl());
        carto.getConfiguration().setAccessToken("bench");
        carto.getConfiguration().setConnection("bench");
        camel.addComponent("carto", carto);
        camel.start();
        int threadsBefore = Thread.activeCount();

        Endpoint endpoint = camel.getEndpoint("carto:job?waitForCompletion=true&pollInterval=" + pollMillis
                                              + "&maxPollInterval=" + maxPollMillis + "&pollBackoffMultiplier=1.5");
        AsyncProducer producer = endpoint.createAsyncProducer();
        producer.start();

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();

        CountDownLatch done = new CountDownLatch(jobs);
        AtomicInteger failed = new AtomicInteger();
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        AtomicInteger inFlight = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < jobs; i++) {
            Exchange exchange = new DefaultExchange(camel);
            exchange.getMessage().setBody("CREATE TABLE t" + i + " AS SELECT " + i);
            inFlight.incrementAndGet();
            producer.process(exchange, sync -> {
                if (exchange.getException() != null
                        || exchange.getMessage().getHeader(CartoConstants.JOB_STATUS) != CartoJobStatus.DONE) {
                    failed.incrementAndGet();
                    String why = exchange.getException() == null ? "status "
                            + exchange.getMessage().getHeader(CartoConstants.JOB_STATUS) : exchange.getException().toString();
                    failures.computeIfAbsent(why.replaceAll("job-\\d+", "job-N"), k -> new AtomicInteger()).incrementAndGet();
                }
                inFlight.decrementAndGet();
                done.countDown();
            });
        }
        long submitMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        int peakInFlight = 0;
        int peakThreads = 0;
        long heapAtPeak = 0;
        boolean measuredHeap = false;
        while (!done.await(200, TimeUnit.MILLISECONDS)) {
            peakInFlight = Math.max(peakInFlight, inFlight.get());
            peakThreads = Math.max(peakThreads, Thread.activeCount());
            if (!measuredHeap && stub.submitted() == jobs) {
                // every job submitted and waiting: what do the waits retain?
                System.gc();
                heapAtPeak = memory.getHeapMemoryUsage().getUsed();
                measuredHeap = true;
            }
        }
        long totalMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        System.out.printf("%n== carto:job?waitForCompletion=true, %,d jobs of %,d ms each ==%n", jobs, jobMillis);
        System.out.printf("poll interval            %,d ms backing off x1.5 to %,d ms%n", pollMillis, maxPollMillis);
        System.out.printf("submitted from 1 thread  in %,d ms (process() returned at once for every job)%n", submitMillis);
        System.out.printf("jobs in flight at peak   %,d%n", peakInFlight);
        System.out.printf("JVM threads              %d before, %d at peak (the stub server's threads included)%n",
                threadsBefore, peakThreads);
        System.out.printf("component threads        %s%n", componentThreads());
        System.out.printf("heap retained by waits   %,.1f MB in all, %,d bytes per waiting job (after GC)%n",
                (heapAtPeak - heapBefore) / 1e6, (heapAtPeak - heapBefore) / Math.max(1, jobs));
        System.out.printf("polls per job            %.2f (%,d status reads)%n", stub.polls() / (double) jobs, stub.polls());
        System.out.printf("all done in              %,d ms; failed: %d%n", totalMillis, failed.get());
        failures.forEach((why, count) -> System.out.printf("  %,d x %s%n", count.get(), why));

        producer.stop();
        camel.stop();
        stub.stop();
        System.exit(failed.get() == 0 ? 0 : 1);
    }

    private static String componentThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> n.contains("Carto") || n.startsWith("HttpClient-"))
                .map(n -> n.replaceAll(".* - ", "")).sorted()
                .collect(java.util.stream.Collectors.groupingBy(n -> n.replaceAll("-\\d+-", "-"),
                        java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                .toString();
    }

    /** CARTO's job API on loopback: a job answers running until it has run for its time, then success. */
    private static final class JobStub {
        private final HttpServer server;
        private final ExecutorService executor;
        private final long jobMillis;
        private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong();
        private final AtomicLong polls = new AtomicLong();

        private JobStub(HttpServer server, ExecutorService executor, long jobMillis) {
            this.server = server;
            this.executor = executor;
            this.jobMillis = jobMillis;
        }

        static JobStub start(long jobMillis) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
            ExecutorService executor = Executors.newFixedThreadPool(4);
            JobStub stub = new JobStub(server, executor, jobMillis);
            server.createContext("/v3/sql/bench/job", stub::handle);
            server.setExecutor(executor);
            server.start();
            return stub;
        }

        private void handle(HttpExchange http) throws IOException {
            http.getRequestBody().readAllBytes();
            String body;
            if ("POST".equals(http.getRequestMethod())) {
                String id = "job-" + ids.incrementAndGet();
                startedAt.put(id, System.nanoTime());
                body = "{\"jobId\":\"" + id + "\",\"status\":\"pending\"}";
            } else {
                String path = http.getRequestURI().getPath();
                String id = path.substring(path.lastIndexOf('/') + 1);
                polls.incrementAndGet();
                long ranMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt.get(id));
                body = "{\"jobId\":\"" + id + "\",\"status\":\"" + (ranMillis >= jobMillis ? "success" : "running") + "\"}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            http.getResponseHeaders().set("Content-Type", "application/json");
            http.sendResponseHeaders(200, bytes.length);
            http.getResponseBody().write(bytes);
            http.close();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        long submitted() {
            return ids.get();
        }

        long polls() {
            return polls.get();
        }

        void stop() {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
