package io.github.camelcarto.local.jobs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A job as stored (and persisted as JSON): what to run, its state and error, timestamps, and kind-specific details
 * (a workflow's output table, an import's destination, a v2 job's per-query statuses). Immutable: changes make
 * copies through the {@code with...} methods.
 */
public record JobRecord(String jobId, String externalId, JobKind kind, String connection, JsonNode query,
                        JsonNode queryParameters, JsonNode metadata, JobState state, String errorCode,
                        String errorMessage, String createdAt, String updatedAt, ObjectNode details) {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    public static JobRecord create(JobKind kind, String connection, JsonNode query, JsonNode queryParameters,
                                   JsonNode metadata, ObjectNode details) {
        UUID id = UUID.randomUUID();
        String now = now();
        return new JobRecord(id.toString(), "job_" + id.toString().replace("-", ""), kind, connection, query,
                queryParameters, metadata == null ? JsonNodeFactory.instance.objectNode() : metadata,
                JobState.PENDING, null, null, now, now,
                details == null ? JsonNodeFactory.instance.objectNode() : details);
    }

    public JobRecord withState(JobState newState) {
        return new JobRecord(jobId, externalId, kind, connection, query, queryParameters, metadata, newState,
                errorCode, errorMessage, createdAt, now(), details);
    }

    public JobRecord failed(String code, String message) {
        return new JobRecord(jobId, externalId, kind, connection, query, queryParameters, metadata, JobState.FAILURE,
                code, message, createdAt, now(), details);
    }

    public JobRecord withQuery(JsonNode newQuery) {
        return new JobRecord(jobId, externalId, kind, connection, newQuery, queryParameters, metadata, state, errorCode,
                errorMessage, createdAt, now(), details);
    }

    public JobRecord withDetails(ObjectNode newDetails) {
        return new JobRecord(jobId, externalId, kind, connection, query, queryParameters, metadata, state, errorCode,
                errorMessage, createdAt, now(), newDetails);
    }

    /** Answers to its jobId and to its externalId (CARTO's Workflows page polls with the latter). */
    public boolean isCalled(String id) {
        return jobId.equals(id) || externalId.equals(id);
    }

    static String now() {
        return TIMESTAMP.format(Instant.now());
    }
}
