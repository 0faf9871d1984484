package io.github.camelcarto.runtimes;

import org.apache.camel.builder.RouteBuilder;

/**
 * The Java DSL twin of routes/store-summary.camel.yaml: counts the stores of one kind with a parameterised query,
 * then rebuilds a summary table with a job and waits for it. The body in is the query parameters as a Map.
 */
public class StoreSummaryRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:store-summary").routeId("store-summary")
                .setHeader("CamelCartoQueryParameters", body())
                .to("carto:query?sql=resource:classpath:sql/count-stores.sql")
                .setHeader("storesOfKind", simple("${body[0][stores]}"))
                .to("carto:job?waitForCompletion=true&sql=resource:classpath:sql/build-store-summary.sql");
    }
}
