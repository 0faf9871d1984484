package io.github.camelcarto;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelcarto.client.CartoJobStatus;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The promise of the component: waiting jobs hold no thread. A thousand jobs are submitted from one thread and all
 * wait at once; they complete, while the component runs on its scheduler and worker threads only.
 */
class ThousandJobsInFlightTest extends CamelTestSupport {

    private static final int JOBS = Integer.getInteger("carto.test.jobs", 1000);
    private static final int POLLS_UNTIL_DONE = 3;
    private static final JobLifecycleTransformer LIFECYCLE = new JobLifecycleTransformer(POLLS_UNTIL_DONE);

    @RegisterExtension
    static WireMockExtension carto = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(80).extensions(LIFECYCLE))
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CartoComponent component = new CartoComponent();
        component.getConfiguration().setApiBaseUrl(carto.baseUrl());
        component.getConfiguration().setAccessToken("t");
        component.getConfiguration().setConnection("conn");
        component.getConfiguration().setPollInterval(50);
        component.getConfiguration().setMaxPollInterval(200);
        context.addComponent("carto", component);
        return context;
    }

    @Test
    void aThousandWaitingJobsCompleteOnAHandfulOfThreads() throws Exception {
        carto.stubFor(any(urlPathMatching("/v3/sql/conn/job.*")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withTransformers(JobLifecycleTransformer.NAME)));
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        CartoEndpoint endpoint = context.getEndpoint("carto:job?waitForCompletion=true", CartoEndpoint.class);
        AsyncProducer producer = endpoint.createAsyncProducer();
        producer.start();

        CountDownLatch completed = new CountDownLatch(JOBS);
        ConcurrentLinkedQueue<Exchange> exchanges = new ConcurrentLinkedQueue<>();
        int completedSynchronously = 0;
        for (int i = 0; i < JOBS; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("CREATE TABLE t" + i + " AS SELECT " + i);
            exchanges.add(exchange);
            if (producer.process(exchange, doneSync -> completed.countDown())) {
                completedSynchronously++;
            }
        }
        // every call returned at once, with its job still to be submitted and waited for
        assertEquals(0, completedSynchronously);

        int maxInFlight = 0;
        int maxComponentThreads = 0;
        while (!completed.await(20, TimeUnit.MILLISECONDS)) {
            maxInFlight = Math.max(maxInFlight, endpoint.waiter().inFlight());
            maxComponentThreads = Math.max(maxComponentThreads, componentThreads(before).size());
        }

        for (Exchange exchange : exchanges) {
            assertEquals(null, exchange.getException(), "exchange failed");
            assertEquals(CartoJobStatus.DONE, exchange.getMessage().getHeader(CartoConstants.JOB_STATUS));
            assertEquals(POLLS_UNTIL_DONE, exchange.getMessage().getHeader(CartoConstants.POLL_COUNT));
        }
        assertEquals(JOBS, LIFECYCLE.jobsSubmitted());
        assertEquals(JOBS * POLLS_UNTIL_DONE, LIFECYCLE.totalPolls(), "each job polled exactly until done");
        assertTrue(maxInFlight >= JOBS / 2, "jobs were waiting at once: at most " + maxInFlight + " seen");
        // 1 scheduler + 4 workers + Apache HttpClient's I/O thread and the idle thread that started it
        assertTrue(maxComponentThreads <= 7, "component threads: " + componentThreads(before));
        producer.stop();
    }

    /** The component's threads started since {@code before}: earlier test classes may leave idle clients behind. */
    private static List<String> componentThreads(Set<Thread> before) {
        Set<Thread> threads = Thread.getAllStackTraces().keySet();
        return threads.stream().filter(thread -> !before.contains(thread)).map(Thread::getName)
                .filter(name -> name.contains("Carto") || name.startsWith("HttpClient-"))
                .sorted().collect(Collectors.toList());
    }
}
