package io.github.camelcarto.local.v3;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.camelcarto.local.engine.MissingParameterException;
import io.github.camelcarto.local.engine.ScriptRunner;
import io.github.camelcarto.local.engine.ScriptSplitter;
import io.github.camelcarto.local.engine.SqlEngine;
import io.github.camelcarto.local.engine.SqlTranslator;
import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.http.HttpCall;
import io.github.camelcarto.local.http.Json;
import io.github.camelcarto.local.jobs.JobKind;
import io.github.camelcarto.local.jobs.JobNotCancellableException;
import io.github.camelcarto.local.jobs.JobRecord;
import io.github.camelcarto.local.jobs.JobRunner;
import io.github.camelcarto.local.workflows.Workflow;
import io.github.camelcarto.local.workflows.WorkflowCall;
import io.github.camelcarto.local.workflows.WorkflowRegistry;
import io.github.camelcarto.local.workflows.WorkflowRunner;

/**
 * CARTO 3 SQL jobs: create ({@code POST|GET /v3/sql/{connection}/job}), read and cancel ({@code GET|DELETE
 * .../job/{externalId}}), list ({@code GET /v3/sql/jobs?created_since=...}), in the shapes of {@link V3JobJson}. A
 * query that CALLs a registered workflow runs that workflow.
 */
public final class SqlJobEndpoint {

    private final SqlEngine engine;
    private final V3Auth auth;
    private final Connections connections;
    private final JobRunner runner;
    private final WorkflowRegistry workflows;

    public SqlJobEndpoint(SqlEngine engine, V3Auth auth, Connections connections, JobRunner runner,
                          WorkflowRegistry workflows) {
        this.engine = engine;
        this.auth = auth;
        this.connections = connections;
        this.runner = runner;
        this.workflows = workflows;
    }

    public void create(HttpCall call) throws Exception {
        String token = auth.check(call);
        String connection = connections.require(call.pathParameter(0));
        SqlRequest request = SqlRequest.read(call, "query");
        JsonNode metadata = request.body() != null && request.body().get("metadata") instanceof ObjectNode given
                ? given : Json.MAPPER.createObjectNode();
        Optional<WorkflowCall> workflowCall = WorkflowCall.parse(request.sql());
        Optional<Workflow> workflow = workflowCall.flatMap(parsed -> workflows.find(parsed.procedure()));
        if (workflow.isPresent()) {
            JobRecord job = submitWorkflow(connection, request, metadata, workflowCall.get(), workflow.get());
            call.respondJson(200, V3JobJson.createdWorkflow(job, token));
        } else {
            call.respondJson(200, V3JobJson.created(submitSql(connection, request, metadata)));
        }
    }

    public void read(HttpCall call) throws Exception {
        auth.check(call);
        connections.require(call.pathParameter(0));
        call.respondJson(200, V3JobJson.status(find(call.pathParameter(1))));
    }

    public void cancel(HttpCall call) throws Exception {
        auth.check(call);
        connections.require(call.pathParameter(0));
        JobRecord job = find(call.pathParameter(1));
        try {
            call.respondJson(200, V3JobJson.status(runner.cancel(job.jobId())));
        } catch (JobNotCancellableException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /**
     * A bare array of created-shaped entries (no status), newest first: the jobs created at or after
     * {@code created_since}, finished ones included, or every job when it is absent (CARTO's default is unknown).
     */
    public void list(HttpCall call) throws Exception {
        auth.check(call);
        Instant since = createdSince(call.query("created_since"));
        ArrayNode jobs = Json.MAPPER.createArrayNode();
        runner.store().all().stream().filter(SqlJobEndpoint::isSqlJob)
                .filter(job -> since == null || !Instant.parse(job.createdAt()).isBefore(since))
                .forEach(job -> jobs.add(V3JobJson.created(job)));
        call.respondJson(200, jobs);
    }

    /** By the externalId that the create answer gave, the only id CARTO's Workflows page polls with. */
    private JobRecord find(String externalId) {
        return runner.store().find(externalId)
                .filter(job -> isSqlJob(job) && job.externalId().equals(externalId))
                .orElseThrow(() -> ApiException.notFound("Job " + externalId + " not found"));
    }

    private static boolean isSqlJob(JobRecord job) {
        return job.kind() == JobKind.SQL || job.kind() == JobKind.WORKFLOW;
    }

    /** An ISO-8601 instant such as JavaScript's toISOString() writes, with any offset, or a date (midnight UTC). */
    private static Instant createdSince(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.contains("T") ? OffsetDateTime.parse(text).toInstant()
                    : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("created_since must be an ISO-8601 date or time such as "
                                          + "2024-05-01T00:00:00.000Z: " + text);
        }
    }

    private JobRecord submitSql(String connection, SqlRequest request, JsonNode metadata) {
        checkParameters(request);
        JobRecord job = JobRecord.create(JobKind.SQL, connection, TextNode.valueOf(request.sql()),
                request.parameters().json(), metadata, null);
        return runner.submit(job, (running, execution) -> {
            try (Connection jdbc = engine.open()) {
                ScriptRunner.run(jdbc, request.sql(), request.parameters(), execution, (rows, count) -> null);
            }
        });
    }

    private JobRecord submitWorkflow(String connection, SqlRequest request, JsonNode metadata, WorkflowCall call,
                                     Workflow workflow) {
        ObjectNode parameters = call.scriptParameters(workflow, request.parameters().json());
        String outputTable = call.outputTable(parameters);
        ObjectNode details = Json.MAPPER.createObjectNode();
        ObjectNode jobMetadata = details.putObject("jobMetadata");
        jobMetadata.put("location", "local");
        jobMetadata.put("workflowOutputTableName", outputTable);
        JobRecord job = JobRecord.create(JobKind.WORKFLOW, connection, TextNode.valueOf(request.sql()),
                request.parameters().json(), metadata, details);
        return runner.submit(job, (running, execution) -> {
            try (Connection jdbc = engine.open()) {
                WorkflowRunner.run(jdbc, workflow, outputTable, parameters, execution);
            }
        });
    }

    /** A placeholder without a value is the caller's mistake: answer 400 now rather than fail the job later. */
    private static void checkParameters(SqlRequest request) {
        try {
            ScriptSplitter.split(request.sql()).forEach(statement -> SqlTranslator.translate(statement, request.parameters()));
        } catch (MissingParameterException e) {
            throw SqlFailures.badRequest(e);
        }
    }
}
