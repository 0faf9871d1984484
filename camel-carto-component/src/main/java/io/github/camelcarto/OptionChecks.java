package io.github.camelcarto;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.client.QueryMethod;
import io.github.camelcarto.client.QueryParameters;
import io.github.camelcarto.client.WaitOptions;
import io.github.camelcarto.client.http.CartoRequest;
import io.github.camelcarto.client.http.Json;
import io.github.camelcarto.client.v2.V2BaseUrl;
import io.github.camelcarto.client.v2.V2QueryOptions;
import org.apache.camel.CamelContext;
import org.apache.camel.Expression;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.util.IOHelper;

/**
 * Checks an endpoint's options when the endpoint is created, so that a wrong URI fails when the route starts rather
 * than at the first message, and resolves what they refer to: the SQL of a file, the JSON of queryParameters, the
 * wait settings. Every message names the endpoint kind, the option and how to fix it, never a secret.
 */
final class OptionChecks {

    private final CartoEndpointKind kind;
    private final CartoConfiguration configuration;
    private final boolean v2;

    private OptionChecks(CartoEndpointKind kind, CartoConfiguration configuration) {
        this.kind = kind;
        this.configuration = configuration;
        this.v2 = configuration.getApiVersion() == CartoApiVersion.v2;
    }

    /** @throws IllegalArgumentException naming the option that is missing or wrong */
    static ResolvedOptions check(CartoEndpoint endpoint) {
        OptionChecks checks = new OptionChecks(endpoint.endpointKind(), endpoint.getConfiguration());
        checks.checkSchedulerOptionsOnlyOnTheConsumer(endpoint);
        return checks.check(endpoint.getCamelContext());
    }

    private ResolvedOptions check(CamelContext context) {
        CartoJobOperation jobOperation = kind == CartoEndpointKind.JOB ? jobOperation() : null;
        CartoLdsOperation ldsOperation = null;
        Map<String, Object> ldsProviderOptions = null;
        if (v2) {
            checkV2(jobOperation);
        } else {
            ldsProviderOptions = checkV3(jobOperation);
            ldsOperation = kind == CartoEndpointKind.LDS ? ldsOperation() : null;
        }
        checkPathSegments();
        String sql = loadSql(context, configuration.getSql());
        QueryParameters parameters = parseParameters(configuration.getQueryParameters());
        if (configuration.getReadTimeout() <= 0) {
            throw new IllegalArgumentException(name() + ": readTimeout must be more than 0 ms, was "
                                               + configuration.getReadTimeout() + " (without it a stalled answer "
                                               + "would hold the exchange for ever)");
        }
        if (configuration.getMaxRetries() < 0) {
            throw new IllegalArgumentException(name() + ": maxRetries must be 0 or more, was "
                                               + configuration.getMaxRetries());
        }
        QueryMethod method = queryMethod();
        return new ResolvedOptions(sql, parameters, method, waitOptions(), v2 ? v2QueryOptions(method) : null,
                jobOperation, ldsOperation, ldsProviderOptions, idempotencyKey(context));
    }

    /**
     * The idempotencyKey option as a simple expression, on the kinds that submit jobs. A text without {@code ${...}}
     * would give every message the same key, so every message after the first would take the first's job: refused.
     */
    private Expression idempotencyKey(CamelContext context) {
        String text = configuration.getIdempotencyKey();
        if (isBlank(text) || !kind.submitsJobs()) {
            return null;
        }
        if (v2) {
            throw new IllegalArgumentException(name() + ": idempotencyKey works on CARTO 3 (carto:job, carto:workflow, "
                                               + "carto:import), not with apiVersion=v2");
        }
        if (!text.contains("${")) {
            throw new IllegalArgumentException(name() + ": idempotencyKey=" + text + " is the same for every message, "
                                               + "so every message after the first would take the first one's job: give "
                                               + "an expression such as ${header.JMSMessageID}, or set header "
                                               + CartoConstants.IDEMPOTENCY_KEY + " per message");
        }
        try {
            Expression expression = context.resolveLanguage("simple").createExpression(text);
            expression.init(context);
            return expression;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name() + ": idempotencyKey=" + text + " is not a valid simple expression: "
                                               + e.getMessage(), e);
        }
    }

    /**
     * POST unless the route asks for GET: CARTO's CDN caches a GET query for up to a year, so a GET may return stale
     * rows or skip DML (carto-api.md, Appendix B). CARTO 2's SQL API marks its answers for revalidation and keeps auto.
     */
    private QueryMethod queryMethod() {
        QueryMethod method = configuration.getMethod() != null ? configuration.getMethod()
                : v2 ? QueryMethod.auto : QueryMethod.post;
        if (kind == CartoEndpointKind.QUERY && !isBlank(configuration.getCacheControl()) && method == QueryMethod.post) {
            throw new IllegalArgumentException(name() + ": cacheControl only matters for GET, and this endpoint sends "
                                               + "its SQL by POST, which CARTO never caches (POST is the default): set "
                                               + "method=get (or auto) to read through CARTO's cache, or drop cacheControl");
        }
        return method;
    }

    private CartoJobOperation jobOperation() {
        String operation = configuration.getOperation();
        return isBlank(operation) ? CartoJobOperation.submit : CartoJobOperation.parse(operation, name() + ": option operation");
    }

    /** operation, the option every kind shares, or ldsOperation, its older alias; never two different calls. */
    private CartoLdsOperation ldsOperation() {
        String operation = configuration.getOperation();
        CartoLdsOperation alias = configuration.getLdsOperation();
        if (isBlank(operation) && alias == null) {
            throw new IllegalArgumentException("carto:lds needs option operation (geocode, reverseGeocode, batchGeocode, "
                                               + "isolines or routing), e.g. carto:lds?operation=geocode");
        }
        CartoLdsOperation chosen = isBlank(operation) ? alias : CartoLdsOperation.parse(operation, name() + ": option operation");
        if (alias != null && alias != chosen) {
            throw new IllegalArgumentException(name() + ": ldsOperation is an alias of operation, but they name different "
                                               + "calls (operation=" + operation + ", ldsOperation=" + alias + "): keep "
                                               + "only operation");
        }
        return chosen;
    }

    /** @return carto:lds's options option parsed as provider options; null when unset or on other kinds */
    private Map<String, Object> checkV3(CartoJobOperation jobOperation) {
        requireCredentials();
        if (kind == CartoEndpointKind.COPYFROM || kind == CartoEndpointKind.COPYTO) {
            throw new IllegalArgumentException(name() + " is CARTO 2's COPY: set apiVersion=v2 (with apiKey and the "
                                               + "user's apiBaseUrl)");
        }
        require(configuration.getApiBaseUrl(), "apiBaseUrl", "e.g. " + CartoConfiguration.DEFAULT_API_BASE_URL);
        checkBaseUrl(configuration.getApiBaseUrl());
        boolean listsJobs = jobOperation == CartoJobOperation.list;
        if (kind == CartoEndpointKind.JOBS && isBlank(configuration.getConnection())) {
            throw new IllegalArgumentException("carto:jobs needs option connection: CARTO 3 reads a job's status only "
                                               + "through a connection name (GET /v3/sql/{connection}/job/{id}), and "
                                               + "its jobs listing names connections by id (connectionId) only; e.g. "
                                               + "carto:jobs?connection=carto_dw");
        }
        if (!listsJobs && !kind.connectionFromMessage()) {
            require(configuration.getConnection(), "connection", "the name of a CARTO connection, e.g. carto_dw");
        }
        if ((kind == CartoEndpointKind.JOBS || listsJobs) && configuration.getLookback() <= 0) {
            throw new IllegalArgumentException(name() + ": lookback must be positive, was " + configuration.getLookback()
                                               + " ms");
        }
        if (kind == CartoEndpointKind.WORKFLOW) {
            require(configuration.getProcedure(), "procedure", "the workflow's stored procedure as shown in its API dialog");
            try {
                configuration.getDialect().quote(configuration.getProcedure());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name() + ": option procedure: " + e.getMessage()
                                                   + " (option dialect=" + configuration.getDialect() + ")", e);
            }
        }
        if (kind == CartoEndpointKind.LDS) {
            if (configuration.getDestination() != null) {
                throw new IllegalArgumentException("carto:lds takes where a route ends as option ldsDestination; "
                                                   + "destination is carto:import's table");
            }
            return LdsInputs.checkOptions(configuration);
        }
        return null;
    }

    private void checkV2(CartoJobOperation jobOperation) {
        require(configuration.getApiKey(), "apiKey",
                "apiVersion=v2 authenticates with a CARTO 2 API key, e.g. camel.component.carto.apiKey={{carto.apiKey}}");
        require(configuration.getApiBaseUrl(), "apiBaseUrl", "https://{user}.carto.com or https://host/user/{user}");
        if (CartoConfiguration.DEFAULT_API_BASE_URL.equals(configuration.getApiBaseUrl())) {
            throw new IllegalArgumentException(name() + " with apiVersion=v2 needs apiBaseUrl set to the CARTO user's "
                                               + "URL: https://{user}.carto.com or https://host/user/{user}");
        }
        checkBaseUrl(configuration.getApiBaseUrl());
        if (kind == CartoEndpointKind.WORKFLOW) {
            throw new IllegalArgumentException("carto:workflow runs CARTO 3 Workflows and does not exist with "
                                               + "apiVersion=v2: use carto:job");
        }
        if (kind == CartoEndpointKind.LDS) {
            throw new IllegalArgumentException("carto:lds is CARTO 3's Location Data Services and does not exist with "
                                               + "apiVersion=v2");
        }
        if (kind == CartoEndpointKind.JOBS && isBlank(configuration.getJobIds())) {
            throw new IllegalArgumentException("carto:jobs with apiVersion=v2 needs option jobIds: CARTO 2's Batch API "
                                               + "cannot list jobs, so the consumer watches the ids you give it");
        }
        if (jobOperation == CartoJobOperation.list) {
            throw new IllegalArgumentException("carto:job operation=list does not exist with apiVersion=v2: CARTO 2's "
                                               + "Batch API cannot list jobs, keep the ids of the jobs you submit");
        }
        if (configuration.getApiKeyMode() != CartoApiKeyMode.parameter
            && V2BaseUrl.userOf(V2BaseUrl.of(configuration.getApiBaseUrl())) == null) {
            throw new IllegalArgumentException(name() + ": apiKeyMode=basic needs the CARTO user in apiBaseUrl "
                                               + "(https://{user}.carto.com or https://host/user/{user}), but '"
                                               + withoutQuery(configuration.getApiBaseUrl()) + "' names none; add "
                                               + "/user/{user} or set apiKeyMode=parameter");
        }
    }

    /** Values that become segments of CARTO's URL paths, which {@code .} and {@code ..} would redirect. */
    private void checkPathSegments() {
        if (!v2 && !isBlank(configuration.getConnection())) {
            checkPathSegment(configuration.getConnection(), "connection", "connection");
        }
        if (!isBlank(configuration.getJobIds())) {
            for (String id : configuration.getJobIds().split(",")) {
                checkPathSegment(id.strip(), "jobIds", "job id");
            }
        }
    }

    private void checkPathSegment(String value, String option, String what) {
        if (value.isEmpty()) {
            return;
        }
        try {
            CartoRequest.segment(value, what);
        } catch (IllegalArgumentException dotSegment) {
            throw new IllegalArgumentException(name() + ": option " + option + ": " + dotSegment.getMessage(),
                    dotSegment);
        }
    }

    /**
     * Camel's backoffMultiplier is the scheduler's, and only carto:jobs has a scheduler; on the other kinds it would be
     * ignored, most likely by a route written when this component's poll backoff still had that name.
     */
    private void checkSchedulerOptionsOnlyOnTheConsumer(CartoEndpoint endpoint) {
        if (kind != CartoEndpointKind.JOBS && endpoint.getBackoffMultiplier() > 0) {
            throw new IllegalArgumentException(name() + ": backoffMultiplier is Camel's scheduler option of carto:jobs; "
                                               + "the backoff between a job's status polls is pollBackoffMultiplier");
        }
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
            throw new IllegalArgumentException(name() + " needs both clientId and clientSecret (the M2M OAuth "
                                               + "application's credentials), but only "
                                               + (clientId ? "clientId" : "clientSecret") + " is set");
        }
        require(configuration.getAccessToken(), "accessToken",
                "a CARTO API Access Token, e.g. camel.component.carto.accessToken={{carto.token}}, or clientId and "
                + "clientSecret of an M2M OAuth application");
    }

    private void checkBaseUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name() + ": apiBaseUrl '" + withoutQuery(url) + "' is not a valid URL", e);
        }
        if (uri.getScheme() == null || uri.getHost() == null
            || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException(name() + ": apiBaseUrl '" + withoutQuery(url) + "' must be an absolute "
                                               + "http(s) URL such as " + CartoConfiguration.DEFAULT_API_BASE_URL);
        }
        if (uri.getQuery() != null) {
            throw new IllegalArgumentException(name() + ": apiBaseUrl must not carry a query string; pass "
                                               + "credentials with accessToken");
        }
    }

    private WaitOptions waitOptions() {
        try {
            return new WaitOptions(Duration.ofMillis(configuration.getPollInterval()),
                    Duration.ofMillis(configuration.getMaxPollInterval()), configuration.getPollBackoffMultiplier(),
                    Duration.ofMillis(configuration.getWaitTimeout()), configuration.isCancelOnTimeout());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name() + ": " + e.getMessage(), e);
        }
    }

    private V2QueryOptions v2QueryOptions(QueryMethod method) {
        try {
            return new V2QueryOptions(configuration.getFormat(), configuration.getFilename(), configuration.getSkipfields(),
                    configuration.getDp(), method, configuration.getCompression() != CartoCompression.none);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name() + ": " + e.getMessage(), e);
        }
    }

    private String loadSql(CamelContext context, String sql) {
        if (sql == null || !ResourceHelper.hasScheme(sql)) {
            return sql;
        }
        String location = sql.startsWith(ResourceHelper.RESOURCE) ? sql.substring(ResourceHelper.RESOURCE.length()) : sql;
        try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(context, location)) {
            return IOHelper.loadText(in).strip();
        } catch (Exception e) {
            throw new IllegalArgumentException(name() + ": cannot read the SQL file of option sql=" + sql + ": "
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
            throw new IllegalArgumentException(name() + ": option queryParameters is not valid JSON ("
                                               + e.getMessage().lines().findFirst().orElse("") + "): write an object "
                                               + "like {\"name\":\"value\"} or an array like [1, \"a\"]", e);
        }
        if (node.isObject()) {
            return QueryParameters.named(Json.toMap(node));
        }
        if (node.isArray()) {
            return QueryParameters.positional(Json.toList(node));
        }
        throw new IllegalArgumentException(name() + ": option queryParameters must be a JSON object (named @name "
                                           + "parameters) or array (positional $1 parameters), was: " + json);
    }

    private void require(String value, String option, String hint) {
        if (isBlank(value)) {
            throw new IllegalArgumentException(name() + " needs option " + option + " (" + hint + ")");
        }
    }

    private String name() {
        return "carto:" + kind.uriName();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** A URL as it may be shown: a query string could hold a credential. */
    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?...";
    }
}
