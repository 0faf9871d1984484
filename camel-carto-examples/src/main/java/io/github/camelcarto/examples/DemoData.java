package io.github.camelcarto.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.github.camelcarto.local.CartoLocal;

/**
 * The data and workflow the default profile needs in carto-local: the existing stores, and the site-screening
 * workflow that stands in for a CARTO Workflow with API access enabled.
 */
final class DemoData {

    static final String WORKFLOW = "wfproc_site_screening";

    private DemoData() {
    }

    static void load(CartoLocal local) {
        local.execute(resource("demo/seed.sql"));
        local.registerWorkflow(WORKFLOW, resource("demo/" + WORKFLOW + ".sql"));
    }

    static String resource(String name) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + name + " is missing from the application's classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + name, e);
        }
    }
}
