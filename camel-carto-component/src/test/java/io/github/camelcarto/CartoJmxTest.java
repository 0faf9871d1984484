package io.github.camelcarto;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.github.camelcarto.client.CartoJobParser;
import io.github.camelcarto.client.JobControl;
import org.apache.camel.CamelContext;
import org.apache.camel.Producer;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The component's MBean, as JConsole or a JMX exporter reads it: Camel's own attributes of the component, and the
 * carto ones beside them. Needs camel-management, which turns JMX on in a plain Camel context.
 */
class CartoJmxTest {

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void theComponentsMBeanShowsTheJobsWaitingBesideCamelsAttributes() throws Exception {
        CartoComponent component = new CartoComponent();
        component.getConfiguration().setAccessToken("jmx-test-token");
        component.getConfiguration().setConnection("warehouse");
        context.addComponent("carto", component);
        context.start();
        MBeanServer server = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        Set<ObjectName> names = server.queryNames(new ObjectName("org.apache.camel:context=" + context.getManagementName()
                                                                 + ",type=components,name=\"carto\""), null);
        assertEquals(1, names.size(), names.toString());
        ObjectName mbean = names.iterator().next();

        assertEquals(0, server.getAttribute(mbean, "JobsWaiting"));
        waitForARunningJob("carto:job?pollInterval=1h&maxPollInterval=1h");

        assertEquals(1, server.getAttribute(mbean, "JobsWaiting"));
        assertEquals("{PENDING=0, RUNNING=1, UNKNOWN=0}", server.getAttribute(mbean, "JobsWaitingByStatus"));
        assertEquals(0L, server.getAttribute(mbean, "OldestWaitSeconds"));
        assertEquals(0, server.getAttribute(mbean, "CallsInFlight"));
        assertEquals(0L, server.getAttribute(mbean, "RateLimitBackoffs"));
        // Camel's own attributes of a component are still there
        assertEquals("Started", server.getAttribute(mbean, "State"));
        assertTrue(server.getMBeanInfo(mbean).getDescription().contains("jobs waiting"));
    }

    private void waitForARunningJob(String uri) throws Exception {
        CartoEndpoint endpoint = context.getEndpoint(uri, CartoEndpoint.class);
        Producer producer = endpoint.createProducer();
        producer.start();
        JobControl silent = JobControl.of(id -> new CompletableFuture<>(),
                id -> CompletableFuture.completedFuture(CartoJobParser.parse(Map.of("jobId", id, "status", "cancelled"))));
        endpoint.waiter().await(CartoJobParser.parse(Map.of("jobId", "job-7", "status", "running")), silent,
                endpoint.options().waitOptions(), producer);
    }
}
