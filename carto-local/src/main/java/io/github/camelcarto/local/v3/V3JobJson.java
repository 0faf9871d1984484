package io.github.camelcarto.local.v3;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcarto.local.http.Json;
import io.github.camelcarto.local.jobs.JobKind;
import io.github.camelcarto.local.jobs.JobRecord;
import io.github.camelcarto.local.jobs.JobState;

/**
 * CARTO 3 job documents in the shapes CARTO's own code shows (carto-api.md Appendix B; carto-api-samples):
 * <ul>
 * <li>created (and each entry of the listing): {@code {externalId, accountId, userId, connectionId, metadata,
 * createdAt}}, @carto/ps-services' CreatedJob: no jobId, no status; a workflow's create answer adds {@code query},
 * {@code jobMetadata} and the caller's {@code token}, as CARTO's Workflows page shows;</li>
 * <li>status: {@code {jobId, query, status, error, createdAt, metadata}}, CartoJob: status pending, running, success
 * or failure, error {@code {code, msg}} on failure and {@code {}} otherwise; a workflow's status is BigQuery's
 * {@code {state, errorResult?}}.</li>
 * </ul>
 * CARTO's status words have no "cancelled": a cancelled job reads as a failure whose error says so, as BigQuery
 * reports a stopped job.
 */
final class V3JobJson {

    static final String ACCOUNT_ID = "ac_local";
    static final String USER_ID = "local";
    private static final String CANCELLED_CODE = "CANCELLED";
    private static final String CANCELLED_MESSAGE = "Job execution was cancelled";

    private V3JobJson() {
    }

    static ObjectNode created(JobRecord job) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("externalId", job.externalId());
        json.put("accountId", ACCOUNT_ID);
        json.put("userId", USER_ID);
        json.put("connectionId", Connections.id(job.connection()));
        json.set("metadata", job.metadata());
        json.put("createdAt", job.createdAt());
        return json;
    }

    /** @param token the caller's own token: CARTO echoes it, so a client must keep it out of its logs */
    static ObjectNode createdWorkflow(JobRecord job, String token) {
        ObjectNode json = created(job);
        json.set("query", job.query());
        json.set("jobMetadata", job.details().get("jobMetadata"));
        json.put("token", token);
        return json;
    }

    /** The answer of {@code GET /v3/sql/{connection}/job/{externalId}}. */
    static ObjectNode status(JobRecord job) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("jobId", job.jobId());
        json.set("query", job.query());
        if (job.kind() == JobKind.WORKFLOW) {
            json.set("status", bigQueryStatus(job));
        } else {
            json.put("status", switch (job.state()) {
                case PENDING -> "pending";
                case RUNNING -> "running";
                case SUCCESS -> "success";
                case FAILURE, CANCELLED -> "failure";
            });
        }
        ObjectNode error = json.putObject("error");
        if (job.state() == JobState.FAILURE) {
            error.put("code", job.errorCode());
            error.put("msg", job.errorMessage());
        } else if (job.state() == JobState.CANCELLED) {
            error.put("code", CANCELLED_CODE);
            error.put("msg", CANCELLED_MESSAGE);
        }
        json.put("createdAt", job.createdAt());
        json.set("metadata", job.metadata());
        return json;
    }

    /** PENDING, RUNNING, or DONE; a failed or cancelled DONE carries errorResult. */
    private static ObjectNode bigQueryStatus(JobRecord job) {
        ObjectNode status = Json.MAPPER.createObjectNode();
        status.put("state", switch (job.state()) {
            case PENDING -> "PENDING";
            case RUNNING -> "RUNNING";
            default -> "DONE";
        });
        if (job.state() == JobState.FAILURE || job.state() == JobState.CANCELLED) {
            ObjectNode errorResult = status.putObject("errorResult");
            errorResult.put("reason", job.state() == JobState.CANCELLED ? "stopped" : "invalidQuery");
            errorResult.put("location", "query");
            errorResult.put("message", job.state() == JobState.CANCELLED ? CANCELLED_MESSAGE : job.errorMessage());
        }
        return status;
    }
}
