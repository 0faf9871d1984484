package io.github.camelcarto;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelcarto.client.http.RetryListener;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
