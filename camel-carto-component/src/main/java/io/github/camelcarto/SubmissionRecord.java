package io.github.camelcarto;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.client.http.Json;

/**
 * What the state repository keeps of a submission, as JSON under {@link SubmissionRequest#stateKey()}: what is needed
 * to take the job up again, including what only CARTO's create answer told (status reads do not repeat it).
 *
 * @param jobId       the id CARTO gave: a SQL job's externalId, an import's jobId
 * @param connection  the connection the job runs on, where its status is read
 * @param fingerprint {@link SubmissionRequest#fingerprint()} of what was submitted
 * @param outputTable a workflow run's output table ({@code jobMetadata.workflowOutputTableName}), or null
 * @param destination an import's destination table, or null
 */
record SubmissionRecord(String jobId, String connection, String fingerprint, String outputTable, String destination) {

    static SubmissionRecord of(CartoJob created, SubmissionRequest request, String connection, String destination) {
        return new SubmissionRecord(created.id(), connection, request.fingerprint(), created.workflowOutputTable(),
                destination);
    }

    /** The job as known before reading it: its id and what the create answer told; its status is not known. */
    CartoJob knownJob() {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (outputTable != null) {
            fields.put("jobMetadata", Map.of("workflowOutputTableName", outputTable));
        }
        return new CartoJob(jobId, CartoJobStatus.UNKNOWN, false, null, null, fields);
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jobId", jobId);
        putIfKnown(json, "connection", connection);
        putIfKnown(json, "request", fingerprint);
        putIfKnown(json, "outputTable", outputTable);
        putIfKnown(json, "destination", destination);
        return Json.writeString(json);
    }

    /** @throws IllegalStateException when the value is not what {@link #toJson()} writes */
    static SubmissionRecord parse(String value, String stateKey) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(value);
        } catch (Exception e) {
            json = null;
        }
        if (json == null || !json.path("jobId").isTextual()) {
            throw new IllegalStateException("The state repository holds under " + stateKey + " a value that is not "
                                            + "the record of a camel-carto submission: " + Json.snippet(value));
        }
        return new SubmissionRecord(json.path("jobId").textValue(), text(json, "connection"), text(json, "request"),
                text(json, "outputTable"), text(json, "destination"));
    }

    private static void putIfKnown(Map<String, Object> json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    private static String text(JsonNode json, String name) {
        return json.path(name).isTextual() ? json.path(name).textValue() : null;
    }
}
