package io.github.camelcarto.integration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelcarto.local.CartoLocal;

/**
 * Holds carto-local's jobs until a test opens their gate, so that jobs stay in flight for as long as a test needs,
 * with no timing involved: a job's SQL calls {@code TEST_GATE('name')}, an H2 function that waits until gate
 * {@code name} is open (carto-local runs in the test's JVM, so the function is this class).
 */
public final class JobGate {

    private static final Map<String, CountDownLatch> GATES = new ConcurrentHashMap<>();

    private JobGate() {
    }

    /** Makes {@code TEST_GATE(name)} callable from the server's SQL. */
    static void install(CartoLocal server) {
        server.execute("CREATE ALIAS IF NOT EXISTS TEST_GATE FOR '" + JobGate.class.getName() + ".pass'");
    }

    /** The SQL expression that waits for the gate. */
    static String sql(String gate) {
        return "TEST_GATE('" + gate + "')";
    }

    static void open(String gate) {
        latch(gate).countDown();
    }

    /** Lets every waiting job through, so that the server can stop. */
    static void openAll() {
        GATES.values().forEach(CountDownLatch::countDown);
    }

    /** Called by H2 from a job's SQL; the bound only keeps a broken test from holding the server forever. */
    public static int pass(String gate) throws InterruptedException {
        if (!latch(gate).await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("gate " + gate + " was never opened");
        }
        return 1;
    }

    private static CountDownLatch latch(String gate) {
        return GATES.computeIfAbsent(gate, name -> new CountDownLatch(1));
    }
}
