package io.github.camelcarto.local.v2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcarto.local.http.Json;
import io.github.camelcarto.local.jobs.JobRecord;
import io.github.camelcarto.local.jobs.JobState;

/** A Batch API job as CARTO's SQL API v2 serialises it. */
final class V2JobJson {

    private V2JobJson() {
    }

    static ObjectNode of(JobRecord job, String user) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("user", user);
        json.put("status", status(job.state()));
        json.set("query", job.query());
        json.put("created_at", job.createdAt());
        json.put("updated_at", job.updatedAt());
        json.put("job_id", job.jobId());
        if (job.state() == JobState.FAILURE) {
            json.put("failed_reason", job.errorMessage());
        }
        if (job.details().has("fallback_status")) {
            json.set("fallback_status", job.details().get("fallback_status"));
        }
        return json;
    }

    /** pending, running, done, failed, cancelled. */
    static String status(JobState state) {
        return switch (state) {
            case PENDING -> "pending";
            case RUNNING -> "running";
            case SUCCESS -> "done";
            case FAILURE -> "failed";
            case CANCELLED -> "cancelled";
        };
    }
}
