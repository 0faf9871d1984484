package io.github.camelcarto.local.v2;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcarto.local.engine.Execution;
import io.github.camelcarto.local.engine.ScriptRunner;
import io.github.camelcarto.local.engine.SqlEngine;
import io.github.camelcarto.local.engine.StatementResults;
import io.github.camelcarto.local.jobs.JobRecord;
import io.github.camelcarto.local.jobs.JobStore;
import io.github.camelcarto.local.jobs.JobWork;

/**
 * Runs the three Batch API job forms: a string (one script), an array (queries in order, stopping at the first
 * failure, the rest skipped) and a fallback object (per-query and job-level onsuccess/onerror, with
 * {@code <%= job_id %>} and {@code <%= error_message %>} substituted). Per-query statuses are kept in the job's query.
 */
final class V2JobScript implements JobWork {

    /** A batch job's rows go nowhere: CARTO tells users to write results into tables. */
    private static final StatementResults OUTPUT_DISCARDED = new StatementResults() {
        @Override
        public void rows(ResultSet rows, String statement, boolean last) {
            // not read
        }

        @Override
        public void updated(long count, boolean last) {
            // nothing to report
        }
    };

    private final SqlEngine engine;
    private final JobStore store;

    V2JobScript(SqlEngine engine, JobStore store) {
        this.engine = engine;
        this.store = store;
    }

    /** The query as stored at creation: arrays and fallback queries gain a pending status per query. */
    static JsonNode initialQuery(JsonNode query) {
        if (query.isTextual()) {
            return query;
        }
        if (query.isArray()) {
            ArrayNode queries = JsonNodeFactory.instance.arrayNode();
            query.forEach(sql -> queries.addObject().put("query", sql.asText()).put("status", "pending"));
            return queries;
        }
        ObjectNode fallback = query.deepCopy();
        fallback.withArray("query").forEach(entry -> ((ObjectNode) entry).put("status", "pending"));
        return fallback;
    }

    @Override
    public void run(JobRecord job, Execution execution) throws Exception {
        try (Connection connection = engine.open()) {
            JsonNode query = job.query();
            if (query.isTextual()) {
                execute(connection, query.textValue(), execution);
            } else if (query.isArray()) {
                runQueries(job, connection, (ArrayNode) query.deepCopy(), null, execution);
            } else {
                runFallback(job, connection, (ObjectNode) query.deepCopy(), execution);
            }
        }
    }

    /** @return the first failure's message, or null when every query succeeded */
    private String runQueries(JobRecord job, Connection connection, ArrayNode queries, ObjectNode holder,
                              Execution execution) throws SQLException {
        String failure = null;
        for (JsonNode node : queries) {
            ObjectNode entry = (ObjectNode) node;
            if (failure != null) {
                entry.put("status", "skipped");
                continue;
            }
            entry.put("status", "running");
            if (holder != null) {
                // only fallback queries carry their times; CARTO's array jobs keep query, status, failed_reason
                entry.put("started_at", now());
            }
            save(job, holder == null ? queries : holder);
            try {
                execute(connection, entry.get("query").asText(), execution);
                entry.put("status", "done");
                runHook(job, connection, entry, "onsuccess", null, execution);
            } catch (SQLException e) {
                if (execution.isCancelled()) {
                    throw e;
                }
                failure = engine.errorMessage(e);
                entry.put("status", "failed");
                entry.put("failed_reason", failure);
                runHook(job, connection, entry, "onerror", failure, execution);
            }
            if (holder != null) {
                entry.put("ended_at", now());
            }
            save(job, holder == null ? queries : holder);
        }
        if (failure != null && holder == null) {
            throw new SQLException(failure);
        }
        return failure;
    }

    private void runFallback(JobRecord job, Connection connection, ObjectNode fallback, Execution execution)
            throws SQLException {
        String failure = runQueries(job, connection, fallback.withArray("query"), fallback, execution);
        runHook(job, connection, fallback, failure == null ? "onsuccess" : "onerror", failure, execution);
        save(job, fallback);
        if (fallback.has("fallback_status")) {
            store.update(job.jobId(), current -> current.withDetails(
                    current.details().deepCopy().put("fallback_status", fallback.get("fallback_status").asText())));
        }
        if (failure != null) {
            throw new SQLException(failure);
        }
    }

    private void runHook(JobRecord job, Connection connection, ObjectNode owner, String hook, String errorMessage,
                         Execution execution) throws SQLException {
        JsonNode sql = owner.get(hook);
        if (sql == null || !sql.isTextual()) {
            return;
        }
        String text = sql.textValue().replace("<%= job_id %>", job.jobId())
                .replace("<%= error_message %>", errorMessage == null ? "" : errorMessage.replace("'", "''"));
        try {
            execute(connection, text, execution);
            owner.put("fallback_status", "done");
        } catch (SQLException e) {
            owner.put("fallback_status", "failed");
        }
    }

    private void execute(Connection connection, String sql, Execution execution) throws SQLException {
        try {
            ScriptRunner.runEach(connection, engine.dialect(), sql, execution, OUTPUT_DISCARDED);
        } catch (IOException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    private void save(JobRecord job, JsonNode query) {
        JsonNode snapshot = query.deepCopy();
        store.update(job.jobId(), current -> current.withQuery(snapshot));
    }

    private static String now() {
        return Instant.now().toString();
    }
}
