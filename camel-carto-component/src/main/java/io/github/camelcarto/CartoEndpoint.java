package io.github.camelcarto;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.client.ImportApi;
import io.github.camelcarto.client.ImportApiV1;
import io.github.camelcarto.client.JobWaiter;
import io.github.camelcarto.client.LdsApi;
import io.github.camelcarto.client.QueryParameters;
import io.github.camelcarto.client.SqlApi;
import io.github.camelcarto.client.WaitOptions;
import io.github.camelcarto.client.http.ApiKeyAuth;
import io.github.camelcarto.client.http.BearerTokenAuth;
import io.github.camelcarto.client.http.CartoAuth;
import io.github.camelcarto.client.http.CartoHttpTransport;
import io.github.camelcarto.client.http.Json;
import io.github.camelcarto.client.http.RetryPolicy;
import io.github.camelcarto.client.http.TransportSettings;
import io.github.camelcarto.client.v2.BatchApi;
import io.github.camelcarto.client.v2.CopyApi;
import io.github.camelcarto.client.v2.SqlApiV2;
import io.github.camelcarto.client.v2.V2ErrorMapping;
import io.github.camelcarto.client.v2.V2QueryOptions;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.util.IOHelper;

/**
 * Run SQL, jobs and Workflows in your cloud data warehouse through CARTO, import files, follow job events and call
 * Location Data Services.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "carto", title = "CARTO", syntax = "carto:kind",
             category = { Category.CLOUD, Category.DATABASE }, headersClass = CartoConstants.class)
public class CartoEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

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
    private String resolvedSql;
    private QueryParameters optionParameters = QueryParameters.none();
    private WaitOptions waitOptions;
    private SqlApi sqlApi;
    private ImportApi importApi;
    private LdsApi ldsApi;
    private SqlApiV2 sqlApiV2;
    private BatchApi batchApi;
    private CopyApi copyApi;
    private ImportApiV1 importApiV1;

    public CartoEndpoint(String uri, CartoComponent component, String kind, CartoConfiguration configuration) {
        super(uri, component);
        this.endpointKind = CartoEndpointKind.fromUri(kind);
        this.kind = endpointKind.uriName();
        this.configuration = configuration;
    }

    /** The carto:jobs consumer's delay between polls unless the delay option says otherwise: 30 seconds. */
    static final long DEFAULT_CONSUMER_DELAY = 30_000;

    /** Checks the options and loads referenced SQL, so that mistakes surface when the route starts. */
    void validate() {
        if (isV2()) {
            validateV2();
        } else {
            requireCredentials();
            if (endpointKind == CartoEndpointKind.COPYFROM || endpointKind == CartoEndpointKind.COPYTO) {
                throw new IllegalArgumentException("carto:" + kind + " is CARTO 2's COPY: set apiVersion=v2 (with "
                                                   + "apiKey and the user's apiBaseUrl)");
            }
        }
        require(configuration.getApiBaseUrl(), "apiBaseUrl", "e.g. " + CartoConfiguration.DEFAULT_API_BASE_URL);
        checkBaseUrl(configuration.getApiBaseUrl());
        boolean needsConnection = endpointKind != CartoEndpointKind.JOB
                                  || configuration.getOperation() != CartoJobOperation.list;
        needsConnection &= !endpointKind.connectionFromMessage();
        needsConnection &= !isV2();
        if (needsConnection) {
            require(configuration.getConnection(), "connection", "the name of a CARTO connection, e.g. carto_dw");
        }
        validateKind();
        if (endpointKind == CartoEndpointKind.WORKFLOW) {
            require(configuration.getProcedure(), "procedure",
                    "the workflow's stored procedure as shown in its API dialog");
        }
        resolvedSql = loadSql(configuration.getSql());
        optionParameters = parseParameters(configuration.getQueryParameters());
        try {
            waitOptions = new WaitOptions(Duration.ofMillis(configuration.getPollInterval()),
                    Duration.ofMillis(configuration.getMaxPollInterval()), configuration.getBackoffMultiplier(),
                    Duration.ofMillis(configuration.getWaitTimeout()), configuration.isCancelOnTimeout());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("carto:" + kind + ": " + e.getMessage(), e);
        }
        if (configuration.getMaxRetries() < 0) {
            throw new IllegalArgumentException("carto:" + kind + ": maxRetries must be 0 or more, was "
                                               + configuration.getMaxRetries());
        }
    }

    @Override
    public Producer createProducer() throws Exception {
        if (isV2()) {
            return createV2Producer();
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

    /**
     * Applies Camel's scheduler options, then this component's own reading of two of them: {@code delay} defaults to
     * 30 s, and {@code backoffMultiplier} (an option carto:job and carto:workflow also use, for their waits) is the
     * scheduler's number of polls to skip once {@code backoffErrorThreshold} or {@code backoffIdleThreshold} is set.
     */
    @Override
    protected void doConfigureConsumer(Consumer consumer) {
        super.doConfigureConsumer(consumer);
        if (consumer instanceof ScheduledPollConsumer scheduled) {
            Long delay = configuration.getDelay();
            scheduled.setDelay(delay != null
                    ? delay : Math.max(1, getTimeUnit().convert(DEFAULT_CONSUMER_DELAY, TimeUnit.MILLISECONDS)));
            if (getBackoffMultiplier() <= 0 && (getBackoffErrorThreshold() > 0 || getBackoffIdleThreshold() > 0)) {
                scheduled.setBackoffMultiplier((int) Math.ceil(configuration.getBackoffMultiplier()));
            }
        }
    }

    /** Checks specific to carto:import, carto:jobs and carto:lds. */
    private void validateKind() {
        if (endpointKind == CartoEndpointKind.JOBS && !isV2() && !isBlank(configuration.getJobIds())) {
            require(configuration.getConnection(), "connection", "the CARTO connection the jobs in jobIds run on");
        }
        if (endpointKind == CartoEndpointKind.LDS && configuration.getLdsOperation() == null) {
            throw new IllegalArgumentException("carto:lds needs option ldsOperation (geocode, reverseGeocode, "
                                               + "batchGeocode, isolines or routing), e.g. carto:lds?ldsOperation=geocode");
        }
        if (endpointKind == CartoEndpointKind.LDS) {
            LdsInputs.checkOptions(configuration);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        CartoRuntime runtime = getComponent().runtime();
        HttpClient httpClient = configuration.getHttpClient() != null
                ? configuration.getHttpClient()
                : runtime.httpClient(Duration.ofMillis(configuration.getConnectTimeout()),
                        configuration.getSslContextParameters());
        String client = configuration.getClient() == null || configuration.getClient().isBlank()
                ? null : configuration.getClient();
        TransportSettings settings = new TransportSettings(configuration.getApiBaseUrl(),
                Duration.ofMillis(configuration.getRequestTimeout()), client, "camel-carto/" + version());
        RetryPolicy retryPolicy = new RetryPolicy(configuration.getMaxRetries(),
                Duration.ofMillis(configuration.getRetryInitialDelay()),
                Duration.ofMillis(configuration.getRetryMaxDelay()), Duration.ofMillis(configuration.getMaxRetryAfter()));
        if (isV2()) {
            startV2(httpClient, settings, retryPolicy, runtime);
            return;
        }
        CartoHttpTransport transport = new CartoHttpTransport(httpClient, settings,
                auth(runtime, httpClient), retryPolicy, runtime.scheduler(),
                runtime.limiter());
        sqlApi = new SqlApi(transport);
        importApi = new ImportApi(transport);
        ldsApi = new LdsApi(transport);
    }

    private CartoAuth auth(CartoRuntime runtime, HttpClient httpClient) {
        if (!isBlank(configuration.getAccessToken())) {
            return new BearerTokenAuth(configuration.getAccessToken());
        }
        return runtime.clientCredentials(httpClient, configuration.getOauthTokenUrl(), configuration.getClientId(),
                configuration.getClientSecret(), Duration.ofMillis(configuration.getRequestTimeout()));
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

    SqlApi sqlApi() {
        return sqlApi;
    }

    ImportApi importApi() {
        return importApi;
    }

    LdsApi ldsApi() {
        return ldsApi;
    }

    JobWaiter waiter() {
        return getComponent().runtime().waiter();
    }

    WaitOptions waitOptions() {
        return waitOptions;
    }

    /** The sql option with any file reference already loaded, or null. */
    String optionSql() {
        return resolvedSql;
    }

    QueryParameters optionParameters() {
        return optionParameters;
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

    private String loadSql(String sql) {
        if (sql == null || !ResourceHelper.hasScheme(sql)) {
            return sql;
        }
        String location = sql.startsWith(ResourceHelper.RESOURCE) ? sql.substring(ResourceHelper.RESOURCE.length()) : sql;
        try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(getCamelContext(), location)) {
            return IOHelper.loadText(in).strip();
        } catch (Exception e) {
            throw new IllegalArgumentException("carto:" + kind + ": cannot read the SQL file of option sql=" + sql + ": "
                                               + e.getMessage() + " (check the path; classpath: and file: are supported)",
                    e);
        }
    }

    private QueryParameters parseParameters(String json) {
        if (json == null || json.isBlank()) {
            return QueryParameters.none();
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalArgumentException("carto:" + kind + ": option queryParameters is not valid JSON ("
                                               + e.getMessage().lines().findFirst().orElse("") + "): write an object "
                                               + "like {\"name\":\"value\"} or an array like [1, \"a\"]", e);
        }
        if (node.isObject()) {
            return QueryParameters.named(Json.toMap(node));
        }
        if (node.isArray()) {
            return QueryParameters.positional(Json.toList(node));
        }
        throw new IllegalArgumentException("carto:" + kind + ": option queryParameters must be a JSON object (named "
                                           + "@name parameters) or array (positional $1 parameters), was: " + json);
    }

    /** A token, or the id and secret of an M2M application to get tokens with. */
    private void requireCredentials() {
        boolean token = !isBlank(configuration.getAccessToken());
        boolean clientId = !isBlank(configuration.getClientId());
        boolean clientSecret = !isBlank(configuration.getClientSecret());
        if (token || clientId && clientSecret) {
            return;
        }
        if (clientId || clientSecret) {
            throw new IllegalArgumentException("carto:" + kind + " needs both clientId and clientSecret (the M2M OAuth "
                                               + "application's credentials), but only "
                                               + (clientId ? "clientId" : "clientSecret") + " is set");
        }
        require(configuration.getAccessToken(), "accessToken",
                "a CARTO API Access Token, e.g. camel.component.carto.accessToken={{carto.token}}, or clientId and "
                + "clientSecret of an M2M OAuth application");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private void require(String value, String option, String hint) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("carto:" + kind + " needs option " + option + " (" + hint + ")");
        }
    }

    private void checkBaseUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("carto:" + kind + ": apiBaseUrl '" + withoutQuery(url) + "' is not a valid URL",
                    e);
        }
        if (uri.getScheme() == null || uri.getHost() == null
                || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("carto:" + kind + ": apiBaseUrl '" + withoutQuery(url) + "' must be an absolute "
                                               + "http(s) URL such as " + CartoConfiguration.DEFAULT_API_BASE_URL);
        }
        if (uri.getQuery() != null) {
            throw new IllegalArgumentException("carto:" + kind + ": apiBaseUrl must not carry a query string; pass "
                                               + "credentials with accessToken");
        }
    }

    /** A URL as it may be shown: a query string could hold a credential. */
    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?...";
    }

    // ---------------------------------------------------------------- CARTO 2 (apiVersion=v2)

    boolean isV2() {
        return configuration.getApiVersion() == CartoApiVersion.v2;
    }

    ImportApiV1 importApiV1() {
        return importApiV1;
    }

    SqlApiV2 sqlApiV2() {
        return sqlApiV2;
    }

    BatchApi batchApi() {
        return batchApi;
    }

    CopyApi copyApi() {
        return copyApi;
    }

    /** The v2 query options of this endpoint. */
    V2QueryOptions v2QueryOptions() {
        return new V2QueryOptions(configuration.getFormat(), configuration.getFilename(), configuration.getSkipfields(),
                configuration.getDp(), configuration.getMethod(), configuration.getCompression() != CartoCompression.none);
    }

    private void validateV2() {
        require(configuration.getApiKey(), "apiKey",
                "apiVersion=v2 authenticates with a CARTO 2 API key, e.g. camel.component.carto.apiKey={{carto.apiKey}}");
        require(configuration.getApiBaseUrl(), "apiBaseUrl", "https://{user}.carto.com or https://host/user/{user}");
        if (CartoConfiguration.DEFAULT_API_BASE_URL.equals(configuration.getApiBaseUrl())) {
            throw new IllegalArgumentException("carto:" + kind + " with apiVersion=v2 needs apiBaseUrl set to the CARTO "
                                               + "user's URL: https://{user}.carto.com or https://host/user/{user}");
        }
        checkBaseUrl(configuration.getApiBaseUrl());
        if (endpointKind == CartoEndpointKind.WORKFLOW) {
            throw new IllegalArgumentException("carto:workflow runs CARTO 3 Workflows and does not exist with "
                                               + "apiVersion=v2: use carto:job");
        }
        if (endpointKind == CartoEndpointKind.LDS) {
            throw new IllegalArgumentException("carto:lds is CARTO 3's Location Data Services and does not exist with "
                                               + "apiVersion=v2");
        }
        if (endpointKind == CartoEndpointKind.JOBS && isBlank(configuration.getJobIds())) {
            throw new IllegalArgumentException("carto:jobs with apiVersion=v2 needs option jobIds: CARTO 2's Batch API "
                                               + "cannot list jobs, so the consumer watches the ids you give it");
        }
        if (endpointKind == CartoEndpointKind.JOB && configuration.getOperation() == CartoJobOperation.list) {
            throw new IllegalArgumentException("carto:job operation=list does not exist with apiVersion=v2: CARTO 2's "
                                               + "Batch API cannot list jobs, keep the ids of the jobs you submit");
        }
        if (configuration.getApiKeyMode() != CartoApiKeyMode.parameter && userOf(v2BaseUrl()) == null) {
            throw new IllegalArgumentException("carto:" + kind + ": apiKeyMode=basic needs the CARTO user in apiBaseUrl "
                                               + "(https://{user}.carto.com or https://host/user/{user}), but '"
                                               + withoutQuery(configuration.getApiBaseUrl()) + "' names none; add "
                                               + "/user/{user} or set apiKeyMode=parameter");
        }
        try {
            v2QueryOptions();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("carto:" + kind + ": " + e.getMessage(), e);
        }
    }

    private Producer createV2Producer() {
        return switch (endpointKind) {
            case QUERY -> new CartoV2QueryProducer(this);
            case JOB -> new CartoV2JobProducer(this);
            case COPYFROM -> new CartoCopyFromProducer(this);
            case COPYTO -> new CartoCopyToProducer(this);
            case IMPORT -> new CartoImportProducer(this);
            default -> throw new IllegalStateException("carto:" + kind + " does not exist with apiVersion=v2");
        };
    }

    private void startV2(HttpClient httpClient, TransportSettings v3Settings, RetryPolicy retryPolicy,
                         CartoRuntime runtime) {
        String baseUrl = v2BaseUrl();
        TransportSettings settings = new TransportSettings(baseUrl, v3Settings.requestTimeout(), v3Settings.clientId(),
                v3Settings.userAgent());
        CartoAuth auth = configuration.getApiKeyMode() == CartoApiKeyMode.parameter
                ? ApiKeyAuth.queryParameter(configuration.getApiKey())
                : ApiKeyAuth.basic(userOf(baseUrl), configuration.getApiKey());
        CartoHttpTransport transport = new CartoHttpTransport(httpClient, settings, auth, retryPolicy,
                runtime.scheduler(), runtime.limiter()).withErrorMapping(new V2ErrorMapping());
        sqlApiV2 = new SqlApiV2(transport);
        batchApi = new BatchApi(transport);
        copyApi = new CopyApi(transport, transport.withRetryPolicy(RetryPolicy.none()));
        importApiV1 = new ImportApiV1(transport);
    }

    /** The user's base URL, without an /api/v2/sql that users sometimes paste along. */
    private String v2BaseUrl() {
        String url = configuration.getApiBaseUrl().strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        for (String suffix : new String[] { "/api/v2/sql", "/api/v2" }) {
            if (url.endsWith(suffix)) {
                url = url.substring(0, url.length() - suffix.length());
            }
        }
        return url;
    }

    /** The CARTO user of a v2 base URL: /user/{user} in the path, else the first label of {user}.carto.com. */
    static String userOf(String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            return null;
        }
        java.util.regex.Matcher path = java.util.regex.Pattern.compile("/user/([^/]+)")
                .matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (path.find()) {
            return java.net.URLDecoder.decode(path.group(1), StandardCharsets.UTF_8);
        }
        String host = uri.getHost();
        if (host == null || host.chars().filter(c -> c == '.').count() < 2 || host.matches("[0-9.]+")) {
            return null;
        }
        return host.substring(0, host.indexOf('.'));
    }

    private static String version() {
        String version = CartoEndpoint.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }
}
