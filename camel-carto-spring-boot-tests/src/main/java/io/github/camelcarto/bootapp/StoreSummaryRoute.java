package io.github.camelcarto.bootapp;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Counts the stores of one kind with a parameterised query, then rebuilds a summary table with a job and waits
 * for it without holding a thread. The body in is the query parameters as a Map, e.g. {@code {"kind": "grocery"}}.
 */
@Component
public class StoreSummaryRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:store-summary").routeId("store-summary")
                // parameters go in a header: SQL in a URI must stay free of values
                .setHeader("CamelCartoQueryParameters", body())
                .to("carto:query?sql=RAW(SELECT COUNT(*) AS stores FROM stores WHERE kind = @kind)")
                .setHeader("storesOfKind", simple("${body[0][stores]}"))
                .setBody(constant("CREATE TABLE store_summary AS SELECT kind, COUNT(*) AS stores FROM stores GROUP BY kind"))
                .to("carto:job?waitForCompletion=true");
    }
}
