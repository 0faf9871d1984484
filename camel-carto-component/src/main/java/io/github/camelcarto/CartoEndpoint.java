package io.github.camelcarto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.JobWaiter;
import io.github.camelcarto.client.exception.CartoException;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * Run SQL, jobs and Workflows in your cloud data warehouse through CARTO, import files, follow job events and call
 * Location Data Services.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "carto", title = "CARTO", syntax = "carto:kind",
             category = { Category.CLOUD, Category.DATABASE }, headersClass = CartoConstants.class)
public class CartoEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    /** The carto:jobs consumer's delay between polls unless the delay option says otherwise: 30 seconds. */
    static final long DEFAULT_CONSUMER_DELAY = 30_000;

    @UriPath(enums = "query,job,workflow,import,jobs,lds,copyfrom,copyto",
             description = "What the endpoint does: query runs synchronous SQL, job submits and watches SQL jobs, "
                           + "workflow runs a CARTO Workflow enabled for API access, import loads a file into a "
                           + "table, jobs consumes job status events, lds calls Location Data Services; with "
                           + "apiVersion=v2, copyfrom streams data into COPY FROM STDIN and copyto streams COPY TO "
                           + "STDOUT out.")
    @Metadata(required = true)
    private final String kind;
    @UriParam
    private CartoConfiguration configuration;

    private final CartoEndpointKind endpointKind;
    private ResolvedOptions options;
    private CartoClients clients;
    /** Created with the endpoint, so that stopping and starting a route keeps an in-memory repository's keys. */
    private IdempotentSubmissions submissions;
    private SharedJobsListing jobsListing;

    public CartoEndpoint(String uri, CartoComponent component, String kind, CartoConfiguration configuration) {
        super(uri, component);
        this.endpointKind = CartoEndpointKind.fromUri(kind);
        this.kind = endpointKind.uriName();
        this.configuration = configuration;
    }

    /** Checks the options and loads referenced SQL, so that mistakes surface when the route starts. */
    void validate() {
        options = OptionChecks.check(this);
        if (endpointKind.submitsJobs()) {
            StateRepository<String, String> repository = configuration.getStateRepository();
            submissions = new IdempotentSubmissions(repository != null ? repository : new MemoryStateRepository());
            jobsListing = new SharedJobsListing(this::listRecentJobs);
        }
    }

    @Override
    public Producer createProducer() throws Exception {
        if (isV2()) {
            return switch (endpointKind) {
                case QUERY -> new CartoV2QueryProducer(this);
                case JOB -> new CartoV2JobProducer(this);
                case COPYFROM -> new CartoCopyFromProducer(this);
                case COPYTO -> new CartoCopyToProducer(this);
                case IMPORT -> new CartoImportProducer(this);
                default -> throw new IllegalStateException("carto:" + kind + " does not exist with apiVersion=v2");
            };
        }
        return switch (endpointKind) {
            case QUERY -> new CartoQueryProducer(this);
            case JOB -> new CartoJobProducer(this);
            case WORKFLOW -> new CartoWorkflowProducer(this);
            case IMPORT -> new CartoImportProducer(this);
            case LDS -> new CartoLdsProducer(this);
            case JOBS -> throw new UnsupportedOperationException("carto:jobs only consumes job events (from(\"carto:jobs\")): "
                                                                 + "to submit, read or list jobs send to carto:job");
            case COPYFROM, COPYTO -> throw new IllegalStateException("carto:" + kind + " needs apiVersion=v2");
        };
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (endpointKind != CartoEndpointKind.JOBS) {
            throw new UnsupportedOperationException("carto:" + kind + " only sends: it has no consumer (to receive job "
                                                    + "events use from(\"carto:jobs\"))");
        }
        CartoJobsConsumer consumer = new CartoJobsConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** Camel's scheduler options, with this component's own default delay of 30 s instead of Camel's 500 ms. */
    @Override
    protected void doConfigureConsumer(Consumer consumer) {
        super.doConfigureConsumer(consumer);
        if (consumer instanceof ScheduledPollConsumer scheduled) {
            Long delay = configuration.getDelay();
            scheduled.setDelay(delay != null
                    ? delay : Math.max(1, getTimeUnit().convert(DEFAULT_CONSUMER_DELAY, TimeUnit.MILLISECONDS)));
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        clients = CartoClients.wire(configuration, getComponent().runtime());
        if (submissions != null) {
            submissions.start();
        }
    }

    @Override
    public CartoComponent getComponent() {
        return (CartoComponent) super.getComponent();
    }

    public CartoConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CartoConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getKind() {
        return kind;
    }

    CartoEndpointKind endpointKind() {
        return endpointKind;
    }

    boolean isV2() {
        return configuration.getApiVersion() == CartoApiVersion.v2;
    }

    /** The options as checked when the endpoint was created. */
    ResolvedOptions options() {
        return options;
    }

    /** The CARTO clients, wired when the endpoint starts. */
    CartoClients clients() {
        return clients;
    }

    /**
     * {@code failure} with the secrets of this endpoint's credentials hidden in every CARTO exception of its chain,
     * whose texts may echo what CARTO or a proxy on the way was sent.
     */
    Throwable withSecretsHidden(Throwable failure) {
        CartoClients wired = clients;
        return wired == null ? failure : CartoException.hideSecretsIn(failure, wired.auth()::redact);
    }

    /** CARTO 3's jobs created within the lookback option before now. */
    CompletableFuture<List<CartoJob>> listRecentJobs() {
        return clients.sqlApi().listJobs(Instant.now().minusMillis(configuration.getLookback()));
    }

    /** Idempotent submissions of carto:job, carto:workflow and carto:import; null on the other kinds. */
    IdempotentSubmissions submissions() {
        return submissions;
    }

    /** CARTO's jobs listing as the idempotency lookups share it; null on kinds that submit no jobs. */
    SharedJobsListing jobsListing() {
        return jobsListing;
    }

    JobWaiter waiter() {
        return getComponent().runtime().waiter();
    }

    @Override
    public String getServiceUrl() {
        return configuration.getApiBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return configuration.getConnection() != null ? Map.of("connection", configuration.getConnection()) : null;
    }
}
