package io.github.camelcarto.client;

import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.http.CartoHttpTransport;
import io.github.camelcarto.client.http.CartoRequest;
import io.github.camelcarto.client.http.CartoResponse;
import io.github.camelcarto.client.http.ErrorMessages;
import io.github.camelcarto.client.http.Futures;
import io.github.camelcarto.client.http.Json;

/** CARTO 3's SQL API: synchronous queries ({@code /v3/sql/{connection}/query}) and jobs ({@code .../job}). */
public final class SqlApi {

    private static final List<String> LIST_FIELDS = List.of("jobs", "data", "results", "items", "rows");
    /** As JavaScript's toISOString() writes it, the form CARTO's own clients send. */
    private static final DateTimeFormatter CREATED_SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final CartoHttpTransport transport;

    public SqlApi(CartoHttpTransport transport) {
        this.transport = transport;
    }

    /**
     * Runs a query synchronously.
     *
     * @param method       POST is never cached; a GET may be answered from CARTO's CDN cache (up to a year)
     * @param cacheControl sent as the Cache-Control header, or null for none
     */
    public CompletableFuture<QueryResult> query(String connection, String sql, QueryParameters parameters,
                                                QueryMethod method, String cacheControl) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("q", sql);
        query.put("queryParameters", parameters.toJsonValue());
        Map<String, String> headers = cacheControl == null || cacheControl.isBlank()
                ? Map.of() : Map.of("Cache-Control", cacheControl.strip());
        CartoRequest request;
        try {
            request = GetOrPost.request(transport, "/v3/sql/" + CartoRequest.segment(connection, "connection") + "/query", query,
                    headers, method).description("the query on connection '" + connection + "'")
                    // a read may be sent again after a failure whatever the method; a DML statement never is
                    .idempotent(SqlText.isReadOnly(sql)).build();
        } catch (CartoException tooLong) {
            return CompletableFuture.failedFuture(tooLong);
        }
        return transport.send(request)
                .thenApply(SqlApi::toQueryResult)
                .exceptionallyCompose(error -> CompletableFuture.failedFuture(withSyncLimitFact(Futures.cause(error))));
    }

    public CompletableFuture<CartoJob> submitJob(String connection, String sql, QueryParameters parameters,
                                                 Map<String, Object> metadata) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", sql);
        if (!parameters.isEmpty()) {
            body.put("queryParameters", parameters.toJsonValue());
        }
        if (metadata != null && !metadata.isEmpty()) {
            body.put("metadata", metadata);
        }
        CartoRequest request = CartoRequest.post(jobsPath(connection))
                .description("the job submit on connection '" + connection + "'")
                .jsonBody(Json.write(body)).build();
        return transport.send(request).thenApply(response -> {
            CartoJob job = CartoJobParser.parseCreated(response.jsonObject("a job object"));
            if (job.id() == null) {
                throw new CartoException("CARTO accepted the job on connection '" + connection
                                         + "' but its answer has no jobId or externalId: " + Json.snippet(
                                                 new String(response.body(), StandardCharsets.UTF_8)));
            }
            return job;
        });
    }

    /**
     * Reads a job by the id CARTO gave at submit (its externalId). The answer carries a {@code jobId} of its own, which
     * may differ (carto-api.md, Appendix B); the job keeps the id it was read by, and CARTO's stays in its fields.
     */
    public CompletableFuture<CartoJob> getJob(String connection, String jobId) {
        CartoRequest request = CartoRequest.get(jobsPath(connection) + "/" + CartoRequest.segment(jobId, "job id"))
                .description("the status read of job " + jobId + " on connection '" + connection + "'").build();
        return transport.send(request).thenApply(response -> toJob(response).withId(jobId));
    }

    /** Cancels a job by the id CARTO gave at submit; the answer is reported under that id, as {@link #getJob}'s. */
    public CompletableFuture<CartoJob> cancelJob(String connection, String jobId) {
        CartoRequest request = CartoRequest.delete(jobsPath(connection) + "/" + CartoRequest.segment(jobId, "job id"))
                .description("the cancel of job " + jobId + " on connection '" + connection + "'").build();
        return transport.send(request).thenApply(response -> {
            JsonNode json = response.json();
            if (json.isObject() && json.size() > 0) {
                return CartoJobParser.parse(Json.toMap(json)).withId(jobId);
            }
            // an empty answer (204): CARTO took the cancel
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("jobId", jobId);
            fields.put("status", "cancelled");
            return CartoJobParser.parse(fields);
        });
    }

    /**
     * {@code GET /v3/sql/jobs?created_since=...}: the jobs created since then, of every connection, finished ones
     * included. CARTO answers a bare array of create-shaped entries, without a status and naming the connection by a
     * {@code connectionId} UUID (carto-api.md, Appendix B): read a job to learn its state. An object holding the array
     * under jobs, data, results or items is read too.
     */
    public CompletableFuture<List<CartoJob>> listJobs(Instant createdSince) {
        String since = CREATED_SINCE.format(createdSince);
        CartoRequest request = CartoRequest.get("/v3/sql/jobs").query("created_since", since)
                .description("the jobs listing since " + since).build();
        return transport.send(request).thenApply(response -> {
            JsonNode json = response.json();
            JsonNode array = Json.arrayIn(json, LIST_FIELDS);
            if (array == null) {
                throw new CartoException("CARTO's jobs listing is neither an array nor an object holding one under "
                                         + LIST_FIELDS + ": " + Json.snippet(json.toString()));
            }
            List<CartoJob> jobs = new ArrayList<>(array.size());
            for (JsonNode element : array) {
                if (element.isObject()) {
                    jobs.add(CartoJobParser.parse(Json.toMap(element)));
                }
            }
            return jobs;
        });
    }

    /**
     * The cheapest call that proves CARTO answers and accepts the credentials: {@code GET /v3/sql/jobs}, which needs
     * no connection and runs nothing in the warehouse (even {@code SELECT 1} would wake a suspended Snowflake or
     * Databricks warehouse, and bill for it). Sent once, without retries; the listing itself is not read.
     */
    public CompletableFuture<Void> checkAccess() {
        CartoRequest request = CartoRequest.get("/v3/sql/jobs").description("the access check").build();
        return transport.sendOnce(request);
    }

    /** Reads and cancels this connection's SQL jobs, for the {@link JobWaiter}. */
    public JobControl jobControl(String connection) {
        return JobControl.of(jobId -> getJob(connection, jobId), jobId -> cancelJob(connection, jobId));
    }

    private static String jobsPath(String connection) {
        return "/v3/sql/" + CartoRequest.segment(connection, "connection") + "/job";
    }

    private static QueryResult toQueryResult(CartoResponse response) {
        JsonNode json = response.json();
        JsonNode rows = json.path("rows");
        if (!rows.isArray()) {
            String message = json.isObject() ? ErrorMessages.extract(Json.toMap(json)) : null;
            if (message != null) {
                throw new CartoHttpException("CARTO answered " + response.request().description() + " with HTTP "
                        + response.statusCode() + " but reported an error: " + message,
                        response.statusCode(), message, json.toString());
            }
            throw new CartoException("CARTO answered " + response.request().description() + " without a rows array: "
                                     + Json.snippet(json.toString()));
        }
        List<Map<String, Object>> rowMaps = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            rowMaps.add(Json.toMap(row));
        }
        List<Map<String, Object>> schema = new ArrayList<>();
        for (JsonNode column : json.path("schema")) {
            schema.add(Json.toMap(column));
        }
        Map<String, Object> meta = json.path("meta").isObject() ? Json.toMap(json.path("meta")) : Map.of();
        return new QueryResult(rowMaps, schema, meta);
    }

    private static CartoJob toJob(CartoResponse response) {
        return CartoJobParser.parse(response.jsonObject("a job object"));
    }

    /** Synchronous queries are cut at CARTO's one-minute limit: say so, since the timeout alone does not. */
    private static Throwable withSyncLimitFact(Throwable error) {
        String hint = " CARTO's synchronous SQL API stops queries after 1 minute; longer work must run as a SQL job.";
        if (error instanceof CartoHttpException http && http.getStatusCode() == 408) {
            return new CartoHttpException(http.getMessage() + "." + hint, 408, http.getCartoMessage(),
                    http.getResponseBody());
        }
        if (error instanceof CartoException carto && carto.getCause() instanceof HttpTimeoutException) {
            return new CartoException(carto.getMessage() + "." + hint, carto.getCause());
        }
        return error;
    }
}
