package io.github.camelcarto.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.github.camelcarto.local.engine.H2GisEngine;
import io.github.camelcarto.local.engine.PostgisEngine;
import io.github.camelcarto.local.engine.SqlEngine;
import io.github.camelcarto.local.http.ErrorStyle;
import io.github.camelcarto.local.http.NoDelay;
import io.github.camelcarto.local.http.Route;
import io.github.camelcarto.local.http.Router;
import io.github.camelcarto.local.imports.Importer;
import io.github.camelcarto.local.jobs.JobRunner;
import io.github.camelcarto.local.lds.Gazetteer;
import io.github.camelcarto.local.lds.LdsEndpoint;
import io.github.camelcarto.local.lds.Place;
import io.github.camelcarto.local.limits.FaultInjector;
import io.github.camelcarto.local.limits.RateLimiter;
import io.github.camelcarto.local.jobs.JobStore;
import io.github.camelcarto.local.v2.CopyEndpoint;
import io.github.camelcarto.local.v2.StatementTimeouts;
import io.github.camelcarto.local.v2.V2Auth;
import io.github.camelcarto.local.v2.V2JobEndpoint;
import io.github.camelcarto.local.v2.V2SqlEndpoint;
import io.github.camelcarto.local.v3.Connections;
import io.github.camelcarto.local.v3.ImportEndpoint;
import io.github.camelcarto.local.v3.SqlJobEndpoint;
import io.github.camelcarto.local.v3.SqlQueryEndpoint;
import io.github.camelcarto.local.v3.V3Auth;
import io.github.camelcarto.local.workflows.WorkflowRegistry;

/**
 * A running local CARTO: an HTTP server on loopback speaking CARTO's SQL, jobs, workflows, imports and legacy v2
 * APIs over an embedded H2GIS database (or an external PostGIS). Start it with {@link #start(CartoLocalConfig)}, point
 * a CARTO client at {@link #baseUrl()} with {@link #accessToken()}, and {@link #close()} it when done.
 */
public final class CartoLocal implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CartoLocal.class.getName());

    static {
        // before this class can create the JDK server: the embedded server, the extension and the standalone jar
        NoDelay.enable();
    }

    private final CartoLocalConfig config;
    private final SqlEngine engine;
    private final WorkflowRegistry workflows;
    private final Gazetteer gazetteer;
    private final JobRunner jobs;
    /** v2 Batch jobs run one at a time, as CARTO runs a user's jobs. */
    private final JobRunner v2Jobs;
    private final HttpServer server;
    private final ExecutorService httpThreads;

    private CartoLocal(CartoLocalConfig config, SqlEngine engine) throws IOException {
        this.config = config;
        this.engine = engine;
        this.workflows = new WorkflowRegistry();
        if (config.workflowsDir() != null) {
            workflows.registerFolder(config.workflowsDir());
        }
        this.gazetteer = new Gazetteer();
        config.addresses().forEach(gazetteer::register);
        if (config.gazetteerFile() != null) {
            Gazetteer.read(config.gazetteerFile()).forEach(gazetteer::register);
        }
        this.jobs = new JobRunner(new JobStore(config.dataDir() == null ? null : config.dataDir().resolve("jobs")),
                config.jobThreads(), new JobErrors(engine));
        this.v2Jobs = new JobRunner(jobs.store(), 1, new JobErrors(engine));
        V3Auth v3Auth = new V3Auth(config.token());
        Connections connections = new Connections(config.connections());
        Router router = new Router(config.logRequests())
                .gate(new FaultInjector(config.latencyMillis(), config.failureRatio()))
                .gate(new RateLimiter(config.defaultRateLimit(), config.rateLimits(), System::nanoTime));
        SqlQueryEndpoint query = new SqlQueryEndpoint(engine, v3Auth, connections, config.maxQueryRows(), workflows,
                config.queryCache());
        SqlJobEndpoint sqlJobs = new SqlJobEndpoint(engine, v3Auth, connections, jobs, workflows);
        ImportEndpoint imports = new ImportEndpoint(v3Auth, connections, jobs, new Importer(engine),
                config.maxConcurrentImports());
        router.add(Route.of("GET", "/health", ErrorStyle.V3, null,
                call -> call.respondJson(200, Map.of("status", "ok", "engine", engine.name()))));
        router.add(Route.of("GET", "/v3/sql/([^/]+)/query", ErrorStyle.V3, "query", query::handle));
        router.add(Route.of("POST", "/v3/sql/([^/]+)/query", ErrorStyle.V3, "query", query::handle));
        router.add(Route.of("GET", "/v3/sql/jobs", ErrorStyle.V3, "job_get", sqlJobs::list));
        router.add(Route.of("POST", "/v3/sql/([^/]+)/job", ErrorStyle.V3, "job_create", sqlJobs::create));
        router.add(Route.of("GET", "/v3/sql/([^/]+)/job", ErrorStyle.V3, "job_create", sqlJobs::create));
        router.add(Route.of("GET", "/v3/sql/([^/]+)/job/([^/]+)", ErrorStyle.V3, "job_get", sqlJobs::read));
        router.add(Route.of("DELETE", "/v3/sql/([^/]+)/job/([^/]+)", ErrorStyle.V3, "job_delete", sqlJobs::cancel));
        router.add(Route.of("POST", "/v3/imports", ErrorStyle.V3, "imports", imports::create));
        router.add(Route.of("GET", "/v3/imports", ErrorStyle.V3, "imports", imports::list));
        router.add(Route.of("GET", "/v3/imports/([^/]+)", ErrorStyle.V3, "imports", imports::read));
        router.add(Route.of("POST", "/v3/imports/([^/]+)/cancel", ErrorStyle.V3, "imports", imports::cancel));
        LdsEndpoint lds = new LdsEndpoint(v3Auth, gazetteer);
        router.add(Route.of("GET", "/v3/lds/geocoding/geocode", ErrorStyle.V3, "lds", lds::geocode));
        router.add(Route.of("GET", "/v3/lds/geocoding/reverse", ErrorStyle.V3, "lds", lds::reverse));
        router.add(Route.of("POST", "/v3/lds/geocoding/batch", ErrorStyle.V3, "lds", lds::batch));
        router.add(Route.of("GET", "/v3/lds/isolines", ErrorStyle.V3, "lds", lds::isolines));
        router.add(Route.of("GET", "/v3/lds/routing", ErrorStyle.V3, "lds", lds::routing));
        addV2Routes(router, new V2Auth(config.user(), config.apiKey(), config.regularApiKeys()));

        this.server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 64);
        this.httpThreads = Executors.newFixedThreadPool(config.httpThreads(), named("carto-local-http"));
        server.setExecutor(httpThreads);
        server.createContext("/", router);
        server.start();
    }

    /** SQL API v2 under both URL forms, {@code /api/v2/sql...} and {@code /user/{user}/api/v2/sql...}. */
    private void addV2Routes(Router router, V2Auth auth) {
        String prefix = "(?:/user/([^/]+))?/api/v[12]/sql";
        V2SqlEndpoint sql = new V2SqlEndpoint(engine, auth,
                new StatementTimeouts(config.statementTimeout(), config.publicStatementTimeout()));
        V2JobEndpoint batch = new V2JobEndpoint(engine, auth, v2Jobs);
        CopyEndpoint copy = new CopyEndpoint(engine, auth);
        router.add(Route.of("GET", prefix, ErrorStyle.V2, "query", sql::handle));
        router.add(Route.of("POST", prefix, ErrorStyle.V2, "query", sql::handle));
        router.add(Route.of("POST", prefix + "/job", ErrorStyle.V2, "job_create", batch::create));
        router.add(Route.of("GET", prefix + "/job/([^/]+)", ErrorStyle.V2, "job_get", batch::read));
        router.add(Route.of("DELETE", prefix + "/job/([^/]+)", ErrorStyle.V2, "job_delete", batch::cancel));
        router.add(Route.of("POST", prefix + "/copyfrom", ErrorStyle.V2, "copy_from", copy::copyFrom));
        router.add(Route.of("GET", prefix + "/copyto", ErrorStyle.V2, "copy_to", copy::copyTo));
        router.add(Route.of("POST", prefix + "/copyto", ErrorStyle.V2, "copy_to", copy::copyTo));
    }

    /** Starts a server; it listens when this returns. */
    public static CartoLocal start(CartoLocalConfig config) {
        SqlEngine engine = config.jdbcUrl() == null ? H2GisEngine.open(config.dataDir())
                : new PostgisEngine(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
        try {
            CartoLocal local = new CartoLocal(config, engine);
            LOG.log(System.Logger.Level.INFO, "carto-local listening on {0} ({1} engine)", local.baseUrl(), engine.name());
            return local;
        } catch (IOException | RuntimeException e) {
            engine.close();
            throw e instanceof IOException io ? new UncheckedIOException("Could not start carto-local: " + e.getMessage(), io)
                    : (RuntimeException) e;
        }
    }

    /** {@code http://127.0.0.1:PORT}: the CARTO 3 API base URL. */
    public String baseUrl() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port();
    }

    /** The SQL API v2 base URL, path form: {@code http://127.0.0.1:PORT/user/USER}. */
    public String v2BaseUrl() {
        return baseUrl() + "/user/" + config.user();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The CARTO 3 Bearer token the server accepts. */
    public String accessToken() {
        return config.token();
    }

    /** The SQL API v2 user name. */
    public String user() {
        return config.user();
    }

    /** The SQL API v2 (master) API key. */
    public String apiKey() {
        return config.apiKey();
    }

    public CartoLocalConfig config() {
        return config;
    }

    /** A JDBC connection to the engine, for seeding or checking data in tests; the caller closes it. */
    public Connection openConnection() throws SQLException {
        return engine.open();
    }

    /** Runs SQL directly on the engine (no CARTO dialect rewriting), e.g. to create test tables. */
    public void execute(String sql) {
        try (Connection connection = engine.open(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(engine.errorMessage(e), e);
        }
    }

    /**
     * Registers (or replaces) a workflow: {@code CALL `any.dataset.NAME`(@a, @b)} on /job or /query then runs the SQL
     * script with those parameters. The script writes its result into {@code {{output_table}}}; a line
     * {@code -- parameters: x, y} names the procedure's parameters, else the script uses the CALL's own names.
     */
    public void registerWorkflow(String name, String sql) {
        workflows.register(name, sql);
    }

    /**
     * Registers an address for LDS geocoding; see {@link CartoLocalConfig.Builder#address}.
     *
     * @param country ISO 3166-1 alpha-2 code, or null to match any country
     */
    public void registerAddress(String address, String country, double longitude, double latitude) {
        gazetteer.register(new Place(address, country, longitude, latitude));
    }

    @Override
    public void close() {
        server.stop(0);
        // no interrupts: an interrupted thread inside H2 file I/O would close the database's file channel
        httpThreads.shutdown();
        jobs.close();
        v2Jobs.close();
        engine.close();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
