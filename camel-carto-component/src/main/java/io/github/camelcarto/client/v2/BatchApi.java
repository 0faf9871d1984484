package io.github.camelcarto.client.v2;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.CartoJobParser;
import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.client.JobControl;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.http.CartoHttpTransport;
import io.github.camelcarto.client.http.CartoRequest;
import io.github.camelcarto.client.http.CartoResponse;
import io.github.camelcarto.client.http.Futures;
import io.github.camelcarto.client.http.Json;

/**
 * CARTO 2's Batch API ({@code /api/v2/sql/job}): long-running SQL as jobs (simple, chained, or with fallback queries),
 * read and cancelled by id. It cannot list jobs: keep the ids of the jobs you submit.
 */
public final class BatchApi {

    /** CARTO refuses Batch API payloads (the JSON body) larger than this. */
    public static final int MAX_JOB_PAYLOAD_BYTES = 16_384;

    static final String PATH = SqlApiV2.PATH + "/job";

    private static final Pattern CANNOT_CANCEL = Pattern.compile("Cannot set status from (\\w+) to cancel",
            Pattern.CASE_INSENSITIVE);

    private final CartoHttpTransport transport;

    public BatchApi(CartoHttpTransport transport) {
        this.transport = transport;
    }

    /**
     * Submits a job. {@code query} is a SQL string (simple job), a collection of SQL strings (chained job, run in
     * order, stopping at the first failure), a {@link CartoFallbackJob}, or a map in CARTO's fallback shape. A payload
     * over {@value #MAX_JOB_PAYLOAD_BYTES} bytes fails before anything is sent.
     */
    public CompletableFuture<V2Job> submitJob(Object query) {
        byte[] payload;
        try {
            payload = jobPayload(query);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CartoRequest request = CartoRequest.post(PATH).description("the batch job submit").jsonBody(payload).build();
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
        CartoRequest request = CartoRequest.get(PATH + "/" + CartoRequest.segment(jobId, "job id"))
                .description("the status read of batch job " + jobId).build();
        return transport.send(request).thenApply(response -> toJob(response, jobId));
    }

    /**
     * Cancels a job. A job that already ended is not an error: CARTO's 400 "Cannot set status from done to
     * cancelled" gives the job in that state with {@code alreadyDone}, as carto-python does.
     */
    public CompletableFuture<V2Job> cancelJob(String jobId) {
        CartoRequest request = CartoRequest.delete(PATH + "/" + CartoRequest.segment(jobId, "job id"))
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

    /** Reads and cancels batch jobs, for the {@link io.github.camelcarto.client.JobWaiter}. */
    public JobControl jobControl() {
        return JobControl.of(jobId -> getJob(jobId).thenApply(V2Job::job), jobId -> cancelJob(jobId).thenApply(V2Job::job));
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
}
