package io.github.camelcarto.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One observation of a CARTO job.
 *
 * @param id           CARTO's job id ({@code jobId}, else {@code externalId}, else the legacy {@code job_id})
 * @param status       the normalised status
 * @param terminal     whether the job will not change any more; an unrecognised status is UNKNOWN and not terminal,
 *                     while the legacy API's own {@code unknown} state is terminal
 * @param rawStatus    the status exactly as CARTO sent it, for logs and diagnostics
 * @param errorMessage CARTO's failure message, or null
 * @param fields       the job JSON as a map (any echoed token removed)
 */
public record CartoJob(String id, CartoJobStatus status, boolean terminal, String rawStatus, String errorMessage,
                       Map<String, Object> fields) {

    /** The same observation under the id it was submitted with. */
    public CartoJob withId(String jobId) {
        return new CartoJob(jobId, status, terminal, rawStatus, errorMessage, fields);
    }

    /**
     * This job as a later read shows it: the read's state, under this job's id, with the read's fields laid over this
     * job's, because a status read may omit what the submit (or the jobs listing) answered, such as the Workflows
     * API's {@code jobMetadata} or the listing's {@code connectionId}.
     */
    public CartoJob updatedBy(CartoJob read) {
        Map<String, Object> merged = new LinkedHashMap<>(fields);
        merged.putAll(read.fields());
        return new CartoJob(id, read.status(), read.terminal(), read.rawStatus(), read.errorMessage(), merged);
    }

    /** The Workflows API's {@code jobMetadata.workflowOutputTableName}, or null. */
    public String workflowOutputTable() {
        if (fields.get("jobMetadata") instanceof Map<?, ?> metadata
                && metadata.get("workflowOutputTableName") instanceof String table) {
            return table;
        }
        return null;
    }
}
