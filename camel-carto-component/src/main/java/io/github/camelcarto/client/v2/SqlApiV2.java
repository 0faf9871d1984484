package io.github.camelcarto.client.v2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.client.GetOrPost;
import io.github.camelcarto.client.SqlText;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.http.CartoHttpTransport;
import io.github.camelcarto.client.http.CartoRequest;
import io.github.camelcarto.client.http.CartoResponse;
import io.github.camelcarto.client.http.Json;

/**
 * CARTO 2's SQL API ({@code /api/v2/sql}): queries in JSON, or streamed in an export format. Its Batch API and COPY
 * are {@link BatchApi} and {@link CopyApi}. The transport's base URL is the user's: {@code https://{user}.carto.com}
 * or {@code https://host/user/{user}}, and its errors are mapped by {@link V2ErrorMapping}. Every answer carries the
 * {@code Carto-Rate-Limit-*} headers as {@link RateLimits}.
 */
public final class SqlApiV2 {

    /** The SQL API's path, below which the Batch API and COPY live too. */
    public static final String PATH = "/api/v2/sql";

    private final CartoHttpTransport transport;

    public SqlApiV2(CartoHttpTransport transport) {
        this.transport = transport;
    }

    /**
     * The cheapest call that proves CARTO answers and accepts the API key for this user: {@code SELECT 1} on the
     * SQL API, which any valid key (even the public one) may run and which touches no table. Sent once, without
     * retries; the answer is not read.
     */
    public CompletableFuture<Void> checkAccess() {
        CartoRequest request = CartoRequest.get(PATH).query("q", "SELECT 1").description("the access check").build();
        return transport.sendOnce(request);
    }

    /** A query in JSON format: the rows parsed. An {@code error} in a 200 answer fails with CartoHttpException. */
    public CompletableFuture<V2QueryResult> query(String sql, V2QueryOptions options) {
        if (!options.isJson()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("format=" + options.format()
                    + " is streamed: use export(...)"));
        }
        CartoRequest request;
        try {
            request = request(sql, options);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return transport.send(request).thenApply(SqlApiV2::toQueryResult);
    }

    /** A query in a streamed format (csv, geojson, shp...): the body is not read, only handed over. */
    public CompletableFuture<V2Download> export(String sql, V2QueryOptions options) {
        if (options.isJson()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("format=json is parsed: use query(...)"));
        }
        CartoRequest request;
        try {
            request = request(sql, options);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return V2Answers.download(transport, request);
    }

    private CartoRequest request(String sql, V2QueryOptions options) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", sql);
        if (!options.isJson()) {
            parameters.put("format", options.format());
        }
        parameters.put("filename", options.filename());
        parameters.put("skipfields", options.skipfields());
        parameters.put("dp", options.dp() != null ? options.dp().toString() : null);
        String description = "the SQL API v2 query" + (options.isJson() ? "" : " (format " + options.format() + ")");
        return GetOrPost.request(transport, PATH, parameters, streamedHeaders(!options.isJson(), options.gzip()),
                options.method()).description(description).idempotent(SqlText.isReadOnly(sql)).build();
    }

    /** A streamed answer is asked for as any type, gzipped when {@code gzip}; a JSON one needs no extra header. */
    static Map<String, String> streamedHeaders(boolean streamed, boolean gzip) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (streamed && gzip) {
            headers.put("Accept-Encoding", "gzip");
        }
        if (streamed) {
            headers.put("Accept", "*/*");
        }
        return headers;
    }

    private static V2QueryResult toQueryResult(CartoResponse response) {
        JsonNode json = V2Answers.object(response);
        JsonNode rows = json.path("rows");
        if (!rows.isArray()) {
            throw new CartoException("CARTO answered " + response.request().description() + " without a rows array: "
                                     + Json.snippet(json.toString()));
        }
        List<Map<String, Object>> rowMaps = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            rowMaps.add(Json.toMap(row));
        }
        Map<String, Object> fields = json.path("fields").isObject() ? Json.toMap(json.path("fields")) : Map.of();
        Long totalRows = json.path("total_rows").isNumber() ? json.path("total_rows").asLong() : null;
        return new V2QueryResult(rowMaps, fields, V2Answers.time(json), totalRows, strings(json.path("notices")),
                strings(json.path("warnings")), RateLimits.of(response.headers()));
    }

    private static List<String> strings(JsonNode array) {
        if (!array.isArray()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(array.size());
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
