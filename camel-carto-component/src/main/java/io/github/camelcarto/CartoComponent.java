package io.github.camelcarto;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/** The {@code carto:} component: CARTO's SQL API, jobs and Workflows from Camel routes. */
@Component("carto")
public class CartoComponent extends HealthCheckComponent {

    @Metadata(description = "Options shared by all endpoints; each endpoint may override them.")
    private CartoConfiguration configuration = new CartoConfiguration();
    @Metadata(label = "advanced", defaultValue = "4",
              description = "Threads that receive CARTO's answers and continue the routes, shared by all endpoints. "
                            + "Waiting jobs hold none of them.")
    private int workerThreads = 4;
    @Metadata(label = "advanced", defaultValue = "64",
              description = "How many HTTP calls to CARTO may be on the wire at once across all endpoints; further "
                            + "calls queue without holding a thread.")
    private int maxConcurrentRequests = 64;

    private volatile CartoRuntime runtime;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        CartoEndpoint endpoint = new CartoEndpoint(uri, this, remaining, configuration.copy());
        if (endpoint.endpointKind() == CartoEndpointKind.IMPORT && parameters.containsKey("jobTag")) {
            // set on the component, jobTag tags the jobs and workflow runs and leaves imports alone; here it is a mistake
            throw new IllegalArgumentException("carto:import cannot tag imports with jobTag: CARTO's Imports API keeps no "
                                               + "metadata, and carto:jobs follows SQL jobs and workflow runs only. Use "
                                               + "jobTag on carto:job and carto:workflow; an import is waited for, or "
                                               + "taken up again after a restart with an idempotency key");
        }
        setProperties(endpoint, parameters);
        endpoint.validate();
        return endpoint;
    }

    /** The shared scheduler, threads and HTTP clients, created on first use. */
    CartoRuntime runtime() {
        CartoRuntime current = runtime;
        if (current == null) {
            synchronized (this) {
                current = runtime;
                if (current == null) {
                    current = new CartoRuntime(getCamelContext(), this, workerThreads, maxConcurrentRequests);
                    runtime = current;
                }
            }
        }
        return current;
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        CartoRuntime current = runtime;
        runtime = null;
        if (current != null) {
            current.shutdown();
        }
    }

    public CartoConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CartoConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getWorkerThreads() {
        return workerThreads;
    }

    public void setWorkerThreads(int workerThreads) {
        this.workerThreads = workerThreads;
    }

    public int getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public void setMaxConcurrentRequests(int maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }
}
