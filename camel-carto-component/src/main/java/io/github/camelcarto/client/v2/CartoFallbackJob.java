package io.github.camelcarto.client.v2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A CARTO 2 Batch API fallback job: queries run in order, each with optional {@code onsuccess}/{@code onerror}
 * queries, plus job-level ones run when all queries succeeded or one failed. CARTO substitutes
 * {@code <%= job_id %>} and {@code <%= error_message %>} in them.
 *
 * <pre>{@code
 * CartoFallbackJob job = CartoFallbackJob.builder()
 *         .query("UPDATE stores SET ok = true").onSuccess("INSERT INTO log VALUES ('<%= job_id %>', 'ok')")
 *                                              .onError("INSERT INTO log VALUES ('<%= job_id %>', '<%= error_message %>')")
 *         .query("VACUUM ANALYZE stores")
 *         .jobOnSuccess("UPDATE status SET done = now()")
 *         .jobOnError("UPDATE status SET failed = now()")
 *         .build();
 * }</pre>
 */
public final class CartoFallbackJob {

    private final List<Step> steps;
    private final String onSuccess;
    private final String onError;

    private CartoFallbackJob(List<Step> steps, String onSuccess, String onError) {
        this.steps = steps;
        this.onSuccess = onSuccess;
        this.onError = onError;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Step> steps() {
        return steps;
    }

    public String onSuccess() {
        return onSuccess;
    }

    public String onError() {
        return onError;
    }

    /** The value of the job's {@code query} field, as CARTO expects it. */
    public Map<String, Object> toJsonValue() {
        List<Map<String, Object>> queries = new ArrayList<>(steps.size());
        for (Step step : steps) {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("query", step.query());
            if (step.onSuccess() != null) {
                query.put("onsuccess", step.onSuccess());
            }
            if (step.onError() != null) {
                query.put("onerror", step.onError());
            }
            queries.add(query);
        }
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("query", queries);
        if (onSuccess != null) {
            job.put("onsuccess", onSuccess);
        }
        if (onError != null) {
            job.put("onerror", onError);
        }
        return job;
    }

    @Override
    public String toString() {
        return "CartoFallbackJob" + toJsonValue();
    }

    /** One query of the job with its own fallbacks (null when absent). */
    public record Step(String query, String onSuccess, String onError) {
    }

    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();
        private String query;
        private String queryOnSuccess;
        private String queryOnError;
        private String onSuccess;
        private String onError;

        private Builder() {
        }

        /** Adds a query; the following {@link #onSuccess}/{@link #onError} apply to it. */
        public Builder query(String sql) {
            flush();
            query = requireSql(sql, "query");
            return this;
        }

        /** Runs when the query just added succeeds. */
        public Builder onSuccess(String sql) {
            requireQuery("onSuccess");
            queryOnSuccess = requireSql(sql, "onSuccess");
            return this;
        }

        /** Runs when the query just added fails; {@code <%= error_message %>} holds PostgreSQL's message. */
        public Builder onError(String sql) {
            requireQuery("onError");
            queryOnError = requireSql(sql, "onError");
            return this;
        }

        /** Runs once every query has succeeded. */
        public Builder jobOnSuccess(String sql) {
            onSuccess = requireSql(sql, "jobOnSuccess");
            return this;
        }

        /** Runs when a query has failed. */
        public Builder jobOnError(String sql) {
            onError = requireSql(sql, "jobOnError");
            return this;
        }

        public CartoFallbackJob build() {
            flush();
            if (steps.isEmpty()) {
                throw new IllegalStateException("A CARTO fallback job needs at least one query(...)");
            }
            return new CartoFallbackJob(Collections.unmodifiableList(new ArrayList<>(steps)), onSuccess, onError);
        }

        private void flush() {
            if (query != null) {
                steps.add(new Step(query, queryOnSuccess, queryOnError));
            }
            query = null;
            queryOnSuccess = null;
            queryOnError = null;
        }

        private void requireQuery(String what) {
            if (query == null) {
                throw new IllegalStateException(what + "(...) applies to the query added just before it: call "
                                                + "query(...) first, or use job" + Character.toUpperCase(what.charAt(0))
                                                + what.substring(1) + "(...) for the whole job");
            }
        }

        private static String requireSql(String sql, String what) {
            if (Objects.requireNonNull(sql, what).isBlank()) {
                throw new IllegalArgumentException(what + " SQL must not be blank");
            }
            return sql.strip();
        }
    }
}
