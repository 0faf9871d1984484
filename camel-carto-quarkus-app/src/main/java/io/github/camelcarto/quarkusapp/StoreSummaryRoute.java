package io.github.camelcarto.quarkusapp;

import org.apache.camel.builder.RouteBuilder;

/**
 * Counts the stores of one kind with a parameterised query, then rebuilds a summary table with a job and waits
 * for it. Camel Quarkus discovers the class; the component is configured in application.properties.
 */
public class StoreSummaryRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:store-summary").routeId("store-summary")
                .setHeader("CamelCartoQueryParameters", body())
                .to("carto:query?sql=RAW(SELECT COUNT(*) AS stores FROM stores WHERE kind = @kind)")
                .setHeader("storesOfKind", simple("${body[0][stores]}"))
                .setBody(constant("CREATE TABLE store_summary AS SELECT kind, COUNT(*) AS stores FROM stores GROUP BY kind"))
                .to("carto:job?waitForCompletion=true");
    }
}
