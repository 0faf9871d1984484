package io.github.camelcarto.client.v2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.CartoJobParser;
import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.client.JobControl;
import io.github.camelcarto.client.QueryMethod;
import io.github.camelcarto.client.SqlApi;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.http.CartoHttpTransport;
import io.github.camelcarto.client.http.CartoRequest;
import io.github.camelcarto.client.http.CartoResponse;
import io.github.camelcarto.client.http.ErrorMessages;
import io.github.camelcarto.client.http.Futures;
import io.github.camelcarto.client.http.Gzip;
import io.github.camelcarto.client.http.Json;

/**
 * CARTO 2's SQL API ({@code /api/v2/sql}): queries in JSON or streamed export formats, Batch API jobs and streamed
 * COPY. The transport's base URL is the user's: {@code https://{user}.carto.com} or {@code https://host/user/{user}}.
 * Every answer carries the {@code Carto-Rate-Limit-*} headers as {@link RateLimits}.
 */
public final class SqlApiV2 {

    /** CARTO refuses Batch API payloads (the JSON body) larger than this. */
    public static final int MAX_JOB_PAYLOAD_BYTES = 16_384;

    static final String SQL = "/api/v2/sql";
    static final String JOB = SQL + "/job";
    static final String COPY_FROM = SQL + "/copyfrom";
    static final String COPY_TO = SQL + "/copyto";

    private static final Pattern READ_ONLY = Pattern.compile("^(select|explain|show|values|table)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COPY_FROM_STDIN = Pattern.compile("^copy\\b.*\\bfrom\\s+stdin\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COPY_TO_STDOUT = Pattern.compile("^copy\\b.*\\bto\\s+stdout\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CANNOT_CANCEL = Pattern.compile("Cannot set status from (\\w+) to cancel",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("filename\\*?=\"?([^\";]+)\"?");

    private final CartoHttpTransport transport;
    private final CartoHttpTransport oneShotTransport;

    /**
     * @param transport        sends every call, retrying per its policy
     * @param oneShotTransport sends uploads of streams that cannot be read twice: it must not retry
     */
    public SqlApiV2(CartoHttpTransport transport, CartoHttpTransport oneShotTransport) {
        this.transport = transport;
        this.oneShotTransport = oneShotTransport;
    }

    // ---------------------------------------------------------------- queries

    /** A query in JSON format: the rows parsed. An {@code error} in a 200 answer fails with CartoHttpException. */
    public CompletableFuture<V2QueryResult> query(String sql, V2QueryOptions options) {
        if (!options.isJson()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("format=" + options.format()
                    + " is streamed: use export(...)"));
        }
        CartoRequest request;
        try {
            request = queryRequest(sql, options);
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
            request = queryRequest(sql, options);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return download(request);
    }

    private CartoRequest queryRequest(String sql, V2QueryOptions options) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", sql);
        if (!options.isJson()) {
            parameters.put("format", options.format());
        }
        parameters.put("filename", options.filename());
        parameters.put("skipfields", options.skipfields());
        parameters.put("dp", options.dp() != null ? options.dp().toString() : null);
        String description = "the SQL API v2 query" + (options.isJson() ? "" : " (format " + options.format() + ")");
        return request(SQL, parameters, options.method(), isReadOnly(sql), description, !options.isJson(),
                options.gzip());
    }

    /** GET while the URL is short enough (or when asked), else POST with a JSON body; streamed answers negotiate gzip. */
    private CartoRequest request(String path, Map<String, Object> parameters, QueryMethod method, boolean idempotent,
                                 String description, boolean streamed, boolean acceptGzip) {
        CartoRequest.Builder get = CartoRequest.get(path).description(description).idempotent(idempotent);
        parameters.forEach((name, value) -> get.query(name, value != null ? value.toString() : null));
        if (streamed && acceptGzip) {
            get.header("Accept-Encoding", "gzip");
        }
        if (streamed) {
            get.header("Accept", "*/*");
        }
        CartoRequest getRequest = get.build();
        int urlLength = transport.urlLength(getRequest);
        boolean useGet = method == QueryMethod.GET || method == QueryMethod.AUTO && urlLength <= SqlApi.AUTO_GET_MAX_URL_LENGTH;
        if (useGet) {
            if (urlLength > SqlApi.GET_MAX_URL_LENGTH) {
                throw new CartoException("The request URL would be " + urlLength + " characters, more than CARTO's "
                                         + SqlApi.GET_MAX_URL_LENGTH + ": send it by POST");
            }
            return getRequest;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (value != null) {
                body.put(name, value);
            }
        });
        CartoRequest.Builder post = CartoRequest.post(path).description(description).idempotent(idempotent)
                .jsonBody(Json.write(body));
        getRequest.headers().forEach(post::header);
        return post.build();
    }

    private static V2QueryResult toQueryResult(CartoResponse response) {
        JsonNode json = response.json();
        RateLimits rateLimits = RateLimits.of(response.headers());
        if (!json.isObject()) {
            throw new CartoException("CARTO answered " + response.request().description() + " with something that is "
                                     + "not a JSON object: " + Json.snippet(json.toString()));
        }
        failOnEmbeddedError(response, json);
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
        Double time = json.path("time").isNumber() ? json.path("time").asDouble() : null;
        Long totalRows = json.path("total_rows").isNumber() ? json.path("total_rows").asLong() : null;
        return new V2QueryResult(rowMaps, fields, time, totalRows, strings(json.path("notices")),
                strings(json.path("warnings")), rateLimits);
    }

    /**
     * CARTO keeps 200 once it has started streaming rows and appends {@code "error":[...]} when PostgreSQL fails
     * later: such an answer is a failure, whatever came before.
     */
    private static void failOnEmbeddedError(CartoResponse response, JsonNode json) {
        if (json.has("error") && !json.path("error").isNull()) {
            String message = ErrorMessages.extract(Map.of("error", Json.MAPPER.convertValue(json.path("error"), Object.class)));
            message = message != null ? message : json.path("error").toString();
            throw new CartoHttpException("CARTO answered " + response.request().description() + " with HTTP "
                                         + response.statusCode() + " but the database reported an error: " + message
                                         + " (rows received before the error are discarded)",
                    response.statusCode(), message, Json.snippet(new String(response.body(), StandardCharsets.UTF_8)));
        }
    }

    private static List<String> strings(JsonNode array) {
        if (!array.isArray()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(array.size());
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    // ---------------------------------------------------------------- batch jobs

    /**
     * Submits a Batch API job. {@code query} is a SQL string (simple job), a collection of SQL strings (chained job,
     * run in order, stopping at the first failure), a {@link CartoFallbackJob}, or a map in CARTO's fallback shape.
     * A payload over {@value #MAX_JOB_PAYLOAD_BYTES} bytes fails before anything is sent.
     */
    public CompletableFuture<V2Job> submitJob(Object query) {
        byte[] payload;
        try {
            payload = jobPayload(query);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CartoRequest request = CartoRequest.post(JOB).description("the batch job submit").jsonBody(payload).build();
        return transport.send(request).thenApply(response -> {
            V2Job job = toJob(response, null);
            if (job.job().id() == null) {
                throw new CartoException("CARTO accepted the batch job but its answer has no job_id: "
                                         + Json.snippet(new String(response.body(), StandardCharsets.UTF_8)));
            }
            return job;
        });
    }

    /** The JSON body of a job submit, checked against CARTO's size limit. */
    public static byte[] jobPayload(Object query) {
        Object value = jobQueryValue(query);
        byte[] payload = Json.write(Map.of("query", value));
        if (payload.length > MAX_JOB_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("The batch job payload is " + payload.length + " bytes as JSON, over "
                                               + "CARTO's limit of " + MAX_JOB_PAYLOAD_BYTES + " bytes (16 KB): shorten "
                                               + "the SQL (e.g. call a function that holds the logic) or split the job");
        }
        return payload;
    }

    private static Object jobQueryValue(Object query) {
        if (query instanceof CartoFallbackJob fallback) {
            return fallback.toJsonValue();
        }
        if (query instanceof CharSequence sql) {
            if (sql.toString().isBlank()) {
                throw new IllegalArgumentException("The batch job SQL is blank");
            }
            return sql.toString().strip();
        }
        if (query instanceof Collection<?> queries) {
            if (queries.isEmpty()) {
                throw new IllegalArgumentException("A chained batch job needs at least one query; the list is empty");
            }
            List<String> sqls = new ArrayList<>(queries.size());
            int index = 0;
            for (Object element : queries) {
                if (!(element instanceof CharSequence sql) || sql.toString().isBlank()) {
                    throw new IllegalArgumentException("Query " + index + " of the chained batch job is "
                                                       + (element == null ? "null" : "not a non-blank String: " + element));
                }
                sqls.add(sql.toString().strip());
                index++;
            }
            return sqls;
        }
        if (query instanceof Map<?, ?> map) {
            if (!(map.get("query") instanceof Collection<?>)) {
                throw new IllegalArgumentException("A fallback batch job map needs a 'query' list of "
                                                   + "{query, onsuccess, onerror} maps; use CartoFallbackJob.builder()");
            }
            return map;
        }
        throw new IllegalArgumentException("A batch job is a SQL String, a List of SQL Strings or a CartoFallbackJob, "
                                           + "not " + (query == null ? "null" : query.getClass().getName()));
    }

    public CompletableFuture<V2Job> getJob(String jobId) {
        CartoRequest request = CartoRequest.get(JOB + "/" + CartoRequest.encode(jobId))
                .description("the status read of batch job " + jobId).build();
        return transport.send(request).thenApply(response -> toJob(response, jobId));
    }

    /**
     * Cancels a job. A job that already ended is not an error: CARTO's 400 "Cannot set status from done to
     * cancelled" gives the job in that state with {@code alreadyDone}, as carto-python does.
     */
    public CompletableFuture<V2Job> cancelJob(String jobId) {
        CartoRequest request = CartoRequest.delete(JOB + "/" + CartoRequest.encode(jobId))
                .description("the cancel of batch job " + jobId).build();
        return transport.send(request)
                .thenApply(response -> toJob(response, jobId))
                .exceptionallyCompose(error -> {
                    Throwable cause = Futures.cause(error);
                    if (cause instanceof CartoHttpException http && http.getStatusCode() == 400
                        && http.getCartoMessage() != null) {
                        Matcher finished = CANNOT_CANCEL.matcher(http.getCartoMessage());
                        if (finished.find()) {
                            Map<String, Object> fields = new LinkedHashMap<>();
                            fields.put("job_id", jobId);
                            fields.put("status", finished.group(1).toLowerCase(Locale.ROOT));
                            return CompletableFuture.completedFuture(
                                    new V2Job(CartoJobParser.parse(fields), true, RateLimits.NONE));
                        }
                    }
                    return CompletableFuture.failedFuture(cause);
                });
    }

    /** Reads and cancels batch jobs for the JobWaiter. */
    public JobControl jobControl() {
        return new JobControl() {
            @Override
            public CompletableFuture<CartoJob> read(String jobId) {
                return getJob(jobId).thenApply(V2Job::job);
            }

            @Override
            public CompletableFuture<CartoJob> cancel(String jobId) {
                return cancelJob(jobId).thenApply(V2Job::job);
            }
        };
    }

    private static V2Job toJob(CartoResponse response, String expectedId) {
        Map<String, Object> fields = response.jsonObject("a job object");
        if (fields.get("job_id") == null && expectedId != null) {
            fields.put("job_id", expectedId);
        }
        return new V2Job(withSubQueryReason(CartoJobParser.parse(fields)), false, RateLimits.of(response.headers()));
    }

    /**
     * Chained and fallback jobs carry {@code failed_reason} on the failed query inside {@code query}, not always on
     * the job: use the first one so the failure says why.
     */
    private static CartoJob withSubQueryReason(CartoJob job) {
        if (job.status() != CartoJobStatus.FAILED || job.errorMessage() != null) {
            return job;
        }
        String reason = firstFailedReason(job.fields().get("query"));
        return reason == null ? job
                : new CartoJob(job.id(), job.status(), job.terminal(), job.rawStatus(), reason, job.fields());
    }

    private static String firstFailedReason(Object query) {
        if (query instanceof Map<?, ?> map) {
            if (map.get("failed_reason") instanceof String reason && !reason.isBlank()) {
                return reason;
            }
            return firstFailedReason(map.get("query"));
        }
        if (query instanceof Collection<?> list) {
            for (Object element : list) {
                String reason = firstFailedReason(element);
                if (reason != null) {
                    return reason;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- COPY

    /**
     * Streams {@code source} into {@code COPY ... FROM STDIN}: sent chunked, gzipped on the fly when {@code gzip},
     * never held in memory as a whole. The statement is checked before anything is read or sent.
     */
    public CompletableFuture<V2CopyResult> copyFrom(String sql, CopySource source, boolean gzip) {
        try {
            checkCopy(sql, COPY_FROM_STDIN, "COPY table (columns) FROM STDIN WITH (FORMAT csv, HEADER true)",
                    "FROM STDIN");
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        AtomicLong sent = new AtomicLong();
        InputStream[] opened = new InputStream[1];
        BodyPublisher body = BodyPublishers.ofInputStream(() -> {
            InputStream raw = source.open();
            try {
                InputStream stream = new CountingInputStream(gzip ? new GzipCompressingInputStream(raw) : raw, sent);
                synchronized (opened) {
                    opened[0] = stream;
                }
                return stream;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CartoRequest.Builder builder = CartoRequest.post(COPY_FROM).description("the COPY FROM STDIN upload of "
                                                                                 + source)
                .query("q", sql.strip())
                .body(body, "application/octet-stream");
        if (gzip) {
            builder.header("Content-Encoding", "gzip");
        }
        CartoHttpTransport sender = source.replayable() ? transport : oneShotTransport;
        return sender.send(builder.build()).whenComplete((response, error) -> {
            synchronized (opened) {
                closeQuietly(opened[0]);
            }
        }).thenApply(response -> {
            JsonNode json = response.json();
            if (!json.isObject()) {
                throw new CartoException("CARTO answered " + response.request().description() + " with something "
                                         + "that is not a JSON object: " + Json.snippet(json.toString()));
            }
            failOnEmbeddedError(response, json);
            Double time = json.path("time").isNumber() ? json.path("time").asDouble() : null;
            return new V2CopyResult(json.path("total_rows").asLong(), time, Json.toMap(json), sent.get(),
                    RateLimits.of(response.headers()));
        });
    }

    /**
     * Streams the output of {@code COPY ... TO STDOUT}: the answer's body is handed over unread. GET while the URL
     * is short enough, POST beyond; gzip is asked for when {@code gzip} and decoded transparently.
     */
    public CompletableFuture<V2Download> copyTo(String sql, String filename, QueryMethod method, boolean gzip) {
        CartoRequest request;
        try {
            checkCopy(sql, COPY_TO_STDOUT, "COPY (SELECT ...) TO STDOUT WITH (FORMAT csv, HEADER true)", "TO STDOUT");
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("q", sql.strip());
            parameters.put("filename", filename);
            request = request(COPY_TO, parameters, method, true, "the COPY TO STDOUT download", true, gzip);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return download(request);
    }

    private CompletableFuture<V2Download> download(CartoRequest request) {
        return transport.send(request, HttpResponse.BodyHandlers.ofInputStream()).thenApply(response -> {
            HttpHeaders headers = response.headers();
            return new V2Download(Gzip.decodeIfGzipped(headers, response.body()),
                    headers.firstValue("Content-Type").orElse(null), filenameOf(headers), RateLimits.of(headers));
        });
    }

    static String filenameOf(HttpHeaders headers) {
        return headers.firstValue("Content-Disposition").map(value -> {
            Matcher matcher = FILENAME.matcher(value);
            return matcher.find() ? matcher.group(1).strip() : null;
        }).orElse(null);
    }

    private static void checkCopy(String sql, Pattern shape, String example, String direction) {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("No COPY statement given, e.g. " + example);
        }
        if (!shape.matcher(stripLeadingComments(sql)).find()) {
            throw new IllegalArgumentException("The statement must start with COPY and read " + direction
                                               + " (e.g. " + example + "), but was: " + Json.snippet(sql));
        }
    }

    private static String stripLeadingComments(String sql) {
        String s = sql.strip();
        while (true) {
            if (s.startsWith("--")) {
                int end = s.indexOf('\n');
                s = end < 0 ? "" : s.substring(end + 1).strip();
            } else if (s.startsWith("/*")) {
                int end = s.indexOf("*/");
                s = end < 0 ? "" : s.substring(end + 2).strip();
            } else {
                return s;
            }
        }
    }

    /** Only plain reads may be sent twice after a failure: a re-sent INSERT could insert twice. */
    static boolean isReadOnly(String sql) {
        return sql != null && READ_ONLY.matcher(stripLeadingComments(sql)).find();
    }

    private static void closeQuietly(InputStream stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // the upload's outcome is what matters
            }
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private final AtomicLong count;

        CountingInputStream(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
