package io.github.camelcarto.local.v3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.http.HttpCall;
import io.github.camelcarto.local.http.Json;
import io.github.camelcarto.local.imports.ImportSource;
import io.github.camelcarto.local.imports.Importer;
import io.github.camelcarto.local.jobs.JobKind;
import io.github.camelcarto.local.jobs.JobNotCancellableException;
import io.github.camelcarto.local.jobs.JobRecord;
import io.github.camelcarto.local.jobs.JobRunner;
import io.github.camelcarto.local.jobs.JobState;
import io.github.camelcarto.local.jobs.JobWork;

/**
 * CARTO 3 Imports: {@code POST /v3/imports}, {@code GET /v3/imports[/{id}]}, {@code POST /v3/imports/{id}/cancel}.
 * Like CARTO, at most a few imports may be pending or running at once; one more is refused with 429.
 */
public final class ImportEndpoint {

    private final V3Auth auth;
    private final Connections connections;
    private final JobRunner runner;
    private final Importer importer;
    private final int maxConcurrent;

    public ImportEndpoint(V3Auth auth, Connections connections, JobRunner runner, Importer importer, int maxConcurrent) {
        this.auth = auth;
        this.connections = connections;
        this.runner = runner;
        this.importer = importer;
        this.maxConcurrent = maxConcurrent;
    }

    public void create(HttpCall call) throws Exception {
        auth.check(call);
        JsonNode body = call.jsonBody();
        String connection = connections.require(required(body, "connection"));
        String url = required(body, "url");
        String destination = required(body, "destination").replace("`", "");
        boolean overwrite = body.path("overwrite").asBoolean(false);
        boolean autoguessing = body.path("autoguessing").asBoolean(true);
        ImportSource source;
        try {
            source = ImportSource.of(url);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        ObjectNode details = Json.MAPPER.createObjectNode();
        details.put("url", url);
        details.put("destination", destination);
        details.put("overwrite", overwrite);
        details.put("autoguessing", autoguessing);
        JobRecord job = submit(JobRecord.create(JobKind.IMPORT, connection, TextNode.valueOf(url), null, null, details),
                (running, execution) -> {
                    int rows = importer.run(source, destination, overwrite, autoguessing, execution);
                    runner.store().update(running.jobId(), current -> current.withDetails(
                            current.details().deepCopy().put("rowCount", rows)));
                });
        call.respondJson(200, json(job));
    }

    public void read(HttpCall call) throws Exception {
        auth.check(call);
        call.respondJson(200, json(find(call.pathParameter(0))));
    }

    /** {@code {"imports":[...]}}, newest first. */
    public void list(HttpCall call) throws Exception {
        auth.check(call);
        ObjectNode body = Json.MAPPER.createObjectNode();
        var imports = body.putArray("imports");
        runner.store().all().stream().filter(job -> job.kind() == JobKind.IMPORT).forEach(job -> imports.add(json(job)));
        call.respondJson(200, body);
    }

    public void cancel(HttpCall call) throws Exception {
        auth.check(call);
        JobRecord job = find(call.pathParameter(0));
        try {
            call.respondJson(200, json(runner.cancel(job.jobId())));
        } catch (JobNotCancellableException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** Counting and submitting together, so two racing creates cannot both take the last slot. */
    private synchronized JobRecord submit(JobRecord job, JobWork work) {
        long active = runner.store().all().stream()
                .filter(j -> j.kind() == JobKind.IMPORT && !j.state().isFinal()).count();
        if (active >= maxConcurrent) {
            throw new ApiException(429, "Too many concurrent imports: at most " + maxConcurrent
                                        + " may be pending or running; retry when one has finished");
        }
        return runner.submit(job, work);
    }

    private JobRecord find(String id) {
        return runner.store().find(id).filter(job -> job.kind() == JobKind.IMPORT)
                .orElseThrow(() -> ApiException.notFound("Import " + id + " not found"));
    }

    private static String required(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw ApiException.badRequest("Missing required field '" + field + "'");
        }
        return value.textValue();
    }

    private static ObjectNode json(JobRecord job) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("jobId", job.jobId());
        json.put("status", job.state().v3Name());
        json.put("connection", job.connection());
        json.setAll(job.details());
        json.put("createdAt", job.createdAt());
        json.put("updatedAt", job.updatedAt());
        if (job.state() == JobState.FAILURE) {
            json.put("error", job.errorMessage());
        }
        return json;
    }
}
