package io.github.camelcarto.examples;

import io.github.camelcarto.CartoConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Route 2: on a Quartz cron, a CARTO SQL job refreshes the city summary table (waiting for it without holding a
 * thread), then a synchronous query reads the table and the rows are written as {@code outbox/report-<date>.csv}.
 * {@code direct:etl} runs it on demand (the demo does).
 */
public final class ScheduledEtlRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("quartz:carto-examples/etl?cron={{etl.cron}}")
                .routeId("etl-schedule")
                .to("direct:etl");

        from("direct:etl")
                .routeId("etl")
                .to("carto:job?sql={{etl.refreshSql}}&waitForCompletion=true&waitTimeout={{etl.waitTimeout}}")
                .log("Refreshed the city summary: job ${header.CamelCartoJobId} ${header.CamelCartoJobStatus} "
                     + "in ${header.CamelCartoElapsedMillis} ms")
                .to("carto:query?sql={{etl.reportSql}}")
                .setBody(method(CsvReport.class, "format"))
                .setHeader(Exchange.FILE_NAME, simple("report-${date:now:yyyy-MM-dd}.csv"))
                // written under a temporary name and renamed, so a reader never sees half a report
                .to("file:{{examples.outboxDir}}?fileExist=Override&tempPrefix=.writing-")
                .log("Wrote ${header.CamelFileNameProduced} with ${header." + CartoConstants.ROW_COUNT + "} rows");
    }
}
