package io.github.camelcarto;

import java.net.http.HttpClient;

import io.github.camelcarto.client.QueryMethod;
import io.github.camelcarto.client.WarehouseDialect;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Options of the carto component. Set once on the component ({@code camel.component.carto.*}) and override per
 * endpoint URI; every option takes {@code {{placeholders}}}.
 */
@UriParams
public class CartoConfiguration implements Cloneable {

    public static final String DEFAULT_API_BASE_URL = "https://gcp-us-east1.api.carto.com";

    // common
    @UriParam(label = "common", defaultValue = DEFAULT_API_BASE_URL,
              description = "The CARTO API base URL of your organisation's region (e.g. "
                            + "https://gcp-europe-west1.api.carto.com) or of a self-hosted install "
                            + "(https://your-domain/api).")
    private String apiBaseUrl = DEFAULT_API_BASE_URL;
    @UriParam(label = "common",
              description = "The CARTO connection to run SQL through (its name in CARTO Workspace). Required by "
                            + "carto:query, carto:workflow, and carto:job except operation=list.")
    private String connection;

    // security
    @UriParam(label = "security", secret = true,
              description = "A CARTO API Access Token or OAuth token, sent as Authorization: Bearer. Use a property "
                            + "placeholder ({{carto.accessToken}}) rather than writing it in the URI.")
    private String accessToken;
    @UriParam(label = "security",
              description = "Instead of accessToken: the client id of a CARTO machine-to-machine (M2M) OAuth "
                            + "application; with clientSecret, tokens are fetched and renewed before they expire.")
    private String clientId;
    @UriParam(label = "security", secret = true,
              description = "The client secret of the M2M OAuth application named by clientId.")
    private String clientSecret;
    @UriParam(label = "security", defaultValue = "https://auth.carto.com/oauth/token",
              description = "Where clientId and clientSecret are exchanged for an access token.")
    private String oauthTokenUrl = "https://auth.carto.com/oauth/token";
    @UriParam(label = "security",
              description = "TLS settings (trust store, key store) for a self-hosted CARTO with its own certificates. "
                            + "Certificates are always verified. When unset, Camel's global SSL context parameters "
                            + "apply if the component's useGlobalSslContextParameters is on.")
    private SSLContextParameters sslContextParameters;

    // SQL (carto:query, carto:job, and with apiVersion=v2 carto:copyfrom and carto:copyto)
    @UriParam(label = "producer,copy,job,query",
              description = "The SQL to run when header CamelCartoSql is absent; resource:classpath:x.sql or "
                            + "file:x.sql loads it from a file. Without either, the message body is the SQL.")
    @Metadata(largeInput = true, supportFileReference = true)
    private String sql;
    @UriParam(label = "producer,job,query",
              description = "Query parameters as JSON when header CamelCartoQueryParameters is absent: an object for "
                            + "named @name parameters, an array for positional $1/:1 parameters.")
    private String queryParameters;
    @UriParam(label = "producer,copy,query", defaultValueNote = "post; auto with apiVersion=v2",
              description = "How carto:query (and with apiVersion=v2, carto:copyto) sends the SQL. post: never cached, "
                            + "every run reaches the warehouse. get: CARTO's CDN caches the answer by URL for up to a "
                            + "year, so a repeated SELECT may return stale rows and a repeated DML statement may not "
                            + "run at all; only for reads that may be stale. auto: GET while the URL stays under 7,000 "
                            + "characters, POST beyond. CARTO 2's SQL API marks its answers for revalidation, so "
                            + "apiVersion=v2 keeps auto. The upper-case AUTO, GET and POST of earlier versions are "
                            + "accepted too.")
    private QueryMethod method;
    @UriParam(label = "producer,query",
              description = "carto:query: sent as the request's Cache-Control header, e.g. no-cache to ask for a "
                            + "fresh answer or max-age=3600 to accept one up to an hour old. Only a GET can be answered "
                            + "from CARTO's cache, so it needs method=get or auto. Whether CARTO's CDN honours it is not "
                            + "documented (CARTO's own JavaScript client forwards it; carto-local honours it).")
    private String cacheControl;

    // carto:job, and waiting for jobs (carto:job, carto:workflow, carto:import)
    @UriParam(label = "producer,job,lds",
              enums = "submit,get,cancel,list,geocode,reverseGeocode,batchGeocode,isolines,routing",
              defaultValueNote = "submit for carto:job; carto:lds needs one",
              description = "What the endpoint does: for carto:job submit, get, cancel or list; for carto:lds the "
                            + "Location Data Services call, geocode, reverseGeocode, batchGeocode, isolines or routing. "
                            + "Header CamelCartoOperation overrides it.")
    private String operation;
    @UriParam(label = "producer,import,workflow,job",
              defaultValueNote = "false for carto:job, true for carto:workflow and carto:import",
              description = "Whether the exchange completes only when the job has ended (DONE, or an exception for "
                            + "FAILED and CANCELLED). Waiting holds no thread.")
    private Boolean waitForCompletion;
    @UriParam(label = "producer,import,workflow,job", defaultValue = "2000", javaType = "java.time.Duration",
              description = "Delay before the first status poll of a job and between the first polls.")
    private long pollInterval = 2000;
    @UriParam(label = "producer,import,workflow,job", defaultValue = "30000", javaType = "java.time.Duration",
              description = "The longest delay between polls once they have backed off.")
    private long maxPollInterval = 30000;
    @UriParam(label = "producer,import,workflow,job", defaultValue = "1.5",
              description = "Each delay between a job's status polls is the previous one times this, up to "
                            + "maxPollInterval (1 = fixed). Was backoffMultiplier, which is now only Camel's scheduler "
                            + "option of carto:jobs.")
    private double pollBackoffMultiplier = 1.5;
    @UriParam(label = "producer,import,workflow,job", defaultValue = "3600000", javaType = "java.time.Duration",
              description = "How long to wait for a job in all before failing with CartoTimeoutException. The job "
                            + "is never submitted again.")
    private long waitTimeout = 3_600_000;
    @UriParam(label = "producer,import,workflow,job", defaultValue = "true",
              description = "Whether to cancel the job in CARTO when waitTimeout runs out or the route stops while "
                            + "waiting. A job submitted with an idempotency key is not cancelled by a stop: the "
                            + "message's redelivery takes it up again.")
    private boolean cancelOnTimeout = true;

    // idempotent submissions and tags (carto:job, carto:workflow, carto:import; the tag also carto:jobs)
    @UriParam(label = "producer,import,workflow,job",
              description = "A Camel simple expression giving each exchange's idempotency key when header "
                            + "CamelCartoIdempotencyKey is absent, e.g. ${header.JMSMessageID} or "
                            + "${file:onlyname}-${file:size}. A key already submitted is not submitted again: the "
                            + "exchange takes the existing job up (waiting for it, or completing with its end). Keys "
                            + "are kept in stateRepository and, for carto:job and carto:workflow, in the job's metadata, "
                            + "where CARTO's jobs listing finds them if the repository lost them. A key is scoped to "
                            + "the endpoint kind: give two steps of one kind their own keys.")
    private String idempotencyKey;
    @UriParam(label = "common,job,workflow,jobs",
              description = "A label for this application's jobs: carto:job and carto:workflow send it in the job's "
                            + "metadata (camelCartoTag), and carto:jobs with the same jobTag follows only the listed jobs "
                            + "that carry it, not every job of the account. CARTO's Imports API keeps no metadata, so "
                            + "carto:import does not send it.")
    private String jobTag;

    // carto:workflow
    @UriParam(label = "producer,workflow",
              description = "carto:workflow: the workflow's stored procedure, fully qualified as CARTO shows it in the "
                            + "workflow's API dialog (e.g. project.workflows_temp.wfproc_abc).")
    private String procedure;
    @UriParam(label = "producer,workflow",
              description = "carto:workflow: the procedure's parameter names in declaration order, comma-separated. "
                            + "Needed when the parameters Map has no defined order (a HashMap); every name must "
                            + "have a value. A List of parameters (positional dialects) is in order already.")
    private String parameterOrder;
    @UriParam(label = "producer,workflow", defaultValue = "bigquery",
              description = "carto:workflow: the SQL dialect of the connection's warehouse, which decides the form of "
                            + "the CALL: bigquery (also the CARTO Data Warehouse) quotes the procedure in backticks and "
                            + "passes the parameters by name; snowflake (placeholders :1, :2), postgresql and redshift "
                            + "(placeholders $1, $2) take the name as given and the parameters by position, from a List "
                            + "or a Map ordered by parameterOrder. Other warehouses: send the CALL to carto:job.")
    private WarehouseDialect dialect = WarehouseDialect.bigquery;
    @UriParam(label = "producer,workflow", defaultValue = "false",
              description = "carto:workflow: when the run is DONE, read the workflow's output table and make its "
                            + "rows the body.")
    private boolean fetchOutput;

    // advanced
    @UriParam(label = "advanced", defaultValue = "camel-carto",
              description = "The client attribution parameter sent with every call, which CARTO uses to categorise "
                            + "traffic (not an OAuth client id: that is clientId). Empty to send none.")
    private String client = "camel-carto";
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a connection to CARTO.")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "90000", javaType = "java.time.Duration",
              description = "How long CARTO may take to start answering: from sending a call, or from the last "
                            + "byte of an upload, to the end of the answer's headers (CARTO stops synchronous queries "
                            + "after 1 minute). A long upload is not cut by it; readTimeout watches uploads.")
    private long requestTimeout = 90_000;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "How long a transfer may stall: when CARTO sends nothing more of an answer whose bytes are "
                            + "awaited, or takes nothing more of an upload, for this long, the call fails with "
                            + "CartoReadTimeoutException and its connection is dropped. Never a limit on the whole "
                            + "transfer: a long COPY or export that keeps flowing is not cut, nor is a reader that "
                            + "pauses.")
    private long readTimeout = 60_000;
    @UriParam(label = "advanced", defaultValue = "3",
              description = "How many times a call that failed transiently (429, 5xx but 501 and 505, a broken "
                            + "connection) is retried. Only idempotent calls are retried after they may have reached "
                            + "CARTO; a job submit is not. Retries count sends, including the second send the JDK HTTP "
                            + "client makes by itself of a GET whose connection closed before any answer (so such a GET "
                            + "is sent twice even with 0).")
    private int maxRetries = 3;
    @UriParam(label = "advanced", defaultValue = "500", javaType = "java.time.Duration",
              description = "Delay before the first retry; it doubles on each retry, with jitter.")
    private long retryInitialDelay = 500;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "The longest delay between retries.")
    private long retryMaxDelay = 30_000;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The longest Retry-After that is waited out; a 429 asking for longer fails at once with "
                            + "CartoRateLimitException instead of holding the exchange.")
    private long maxRetryAfter = 60_000;
    @UriParam(label = "advanced", defaultValue = "apache", enums = "apache,jdk",
              description = "The HTTP client calls go through: apache (Apache HttpClient 5's async client) or jdk "
                            + "(java.net.http.HttpClient, which on JDK 17 with 2 CPUs or fewer starts a thread for "
                            + "every answer). Both stream, time out and retry alike. An httpClient given by "
                            + "reference is always used as it is.")
    private CartoHttpEngine httpEngine = CartoHttpEngine.apache;
    // not autowired: an HttpClient bean in the registry is any library's, and would silently replace the
    // component's timeouts, TLS and threads; whoever wants one names it (httpClient=#myClient)
    @UriParam(label = "advanced",
              description = "A java.net.http.HttpClient to use instead of the component's own, given by reference "
                            + "(#myClient); a bean of that type in the registry is not picked up by itself. "
                            + "connectTimeout, sslContextParameters and the global SSL context parameters then do "
                            + "not apply.")
    private HttpClient httpClient;

    // carto:import
    @UriParam(label = "producer,import",
              description = "carto:import: the fully qualified table to import into (e.g. project.dataset.table), "
                            + "CARTO's destination; a destination field of a Map body overrides it.")
    private String destination;
    @UriParam(label = "producer,import", defaultValue = "false",
              description = "carto:import: whether to replace the destination table if it exists.")
    private boolean overwrite;
    @UriParam(label = "producer,import", defaultValue = "true",
              description = "carto:import: whether CARTO guesses column types and geometry (autoguessing).")
    private boolean autoguessing = true;
    @UriParam(label = "producer,import", defaultValue = "true",
              description = "carto:import: whether to refuse, before any call, a source whose extension is not a "
                            + "format CARTO imports (CSV, GeoJSON, GeoPackage, KML/KMZ, TAB, zipped Shapefile, "
                            + "GeoParquet). Turn off for URLs without a file name.")
    private boolean checkFormat = true;
    @UriParam(label = "producer,v2,import", defaultValueNote = "unset: not sent, CARTO decides",
              description = "carto:import on the legacy Import API (apiVersion=v2): sent as type_guessing.")
    private Boolean typeGuessing;
    @UriParam(label = "producer,v2,import", defaultValueNote = "unset: not sent, CARTO decides",
              description = "carto:import on the legacy Import API (apiVersion=v2): sent as quoted_fields_guessing.")
    private Boolean quotedFieldsGuessing;
    @UriParam(label = "producer,v2,import", defaultValueNote = "unset: not sent, CARTO decides",
              description = "carto:import on the legacy Import API (apiVersion=v2): sent as content_guessing.")
    private Boolean contentGuessing;
    @UriParam(label = "producer,v2,import", defaultValueNote = "unset: not sent, CARTO decides",
              description = "carto:import on the legacy Import API (apiVersion=v2): whether to also create a map; "
                            + "sent as create_vis.")
    private Boolean createVisualization;
    @UriParam(label = "producer,v2,import",
              description = "carto:import on the legacy Import API (apiVersion=v2): what to do when the table exists, "
                            + "e.g. overwrite; sent as collision_strategy.")
    private String collisionStrategy;

    // carto:jobs consumer
    @UriParam(label = "consumer,jobs", defaultValue = "change",
              description = "carto:jobs: which observations become exchanges: change (each new status of a job), "
                            + "terminal (only when a job ends) or all (every poll of an unfinished job, and its end).")
    private CartoJobsEmitOn emitOn = CartoJobsEmitOn.change;
    @UriParam(label = "common,job,workflow,import,jobs",
              description = "Where state that must outlive the application is kept: for carto:jobs each job's last "
                            + "delivered status and the jobs still running; for carto:job, carto:workflow and "
                            + "carto:import the idempotency keys submitted and their jobs. In memory by default; use a "
                            + "FileStateRepository (one process) or a JdbcStateRepository (replicas sharing a database) "
                            + "so that restarts and redeliveries neither repeat nor lose work. One repository per "
                            + "carto:jobs consumer; producers may share it.")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer,jobs",
              description = "carto:jobs: comma-separated job ids to watch instead of listing GET /v3/sql/jobs; each is "
                            + "read on connection until it has ended.")
    private String jobIds;
    @UriParam(label = "common,jobs,job,workflow", defaultValue = "86400000", javaType = "java.time.Duration",
              description = "carto:jobs and carto:job operation=list: how far back the jobs listing reaches, sent as "
                            + "created_since (now minus this). CARTO lists the jobs created since then, finished ones "
                            + "included; a job the consumer saw unfinished is read until it ends even once it is older. "
                            + "Longer costs a larger listing each poll; shorter misses the jobs created and ended while "
                            + "the route was stopped for longer than this. With an idempotency key, carto:job and "
                            + "carto:workflow look a key their stateRepository does not hold up in the same listing.")
    private long lookback = 86_400_000;
    @UriParam(label = "consumer,jobs", defaultValue = "100",
              description = "carto:jobs: the most job status reads per poll, hence the most events (Camel's "
                            + "maxMessagesPerPoll; 0 or less for no limit). Jobs take turns: one not read this poll is "
                            + "read on a later one, first come first read, so none is starved.")
    private int maxMessagesPerPoll = 100;
    @UriParam(label = "consumer,jobs,scheduler", defaultValue = "30000",
              description = "carto:jobs: milliseconds between two polls (accepts 30s, 1m...). Defaults to 30 seconds, "
                            + "not Camel's usual 500 ms, to spare CARTO's API.")
    private Long delay;

    // carto:lds
    @UriParam(label = "producer,lds", enums = "geocode,reverseGeocode,batchGeocode,isolines,routing",
              description = "carto:lds: an alias of operation, kept for routes written before operation served every "
                            + "endpoint kind; given with operation, both must name the same call.")
    private CartoLdsOperation ldsOperation;
    @UriParam(label = "producer,lds",
              description = "carto:lds: provider options as a JSON object, sent as CARTO's options parameter on every "
                            + "call (as the CARTO CLI's --options); header CamelCartoLdsOptions overrides it.")
    private String options;
    @UriParam(label = "producer,lds", description = "carto:lds geocode: the address to geocode (else the body).")
    private String address;
    @UriParam(label = "producer,lds",
              description = "carto:lds geocode and batchGeocode: ISO 3166-1 alpha-2 country code narrowing the search.")
    private String country;
    @UriParam(label = "producer,lds", description = "carto:lds geocode: the most results to return.")
    private Integer limit;
    @UriParam(label = "producer,lds", description = "carto:lds reverseGeocode: the latitude, -90 to 90.")
    private Double lat;
    @UriParam(label = "producer,lds", description = "carto:lds reverseGeocode: the longitude, -180 to 180.")
    private Double lon;
    @UriParam(label = "producer,lds", description = "carto:lds reverseGeocode: the language of the answer.")
    private String language;
    @UriParam(label = "producer,lds",
              description = "carto:lds isolines and routing: the start as longitude,latitude (longitude first).")
    private String origin;
    @UriParam(label = "producer,lds",
              description = "carto:lds routing: where the route ends, as longitude,latitude (header "
                            + "CamelCartoLdsDestination overrides it). Was destination, which is now only carto:import's "
                            + "table.")
    private String ldsDestination;
    @UriParam(label = "producer,lds", description = "carto:lds isolines and routing: the travel mode, e.g. car, walk.")
    private String mode;
    @UriParam(label = "producer,lds",
              description = "carto:lds isolines: comma-separated ranges, seconds for rangeType=time, meters for "
                            + "distance.")
    private String range;
    @UriParam(label = "producer,lds", enums = "time,distance",
              description = "carto:lds isolines: time or distance; sent as range_type.")
    private String rangeType;
    @UriParam(label = "producer,lds",
              description = "carto:lds routing: intermediate points as latitude,longitude (latitude first, unlike "
                            + "origin), separated by semicolons.")
    private String waypoints;

    // CARTO 2 (apiVersion=v2)
    @UriParam(label = "common", defaultValue = "v3",
              description = "The CARTO platform: v3 (CARTO 3 APIs, accessToken) or v2 (legacy CARTO 2 and self-hosted "
                            + "SQL API v2, apiKey). With v2, apiBaseUrl is the user's URL: https://{user}.carto.com or "
                            + "https://host/user/{user}.")
    private CartoApiVersion apiVersion = CartoApiVersion.v3;
    @UriParam(label = "security,v2", secret = true,
              description = "apiVersion=v2: the CARTO 2 API key (the master key for batch jobs and COPY). Use a "
                            + "property placeholder ({{carto.apiKey}}) rather than writing it in the URI.")
    private String apiKey;
    @UriParam(label = "security,v2", defaultValue = "basic",
              description = "apiVersion=v2: how the apiKey travels: basic (HTTP Basic with the user of apiBaseUrl) or "
                            + "parameter (the api_key query parameter; never printed or logged by the component).")
    private CartoApiKeyMode apiKeyMode = CartoApiKeyMode.basic;
    @UriParam(label = "producer,v2", defaultValue = "json", enums = "json,geojson,topojson,csv,svg,kml,shp,gpkg,spatialite",
              description = "apiVersion=v2, carto:query: the output format. json gives the rows as a List of Maps; "
                            + "every other format is streamed: the body is an InputStream to pipe to a file.")
    private String format = "json";
    @UriParam(label = "producer,copy,v2",
              description = "apiVersion=v2, carto:query and carto:copyto: the file name CARTO puts in "
                            + "Content-Disposition (header CamelCartoFileName).")
    private String filename;
    @UriParam(label = "producer,v2",
              description = "apiVersion=v2, carto:query: columns to leave out of the result, comma-separated.")
    private String skipfields;
    @UriParam(label = "producer,v2",
              description = "apiVersion=v2, carto:query: decimal places of coordinates in geometry formats (CARTO's "
                            + "default is 6).")
    private Integer dp;
    @UriParam(label = "producer,copy,v2", defaultValue = "gzip",
              description = "apiVersion=v2: gzip compresses copyfrom uploads on the fly and asks for gzipped copyto "
                            + "and export answers (decoded transparently); none sends and receives plain bytes.")
    private CartoCompression compression = CartoCompression.gzip;

    public CartoConfiguration copy() {
        try {
            return (CartoConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getApiBaseUrl() {
        return apiBaseUrl;
    }

    public void setApiBaseUrl(String apiBaseUrl) {
        this.apiBaseUrl = apiBaseUrl;
    }

    public String getConnection() {
        return connection;
    }

    public void setConnection(String connection) {
        this.connection = connection;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getOauthTokenUrl() {
        return oauthTokenUrl;
    }

    public void setOauthTokenUrl(String oauthTokenUrl) {
        this.oauthTokenUrl = oauthTokenUrl;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getSql() {
        return sql;
    }

    public void setSql(String sql) {
        this.sql = sql;
    }

    public String getQueryParameters() {
        return queryParameters;
    }

    public void setQueryParameters(String queryParameters) {
        this.queryParameters = queryParameters;
    }

    public QueryMethod getMethod() {
        return method;
    }

    public void setMethod(QueryMethod method) {
        this.method = method;
    }

    public String getCacheControl() {
        return cacheControl;
    }

    public void setCacheControl(String cacheControl) {
        this.cacheControl = cacheControl;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public Boolean getWaitForCompletion() {
        return waitForCompletion;
    }

    public void setWaitForCompletion(Boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public long getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(long pollInterval) {
        this.pollInterval = pollInterval;
    }

    public long getMaxPollInterval() {
        return maxPollInterval;
    }

    public void setMaxPollInterval(long maxPollInterval) {
        this.maxPollInterval = maxPollInterval;
    }

    public double getPollBackoffMultiplier() {
        return pollBackoffMultiplier;
    }

    public void setPollBackoffMultiplier(double pollBackoffMultiplier) {
        this.pollBackoffMultiplier = pollBackoffMultiplier;
    }

    public long getWaitTimeout() {
        return waitTimeout;
    }

    public void setWaitTimeout(long waitTimeout) {
        this.waitTimeout = waitTimeout;
    }

    public boolean isCancelOnTimeout() {
        return cancelOnTimeout;
    }

    public void setCancelOnTimeout(boolean cancelOnTimeout) {
        this.cancelOnTimeout = cancelOnTimeout;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public String getParameterOrder() {
        return parameterOrder;
    }

    public void setParameterOrder(String parameterOrder) {
        this.parameterOrder = parameterOrder;
    }

    public WarehouseDialect getDialect() {
        return dialect;
    }

    public void setDialect(WarehouseDialect dialect) {
        this.dialect = dialect;
    }

    public boolean isFetchOutput() {
        return fetchOutput;
    }

    public void setFetchOutput(boolean fetchOutput) {
        this.fetchOutput = fetchOutput;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public long getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(long readTimeout) {
        this.readTimeout = readTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(long maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    public CartoHttpEngine getHttpEngine() {
        return httpEngine;
    }

    public void setHttpEngine(CartoHttpEngine httpEngine) {
        this.httpEngine = httpEngine;
    }

    public HttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(HttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public boolean isOverwrite() {
        return overwrite;
    }

    public void setOverwrite(boolean overwrite) {
        this.overwrite = overwrite;
    }

    public boolean isAutoguessing() {
        return autoguessing;
    }

    public void setAutoguessing(boolean autoguessing) {
        this.autoguessing = autoguessing;
    }

    public boolean isCheckFormat() {
        return checkFormat;
    }

    public void setCheckFormat(boolean checkFormat) {
        this.checkFormat = checkFormat;
    }

    public Boolean getTypeGuessing() {
        return typeGuessing;
    }

    public void setTypeGuessing(Boolean typeGuessing) {
        this.typeGuessing = typeGuessing;
    }

    public Boolean getQuotedFieldsGuessing() {
        return quotedFieldsGuessing;
    }

    public void setQuotedFieldsGuessing(Boolean quotedFieldsGuessing) {
        this.quotedFieldsGuessing = quotedFieldsGuessing;
    }

    public Boolean getContentGuessing() {
        return contentGuessing;
    }

    public void setContentGuessing(Boolean contentGuessing) {
        this.contentGuessing = contentGuessing;
    }

    public Boolean getCreateVisualization() {
        return createVisualization;
    }

    public void setCreateVisualization(Boolean createVisualization) {
        this.createVisualization = createVisualization;
    }

    public String getCollisionStrategy() {
        return collisionStrategy;
    }

    public void setCollisionStrategy(String collisionStrategy) {
        this.collisionStrategy = collisionStrategy;
    }

    public CartoJobsEmitOn getEmitOn() {
        return emitOn;
    }

    public void setEmitOn(CartoJobsEmitOn emitOn) {
        this.emitOn = emitOn;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public String getJobTag() {
        return jobTag;
    }

    public void setJobTag(String jobTag) {
        this.jobTag = jobTag;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getJobIds() {
        return jobIds;
    }

    public void setJobIds(String jobIds) {
        this.jobIds = jobIds;
    }

    public long getLookback() {
        return lookback;
    }

    public void setLookback(long lookback) {
        this.lookback = lookback;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public Long getDelay() {
        return delay;
    }

    public void setDelay(Long delay) {
        this.delay = delay;
    }

    public CartoLdsOperation getLdsOperation() {
        return ldsOperation;
    }

    public void setLdsOperation(CartoLdsOperation ldsOperation) {
        this.ldsOperation = ldsOperation;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public Double getLat() {
        return lat;
    }

    public void setLat(Double lat) {
        this.lat = lat;
    }

    public Double getLon() {
        return lon;
    }

    public void setLon(Double lon) {
        this.lon = lon;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getLdsDestination() {
        return ldsDestination;
    }

    public void setLdsDestination(String ldsDestination) {
        this.ldsDestination = ldsDestination;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getRange() {
        return range;
    }

    public void setRange(String range) {
        this.range = range;
    }

    public String getRangeType() {
        return rangeType;
    }

    public void setRangeType(String rangeType) {
        this.rangeType = rangeType;
    }

    public String getWaypoints() {
        return waypoints;
    }

    public void setWaypoints(String waypoints) {
        this.waypoints = waypoints;
    }

    public CartoApiVersion getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(CartoApiVersion apiVersion) {
        this.apiVersion = apiVersion;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public CartoApiKeyMode getApiKeyMode() {
        return apiKeyMode;
    }

    public void setApiKeyMode(CartoApiKeyMode apiKeyMode) {
        this.apiKeyMode = apiKeyMode;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getFilename() {
        return filename;
    }

    public void setFilename(String filename) {
        this.filename = filename;
    }

    public String getSkipfields() {
        return skipfields;
    }

    public void setSkipfields(String skipfields) {
        this.skipfields = skipfields;
    }

    public Integer getDp() {
        return dp;
    }

    public void setDp(Integer dp) {
        this.dp = dp;
    }

    public CartoCompression getCompression() {
        return compression;
    }

    public void setCompression(CartoCompression compression) {
        this.compression = compression;
    }
}
