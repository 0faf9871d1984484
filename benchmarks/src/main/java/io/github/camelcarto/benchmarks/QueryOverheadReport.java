package io.github.camelcarto.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link QueryOverheadBenchmark} in rounds and prints the component's figures as ratios to the plain client's:
 * one caller (sampled latency: median and p99, allocation per call) and 16 callers (calls/s, CPU time per call, from
 * {@link CpuPerCallProfiler}).
 * <p>
 * On a shared machine the load changes from one minute to the next, so a plain run and a carto run minutes apart
 * compare the load as much as the code. Each round therefore runs the plain benchmark and the component's back to
 * back (in alternating order, each in its own short JMH fork) and takes their ratio; the report gives the median of
 * the rounds' ratios and their range. Allocation and CPU time per call move far less with the load than wall time.
 * <p>
 * Run: {@code ./mvnw -B -q -pl benchmarks -am -DskipTests -Prun-query-benchmark verify} (see benchmarks/README.md).
 */
public final class QueryOverheadReport {

    private static final int CALLERS = 16;

    /** Extra arguments for the benchmark JVMs, space-separated; read once, for the forks and for the report. */
    private static final String EXTRA_JVM_ARGS = System.getProperty("bench.jvmArgs", "");

    /** One measured figure of one round: the plain client's, the component's. */
    private record Pair(double plain, double carto) {
        double ratio() {
            return carto / plain;
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 3);
        String loadBefore = MachineLoad.now();
        Map<String, List<Pair>> figures = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            boolean plainFirst = round % 2 == 0;
            for (String method : new String[]{"Get", "Post"}) {
                String label = method.toUpperCase();
                RunResult[] single = pair(method, plainFirst, Mode.SampleTime, 1, TimeUnit.MICROSECONDS);
                add(figures, label + "  1 caller, median (us)", median(single[0]), median(single[1]));
                add(figures, label + "  1 caller, p99 (us)", p99(single[0]), p99(single[1]));
                add(figures, label + "  1 caller, allocated B/call", secondary(single[0], "gc.alloc.rate.norm"),
                        secondary(single[1], "gc.alloc.rate.norm"));
                RunResult[] many = pair(method, plainFirst, Mode.Throughput, CALLERS, TimeUnit.SECONDS);
                add(figures, label + "  " + CALLERS + " callers, calls/s", score(many[0]), score(many[1]));
                add(figures, label + "  " + CALLERS + " callers, CPU us/call", secondary(many[0], "cpu.per.call"),
                        secondary(many[1], "cpu.per.call"));
            }
        }

        System.out.printf("%n== carto:query (ProducerTemplate.request) vs plain HttpClient.send, same request, same "
                          + "loopback server ==%nhttpEngine=%s, %d cores, Java %s, load average %s before and %s after, "
                          + "%d rounds, extra JVM arguments: %s%n%n", QueryOverheadBenchmark.ENGINE,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadBefore,
                MachineLoad.now(), rounds,
                EXTRA_JVM_ARGS.isBlank() ? "none" : EXTRA_JVM_ARGS);
        System.out.printf("%-36s %12s %12s %8s   %s%n", "(medians over the rounds)", "plain", "carto", "ratio",
                "ratio per round");
        figures.forEach((what, pairs) -> System.out.printf("%-36s %,12.1f %,12.1f %7.2fx   %s%n", what,
                median(pairs.stream().mapToDouble(Pair::plain).toArray()),
                median(pairs.stream().mapToDouble(Pair::carto).toArray()),
                median(pairs.stream().mapToDouble(Pair::ratio).toArray()),
                pairs.stream().map(p -> String.format("%.2f", p.ratio())).toList()));
        System.out.printf("%nGoals (issue 11): 1-caller median ratio <= 1.10, %d-caller calls/s ratio >= 0.90%n",
                CALLERS);
    }

    /** The plain benchmark and the component's, back to back; [0] is always the plain one. */
    private static RunResult[] pair(String method, boolean plainFirst, Mode mode, int threads, TimeUnit unit)
            throws Exception {
        RunResult[] results = new RunResult[2];
        for (int i = 0; i < 2; i++) {
            boolean plain = (i == 0) == plainFirst;
            results[plain ? 0 : 1] = run((plain ? "raw" : "carto") + method, mode, threads, unit);
        }
        return results;
    }

    /**
     * Warm-up is long on purpose: on the loaded 2-core machine both paths kept getting faster for about 20 one-second
     * iterations (with 16 callers, the JIT's compiler threads still took most of the CPU after 12); shorter warm-ups
     * measured the JIT, not the code.
     */
    private static RunResult run(String benchmark, Mode mode, int threads, TimeUnit unit) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(QueryOverheadBenchmark.class.getName() + "\\." + benchmark + "$")
                .mode(mode).timeUnit(unit).threads(threads).forks(1)
                .warmupIterations(Integer.getInteger("bench.warmups", 20))
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(Integer.getInteger("bench.iterations", 5))
                .measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend(jvmArgs())
                .addProfiler(GCProfiler.class)
                .addProfiler(CpuPerCallProfiler.class);
        String profiler = System.getProperty("bench.profiler", "");
        if (!profiler.isBlank()) {
            options.addProfiler(profiler);
        }
        return new Runner(options.build()).runSingle();
    }

    /** JMH keeps only the last jvmArgsAppend: the fixed arguments and the extra ones go in one call. */
    private static String[] jvmArgs() {
        List<String> args = new ArrayList<>(List.of("-Xmx512m", "-Dsun.net.httpserver.nodelay=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dbench.engine=" + QueryOverheadBenchmark.ENGINE));
        if (!EXTRA_JVM_ARGS.isBlank()) {
            args.addAll(List.of(EXTRA_JVM_ARGS.trim().split("\\s+")));
        }
        return args.toArray(String[]::new);
    }

    private static void add(Map<String, List<Pair>> figures, String what, double plain, double carto) {
        figures.computeIfAbsent(what, key -> new ArrayList<>()).add(new Pair(plain, carto));
    }

    private static double median(RunResult result) {
        return latency(result).getPercentile(50);
    }

    private static double p99(RunResult result) {
        return latency(result).getPercentile(99);
    }

    private static Statistics latency(RunResult result) {
        return result.getPrimaryResult().getStatistics();
    }

    private static double score(RunResult result) {
        return result.getPrimaryResult().getScore();
    }

    private static double secondary(RunResult result, String label) {
        for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
            if (secondary.getKey().endsWith(label)) {
                return secondary.getValue().getScore();
            }
        }
        return Double.NaN;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
