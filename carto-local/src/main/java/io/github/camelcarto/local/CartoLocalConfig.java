package io.github.camelcarto.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.camelcarto.local.engine.TableGrant;
import io.github.camelcarto.local.lds.Place;
import io.github.camelcarto.local.limits.RateLimit;

/**
 * How to start a {@link CartoLocal}. Defaults: loopback on a random free port, in-memory H2GIS (nothing persists),
 * token {@value #DEFAULT_TOKEN}, v2 user {@value #DEFAULT_USER} with master API key {@value #DEFAULT_API_KEY} and no
 * regular keys, connections {@code carto_dw} and {@code local}, no statement timeouts, no rate limits, no injected
 * faults.
 */
public final class CartoLocalConfig {

    public static final String DEFAULT_TOKEN = "carto-local-token";
    public static final String DEFAULT_USER = "local";
    public static final String DEFAULT_API_KEY = "carto-local-api-key";
    public static final List<String> DEFAULT_CONNECTIONS = List.of("carto_dw", "local");

    private final String host;
    private final int port;
    private final Path dataDir;
    private final String token;
    private final String user;
    private final String apiKey;
    private final Map<String, List<TableGrant>> regularApiKeys;
    private final Duration statementTimeout;
    private final Duration publicStatementTimeout;
    private final Set<String> connections;
    private final String jdbcUrl;
    private final String jdbcUser;
    private final String jdbcPassword;
    private final Path workflowsDir;
    private final int httpThreads;
    private final int jobThreads;
    private final int maxConcurrentImports;
    private final int maxQueryRows;
    private final RateLimit defaultRateLimit;
    private final Map<String, RateLimit> rateLimits;
    private final long latencyMillis;
    private final double failureRatio;
    private final boolean logRequests;
    private final boolean queryCache;
    private final List<Place> addresses;
    private final Path gazetteerFile;

    private CartoLocalConfig(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.dataDir = b.dataDir;
        this.token = b.token;
        this.user = b.user;
        this.apiKey = b.apiKey;
        this.regularApiKeys = Map.copyOf(b.regularApiKeys);
        this.statementTimeout = b.statementTimeout;
        this.publicStatementTimeout = b.publicStatementTimeout;
        this.connections = Set.copyOf(b.connections);
        this.jdbcUrl = b.jdbcUrl;
        this.jdbcUser = b.jdbcUser;
        this.jdbcPassword = b.jdbcPassword;
        this.workflowsDir = b.workflowsDir;
        this.httpThreads = b.httpThreads;
        this.jobThreads = b.jobThreads;
        this.maxConcurrentImports = b.maxConcurrentImports;
        this.maxQueryRows = b.maxQueryRows;
        this.defaultRateLimit = b.defaultRateLimit;
        this.rateLimits = Map.copyOf(b.rateLimits);
        this.latencyMillis = b.latencyMillis;
        this.failureRatio = b.failureRatio;
        this.logRequests = b.logRequests;
        this.queryCache = b.queryCache;
        this.addresses = List.copyOf(b.addresses);
        this.gazetteerFile = b.gazetteerFile;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All defaults: what {@code CartoLocal.start(CartoLocalConfig.defaults())} runs. */
    public static CartoLocalConfig defaults() {
        return builder().build();
    }

    public String host() { return host; }
    public int port() { return port; }
    /** Null: in memory, nothing survives {@link CartoLocal#close()}. */
    public Path dataDir() { return dataDir; }
    public String token() { return token; }
    public String user() { return user; }
    /** The SQL API v2 master key. */
    public String apiKey() { return apiKey; }
    /** SQL API v2 regular API keys and the table grants of each. */
    public Map<String, List<TableGrant>> regularApiKeys() { return regularApiKeys; }
    /** Null: v2 queries with an API key run without a time limit. */
    public Duration statementTimeout() { return statementTimeout; }
    /** Null: v2 queries without an API key (the public role) run without a time limit. */
    public Duration publicStatementTimeout() { return publicStatementTimeout; }
    public Set<String> connections() { return connections; }
    /** Null: the embedded H2GIS engine. */
    public String jdbcUrl() { return jdbcUrl; }
    public String jdbcUser() { return jdbcUser; }
    public String jdbcPassword() { return jdbcPassword; }
    public Path workflowsDir() { return workflowsDir; }
    public int httpThreads() { return httpThreads; }
    public int jobThreads() { return jobThreads; }
    public int maxConcurrentImports() { return maxConcurrentImports; }
    public int maxQueryRows() { return maxQueryRows; }
    /** Null: no rate limit unless {@link #rateLimits()} names the group. */
    public RateLimit defaultRateLimit() { return defaultRateLimit; }
    /** Limits by endpoint group: query, job_create, job_get, job_delete, copy_from, copy_to, imports, lds. */
    public Map<String, RateLimit> rateLimits() { return rateLimits; }
    public long latencyMillis() { return latencyMillis; }
    public double failureRatio() { return failureRatio; }
    /** Whether each request is logged at INFO (standalone) rather than DEBUG (embedded in an app or a test). */
    public boolean logRequests() { return logRequests; }
    /** Whether GET query answers are cached by URL, as CARTO's CDN caches them. */
    public boolean queryCache() { return queryCache; }
    /** Addresses LDS geocoding knows, besides those of {@link #gazetteerFile()}. */
    public List<Place> addresses() { return addresses; }
    /** Null: no gazetteer file. */
    public Path gazetteerFile() { return gazetteerFile; }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private Path dataDir;
        private String token = DEFAULT_TOKEN;
        private String user = DEFAULT_USER;
        private String apiKey = DEFAULT_API_KEY;
        private final Map<String, List<TableGrant>> regularApiKeys = new LinkedHashMap<>();
        private Duration statementTimeout;
        private Duration publicStatementTimeout;
        private final Set<String> connections = new LinkedHashSet<>(DEFAULT_CONNECTIONS);
        private String jdbcUrl;
        private String jdbcUser;
        private String jdbcPassword;
        private Path workflowsDir;
        private int httpThreads = 8;
        private int jobThreads = 4;
        private int maxConcurrentImports = 5;
        private int maxQueryRows = 200_000;
        private RateLimit defaultRateLimit;
        private final Map<String, RateLimit> rateLimits = new LinkedHashMap<>();
        private long latencyMillis;
        private double failureRatio;
        private boolean logRequests;
        private boolean queryCache = true;
        private final List<Place> addresses = new ArrayList<>();
        private Path gazetteerFile;

        private Builder() {
        }

        /** The address to bind; keep the loopback default unless other machines must reach the server. */
        public Builder host(String host) { this.host = Objects.requireNonNull(host); return this; }
        /** 0 picks a free port. */
        public Builder port(int port) { this.port = port; return this; }
        public Builder dataDir(Path dataDir) { this.dataDir = dataDir; return this; }
        public Builder token(String token) { this.token = Objects.requireNonNull(token); return this; }
        public Builder user(String user) { this.user = Objects.requireNonNull(user); return this; }
        /** The SQL API v2 master key: all tables, Batch jobs. */
        public Builder apiKey(String apiKey) { this.apiKey = Objects.requireNonNull(apiKey); return this; }
        /**
         * A SQL API v2 regular API key: its queries and COPYs run as a role of its own that holds only these grants
         * (renewed on each request, so tables created later are covered); Batch jobs refuse it, as CARTO does.
         */
        public Builder regularApiKey(String key, TableGrant... grants) {
            if (Objects.requireNonNull(key).equals(apiKey)) {
                throw new IllegalArgumentException("A regular API key cannot be the master key");
            }
            regularApiKeys.put(key, List.of(grants));
            return this;
        }
        /** Cancels v2 queries made with an API key after this long, answering CARTO's 429 timeout error. */
        public Builder statementTimeout(Duration timeout) { this.statementTimeout = positive(timeout); return this; }
        /** Cancels v2 queries made without an API key after this long; CARTO's public role has a short timeout. */
        public Builder publicStatementTimeout(Duration timeout) { this.publicStatementTimeout = positive(timeout); return this; }
        /** Adds a connection name to the defaults (carto_dw, local). */
        public Builder connection(String name) { connections.add(Objects.requireNonNull(name)); return this; }
        /** An external engine instead of H2GIS, e.g. jdbc:postgresql://localhost/carto with PostGIS installed. */
        public Builder jdbc(String url, String user, String password) {
            this.jdbcUrl = url;
            this.jdbcUser = user;
            this.jdbcPassword = password;
            return this;
        }
        /** Registers every {@code name.sql} in the folder as workflow {@code name} at start. */
        public Builder workflowsDir(Path dir) { this.workflowsDir = dir; return this; }
        public Builder httpThreads(int threads) { this.httpThreads = positive(threads, "httpThreads"); return this; }
        public Builder jobThreads(int threads) { this.jobThreads = positive(threads, "jobThreads"); return this; }
        public Builder maxConcurrentImports(int max) { this.maxConcurrentImports = positive(max, "maxConcurrentImports"); return this; }
        /** CARTO 3 cuts synchronous query results at 200,000 rows. */
        public Builder maxQueryRows(int max) { this.maxQueryRows = positive(max, "maxQueryRows"); return this; }
        /** The limit of every endpoint group that has no limit of its own. */
        public Builder rateLimit(RateLimit limit) { this.defaultRateLimit = limit; return this; }
        public Builder rateLimit(String group, RateLimit limit) { rateLimits.put(group, limit); return this; }
        /** Delays every API request by this many milliseconds. */
        public Builder latencyMillis(long millis) {
            if (millis < 0) {
                throw new IllegalArgumentException("latencyMillis must not be negative");
            }
            this.latencyMillis = millis;
            return this;
        }
        /** The share of API requests (0.0 to 1.0) answered with an injected 503. */
        public Builder failureRatio(double ratio) {
            if (ratio < 0 || ratio > 1) {
                throw new IllegalArgumentException("failureRatio must be between 0 and 1");
            }
            this.failureRatio = ratio;
            return this;
        }

        /** Log each request at INFO; off by default, so an embedding app's log is not flooded (DEBUG shows them). */
        public Builder logRequests(boolean logRequests) {
            this.logRequests = logRequests;
            return this;
        }

        /**
         * Cache GET {@code /v3/sql/{connection}/query} answers by URL, as CARTO's CDN does for up to a year (on by
         * default, so that a client reading stale rows or skipping DML with GET is caught here too). POST is never
         * cached.
         */
        public Builder queryCache(boolean cache) {
            this.queryCache = cache;
            return this;
        }

        /**
         * Registers an address for the LDS geocoding endpoints (which have no provider offline): geocoding it answers
         * these coordinates, reverse geocoding near them answers it.
         *
         * @param country ISO 3166-1 alpha-2 code, or null to match any country
         */
        public Builder address(String address, String country, double longitude, double latitude) {
            addresses.add(new Place(address, country, longitude, latitude));
            return this;
        }

        /** A CSV file of addresses for LDS geocoding, with the header {@code address,country,longitude,latitude}. */
        public Builder gazetteer(Path csvFile) { this.gazetteerFile = csvFile; return this; }

        public CartoLocalConfig build() {
            return new CartoLocalConfig(this);
        }

        private static Duration positive(Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("A statement timeout must be positive");
            }
            return timeout;
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1");
            }
            return value;
        }
    }
}
