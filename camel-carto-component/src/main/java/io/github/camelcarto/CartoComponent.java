package io.github.camelcarto;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/**
 * The {@code carto:} component: CARTO's SQL API, jobs and Workflows from Camel routes. Its JMX MBean (type
 * components) adds what operators watch: the jobs waiting, polls, calls in flight and 429 back-offs.
 */
@Component("carto")
@ManagedResource(description = "CARTO component: jobs waiting, status polls, calls in flight and 429 back-offs")
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
    private final CartoActivity activity = new CartoActivity(() -> runtime);
    private Runnable unbindMeters = () -> {
    };

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
                    current = new CartoRuntime(getCamelContext(), this, workerThreads, maxConcurrentRequests,
                            activity);
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

    /** What operators see of this component, for the dev console. */
    CartoActivity activity() {
        return activity;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (getCamelContext().getClassResolver().resolveClass(CartoMeters.METER_REGISTRY) != null) {
            unbindMeters = CartoMeters.bind(getCamelContext(), this, activity);
        }
    }

    @Override
    protected void doStop() throws Exception {
        unbindMeters.run();
        unbindMeters = () -> {
        };
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

    @ManagedAttribute(description = "Jobs being waited for now")
    public int getJobsWaiting() {
        return activity.jobsWaiting();
    }

    @ManagedAttribute(description = "Jobs being waited for, by their last status")
    public String getJobsWaitingByStatus() {
        return activity.jobsByStatus().toString();
    }

    @ManagedAttribute(description = "How long the oldest waiting job has been waited for, in seconds")
    public long getOldestWaitSeconds() {
        return activity.oldestWait().toSeconds();
    }

    @ManagedAttribute(description = "Job status polls sent since the component started")
    public long getJobPolls() {
        return activity.jobPolls();
    }

    @ManagedAttribute(description = "HTTP calls to CARTO on the wire now")
    public int getCallsInFlight() {
        return activity.callsInFlight();
    }

    @ManagedAttribute(description = "HTTP calls waiting for a free slot under maxConcurrentRequests")
    public int getCallsQueued() {
        return activity.callsQueued();
    }

    @ManagedAttribute(description = "Calls sent again after CARTO answered 429")
    public long getRateLimitBackoffs() {
        return activity.rateLimitBackoffs();
    }

    @ManagedAttribute(description = "Retries that waited as CARTO's Retry-After asked")
    public long getRetryAfterWaits() {
        return activity.retryAfterWaits();
    }

    @ManagedAttribute(description = "The time all Retry-After waits added up to, in milliseconds")
    public long getRetryAfterWaitMillis() {
        return activity.retryAfterWaited().toMillis();
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
