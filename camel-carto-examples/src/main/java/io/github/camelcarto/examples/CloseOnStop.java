package io.github.camelcarto.examples;

import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.service.ServiceSupport;

/** Ties something already open to the CamelContext's lifecycle: closed when Camel stops, after the routes. */
final class CloseOnStop extends ServiceSupport {

    private final AutoCloseable resource;

    private CloseOnStop(AutoCloseable resource) {
        this.resource = resource;
    }

    static void register(CamelContext context, AutoCloseable resource) {
        try {
            context.addService(new CloseOnStop(resource), true, true);
        } catch (Exception e) {
            throw RuntimeCamelException.wrapRuntimeCamelException(e);
        }
    }

    @Override
    protected void doStop() throws Exception {
        resource.close();
    }
}
