package io.github.camelcarto;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelcarto.client.http.RetryListener;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CartoRuntimeTest {

    /** Every waiting job has its next poll scheduled: far more than Camel's default queue of 1,000 must fit. */
    @Test
    void theSchedulerHoldsAPollForEveryWaitingJob() throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.start();
        CartoRuntime runtime = new CartoRuntime(camel, this, 4, 64, RetryListener.NONE);
        try {
            AtomicInteger ran = new AtomicInteger();
            List<ScheduledFuture<?>> polls = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                polls.add(runtime.scheduler().schedule(ran::incrementAndGet, 1, TimeUnit.MILLISECONDS));
            }
            for (ScheduledFuture<?> poll : polls) {
                poll.get(10, TimeUnit.SECONDS);
            }
            assertEquals(5_000, ran.get());
        } finally {
            runtime.shutdown();
            camel.stop();
        }
    }

    /**
     * The HTTP client hands the workers its work from its selector thread: with every worker busy, the rest must
     * wait in the queue, never run on the thread that handed it over (which would stall all of the client's I/O).
     */
    @Test
    void workBeyondTheBusyWorkersWaitsInTheQueue() throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.start();
        CartoRuntime runtime = new CartoRuntime(camel, this, 2, 64, RetryListener.NONE);
        try {
            Executor workers = runtime.httpEngine(CartoHttpEngine.jdk, Duration.ofSeconds(5), null).executor();
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(102);
            Set<Thread> ranOn = ConcurrentHashMap.newKeySet();
            Thread submitter = Thread.currentThread();
            for (int i = 0; i < 102; i++) {
                workers.execute(() -> {
                    ranOn.add(Thread.currentThread());
                    if (Thread.currentThread() != submitter) {
                        awaitQuietly(release);
                    }
                    done.countDown();
                });
            }
            assertFalse(ranOn.contains(submitter), "a task ran on the thread that handed it over");
            release.countDown();
            assertTrue(done.await(10, TimeUnit.SECONDS));
            assertEquals(2, ranOn.size(), "only the two workers ran tasks");
        } finally {
            runtime.shutdown();
            camel.stop();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
