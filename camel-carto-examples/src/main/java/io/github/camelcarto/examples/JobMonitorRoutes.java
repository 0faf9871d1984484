package io.github.camelcarto.examples;

import io.github.camelcarto.CartoConstants;
import io.github.camelcarto.client.CartoJobStatus;
import org.apache.camel.builder.RouteBuilder;

/**
 * Route 3: follows every CARTO SQL job and workflow run of the account, logs each change of status, and sends a
 * notification when one ends FAILED or CANCELLED. What was delivered is kept in a file in the data directory, so
 * a restart repeats nothing and still reports jobs that ended while the application was down.
 */
public final class JobMonitorRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("carto:jobs?emitOn=change&stateRepository=#" + ExampleSetup.JOB_MONITOR_STATE + "&delay={{monitor.delay}}")
                .routeId("job-monitor")
                .log("CARTO job ${header.CamelCartoJobId} is ${header.CamelCartoJobStatus}")
                .filter(header(CartoConstants.JOB_STATUS).in(CartoJobStatus.FAILED, CartoJobStatus.CANCELLED))
                    .setBody(method(Notifications.class, "jobFailed"))
                    .to("direct:notify");
    }
}
