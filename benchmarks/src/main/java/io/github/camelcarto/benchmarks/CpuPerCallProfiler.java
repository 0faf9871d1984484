package io.github.camelcarto.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

import com.sun.management.OperatingSystemMXBean;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time the whole benchmark JVM spent per call (callers, HTTP client, the in-process server, GC and JIT alike).
 * Wall time on a shared 2-core machine moves with whatever else runs; CPU spent per call moves far less, so the
 * ratio of the component's to the plain client's is the steadier measure of what the component adds.
 */
public final class CpuPerCallProfiler implements InternalProfiler {

    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuNanosAtStart;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuNanosAtStart = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long cpuNanos = os.getProcessCpuTime() - cpuNanosAtStart;
        long calls = Math.max(1, result.getMetadata().getMeasuredOps());
        return List.of(new ScalarResult("cpu.per.call", cpuNanos / 1e3 / calls, "us/op", AggregationPolicy.AVG));
    }
}
