package io.github.camelcarto.local.v3;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcarto.local.http.Json;
import io.github.camelcarto.local.jobs.JobKind;
import io.github.camelcarto.local.jobs.JobRecord;
import io.github.camelcarto.local.jobs.JobState;

/**
 * CARTO 3 job documents. Plain SQL jobs carry a string status and {@code error: {code, msg}}; workflow jobs carry
 * the BigQuery-style {@code status: {state, errorResult}} of CARTO's Workflows page, plus {@code jobMetadata}.
 */
final class V3JobJson {

    private V3JobJson() {
    }

    static ObjectNode of(JobRecord job) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("jobId", job.jobId());
        json.put("externalId", job.externalId());
        json.put("accountId", "local");
        json.put("userId", "local");
        json.put("connectionId", job.connection());
        json.put("connection", job.connection());
        json.set("query", job.query());
        if (job.queryParameters() != null && !job.queryParameters().isNull()) {
            json.set("queryParameters", job.queryParameters());
        }
        json.set("metadata", job.metadata());
        json.put("createdAt", job.createdAt());
        json.put("updatedAt", job.updatedAt());
        if (job.kind() == JobKind.WORKFLOW) {
            json.set("jobMetadata", job.details().get("jobMetadata"));
            json.set("status", bigQueryStatus(job));
        } else {
            json.put("status", job.state().v3Name());
            if (job.state() == JobState.FAILURE) {
                ObjectNode error = json.putObject("error");
                error.put("code", job.errorCode());
                error.put("msg", job.errorMessage());
            }
        }
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
            errorResult.put("message", job.state() == JobState.CANCELLED ? "Job execution was cancelled"
                    : job.errorMessage());
        }
        return status;
    }
}
