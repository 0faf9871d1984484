package io.github.camelcarto;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/** The {@code carto:} component: CARTO's SQL API, jobs and Workflows from Camel routes. */
@Component("carto")
public class CartoComponent extends HealthCheckComponent implements SSLContextParametersAware {

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
    @Metadata(label = "security", defaultValue = "false",
              description = "Whether endpoints without sslContextParameters use Camel's global SSL context "
                            + "parameters (the camel.ssl options, or CamelContext.setSSLContextParameters).")
    private boolean useGlobalSslContextParameters;

    private volatile CartoRuntime runtime;
    private final ProducerHealthChecks producerHealthChecks = new ProducerHealthChecks(this);

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        CartoEndpoint endpoint = new CartoEndpoint(uri, this, remaining, configuration.copy());
        setProperties(endpoint, parameters);
        if (endpoint.getConfiguration().getSslContextParameters() == null) {
            endpoint.getConfiguration().setSslContextParameters(retrieveGlobalSslContextParameters());
        }
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

    /** The producer health checks, one per CARTO and credentials. */
    ProducerHealthChecks producerHealthChecks() {
        return producerHealthChecks;
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

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
