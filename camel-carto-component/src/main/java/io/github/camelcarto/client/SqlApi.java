package io.github.camelcarto.client;

import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
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

    private final CartoHttpTransport transport;

    public SqlApi(CartoHttpTransport transport) {
        this.transport = transport;
    }

    public CompletableFuture<QueryResult> query(String connection, String sql, QueryParameters parameters,
                                                QueryMethod method) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("q", sql);
        query.put("queryParameters", parameters.toJsonValue());
        CartoRequest request;
        try {
            request = GetOrPost.request(transport, "/v3/sql/" + CartoRequest.segment(connection, "connection") + "/query", query,
                    Map.of(), method).description("the query on connection '" + connection + "'").build();
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
            CartoJob job = toJob(response);
            if (job.id() == null) {
                throw new CartoException("CARTO accepted the job on connection '" + connection
                                         + "' but its answer has no jobId or externalId: " + Json.snippet(
                                                 new String(response.body(), StandardCharsets.UTF_8)));
            }
            return job;
        });
    }

    public CompletableFuture<CartoJob> getJob(String connection, String jobId) {
        CartoRequest request = CartoRequest.get(jobsPath(connection) + "/" + CartoRequest.segment(jobId, "job id"))
                .description("the status read of job " + jobId + " on connection '" + connection + "'").build();
        return transport.send(request).thenApply(SqlApi::toJob);
    }

    public CompletableFuture<CartoJob> cancelJob(String connection, String jobId) {
        CartoRequest request = CartoRequest.delete(jobsPath(connection) + "/" + CartoRequest.segment(jobId, "job id"))
                .description("the cancel of job " + jobId + " on connection '" + connection + "'").build();
        return transport.send(request).thenApply(response -> {
            JsonNode json = response.json();
            if (json.isObject() && json.size() > 0) {
                CartoJob job = toJob(response);
                return job.id() != null ? job : job.withId(jobId);
            }
            // an empty answer (204): CARTO took the cancel
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("jobId", jobId);
            fields.put("status", "cancelled");
            return CartoJobParser.parse(fields);
        });
    }

    /** {@code GET /v3/sql/jobs}: a top-level array, or an object holding it under jobs, data, results or items. */
    public CompletableFuture<List<CartoJob>> listJobs() {
        CartoRequest request = CartoRequest.get("/v3/sql/jobs").description("the jobs listing").build();
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
