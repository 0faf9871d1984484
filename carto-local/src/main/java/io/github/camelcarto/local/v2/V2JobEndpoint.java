package io.github.camelcarto.local.v2;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelcarto.local.engine.SqlEngine;
import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.http.HttpCall;
import io.github.camelcarto.local.jobs.JobKind;
import io.github.camelcarto.local.jobs.JobNotCancellableException;
import io.github.camelcarto.local.jobs.JobRecord;
import io.github.camelcarto.local.jobs.JobRunner;

/**
 * SQL API v2 Batch jobs: {@code POST /sql/job} (201), {@code GET|DELETE /sql/job/{id}}, master key only. As on CARTO,
 * an unknown id is 400 (not 404), the body may not exceed 16 KB, and the runner given here should run one job at a
 * time (CARTO runs a user's jobs in order, so a second job stays pending while the first runs).
 */
public final class V2JobEndpoint {

    private static final int MAX_PAYLOAD = 16384;

    private final V2Auth auth;
    private final JobRunner runner;
    private final V2JobScript script;

    public V2JobEndpoint(SqlEngine engine, V2Auth auth, JobRunner runner) {
        this.auth = auth;
        this.runner = runner;
        this.script = new V2JobScript(engine, runner.store());
    }

    public void create(HttpCall call) throws Exception {
        auth.checkMaster(call, call.pathParameter(0));
        int size = call.body().length;
        if (size > MAX_PAYLOAD) {
            throw ApiException.badRequest("Your payload is too large: " + size + " bytes. Max size allowed is "
                                          + MAX_PAYLOAD + " bytes (16kb). Are you trying to import data? Please, "
                                          + "check out import api http://docs.cartodb.com/cartodb-platform/import-api/");
        }
        JsonNode query = queryOf(call);
        JobRecord job = JobRecord.create(JobKind.V2, null, V2JobScript.initialQuery(query), null, null, null);
        call.respondJson(201, V2JobJson.of(runner.submit(job, script), auth.user()));
    }

    public void read(HttpCall call) throws Exception {
        auth.checkMaster(call, call.pathParameter(0));
        call.respondJson(200, V2JobJson.of(find(call.pathParameter(1)), auth.user()));
    }

    public void cancel(HttpCall call) throws Exception {
        auth.checkMaster(call, call.pathParameter(0));
        JobRecord job = find(call.pathParameter(1));
        try {
            call.respondJson(200, V2JobJson.of(runner.cancel(job.jobId()), auth.user()));
        } catch (JobNotCancellableException e) {
            throw ApiException.badRequest("Cannot set status from " + V2JobJson.status(e.job().state()) + " to cancelled");
        }
    }

    private JobRecord find(String id) {
        return runner.store().find(id).filter(job -> job.kind() == JobKind.V2)
                .orElseThrow(() -> ApiException.badRequest("Job with id " + id + " not found"));
    }

    /** A string, an array of strings or a fallback object; from JSON or a form's {@code query} field. */
    private static JsonNode queryOf(HttpCall call) throws Exception {
        String contentType = String.valueOf(call.header("Content-Type"));
        JsonNode query;
        if (contentType.contains("json") || new String(call.body(), StandardCharsets.UTF_8).strip().startsWith("{")) {
            query = call.jsonBody().get("query");
        } else {
            String text = call.parameter("query");
            query = text == null ? null : TextNode.valueOf(text);
        }
        boolean valid = query != null && (query.isTextual() && !query.textValue().isBlank()
                || query.isArray() && !query.isEmpty() && allText(query)
                || query.isObject() && query.path("query").isArray() && !query.path("query").isEmpty());
        if (!valid) {
            throw ApiException.badRequest("You must indicate a valid SQL");
        }
        return query;
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
