package io.github.camelcarto.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link QueryOverheadBenchmark} twice, one caller (sampled latency: median and p99) and 16 callers
 * (throughput), with JMH's allocation profiler and (16 callers) {@link CpuPerCallProfiler}, and prints the
 * component's figures as ratios to the plain client's. Allocation and CPU time per call are printed too: they move far
 * less than wall time with the load of a shared machine.
 * <p>
 * Run: {@code ./mvnw -B -q -pl benchmarks -am -DskipTests -Prun-query-benchmark verify} (see benchmarks/README.md).
 */
public final class QueryOverheadReport {

    private static final int CALLERS = 16;

    public static void main(String[] args) throws Exception {
        String loadBefore = MachineLoad.now();
        Map<String, RunResult> single = run(options(Mode.SampleTime, 1, TimeUnit.MICROSECONDS));
        Map<String, RunResult> concurrent = run(options(Mode.Throughput, CALLERS, TimeUnit.SECONDS));

        String jvmArgs = System.getProperty("bench.jvmArgs", "");
        System.out.printf("%n== carto:query (ProducerTemplate.request) vs plain HttpClient.send, same request, same "
                          + "loopback server ==%n%d cores, Java %s, load average %s before and %s after, extra JVM "
                          + "arguments: %s%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), loadBefore, MachineLoad.now(), jvmArgs.isBlank() ? "none" : jvmArgs);
        System.out.printf("%-6s %-28s %12s %12s %8s%n", "", "", "plain", "carto", "ratio");
        for (String method : new String[]{"Get", "Post"}) {
            Statistics raw = latency(single, "raw" + method);
            Statistics carto = latency(single, "carto" + method);
            row(method, "1 caller, median (us)", raw.getPercentile(50), carto.getPercentile(50));
            row(method, "1 caller, p99 (us)", raw.getPercentile(99), carto.getPercentile(99));
            row(method, "1 caller, allocated B/call", secondary(single, "raw" + method, "gc.alloc.rate.norm"),
                    secondary(single, "carto" + method, "gc.alloc.rate.norm"));
            row(method, CALLERS + " callers, calls/s", score(concurrent, "raw" + method), score(concurrent, "carto" + method));
            row(method, CALLERS + " callers, CPU us/call", secondary(concurrent, "raw" + method, "cpu.per.call"),
                    secondary(concurrent, "carto" + method, "cpu.per.call"));
        }
        System.out.printf("%nGoals (issue 11): 1-caller median ratio <= 1.10, %d-caller calls/s ratio >= 0.90%n", CALLERS);
    }

    private static ChainedOptionsBuilder options(Mode mode, int threads, TimeUnit unit) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(QueryOverheadBenchmark.class.getName() + "\\.")
                .mode(mode).timeUnit(unit).threads(threads)
                .forks(Integer.getInteger("bench.forks", 1))
                .warmupIterations(Integer.getInteger("bench.warmups", 3))
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(Integer.getInteger("bench.iterations", 5))
                .measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend(jvmArgs())
                .addProfiler(GCProfiler.class)
                .addProfiler(CpuPerCallProfiler.class);
        String profiler = System.getProperty("bench.profiler", "");
        if (!profiler.isBlank()) {
            options.addProfiler(profiler);
        }
        return options;
    }

    /** JMH keeps only the last jvmArgsAppend: the fixed arguments and the extra ones go in one call. */
    private static String[] jvmArgs() {
        List<String> args = new ArrayList<>(List.of("-Xmx512m", "-Dsun.net.httpserver.nodelay=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
        String extra = System.getProperty("bench.jvmArgs", "");
        if (!extra.isBlank()) {
            args.addAll(List.of(extra.trim().split("\\s+")));
        }
        return args.toArray(String[]::new);
    }

    private static Map<String, RunResult> run(ChainedOptionsBuilder options) throws Exception {
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, RunResult> byMethod = new TreeMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            byMethod.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result);
        }
        return byMethod;
    }

    private static Statistics latency(Map<String, RunResult> results, String method) {
        return results.get(method).getPrimaryResult().getStatistics();
    }

    private static double score(Map<String, RunResult> results, String method) {
        return results.get(method).getPrimaryResult().getScore();
    }

    private static double secondary(Map<String, RunResult> results, String method, String label) {
        for (Map.Entry<String, Result> secondary : results.get(method).getSecondaryResults().entrySet()) {
            if (secondary.getKey().endsWith(label)) {
                return secondary.getValue().getScore();
            }
        }
        return Double.NaN;
    }

    private static void row(String method, String what, double raw, double carto) {
        System.out.printf("%-6s %-28s %,12.1f %,12.1f %7.2fx%n", method.toUpperCase(), what, raw, carto, carto / raw);
    }
}
