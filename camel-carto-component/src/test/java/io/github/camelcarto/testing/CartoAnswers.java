package io.github.camelcarto.testing;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcarto.samples.CartoSample;
import io.github.camelcarto.samples.CartoSamples;

/**
 * CARTO 3's answers for the WireMock stubs, made from the samples of {@code carto-api-samples} (carto-api.md
 * Appendix B), so that a stub answers in CARTO's shape and cannot drift from what carto-local answers. Each method
 * names its sample; the values it changes are examples, the shape is CARTO's.
 */
public final class CartoAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CartoAnswers() {
    }

    /** {@code v3/job-created} (Appendix B 'job create answer'): no jobId, no status, connectionId a UUID. */
    public static String jobCreated(String externalId) {
        return CartoSamples.get("v3/job-created").bodyWith(Map.of("/externalId", externalId));
    }

    /** {@code v3/workflow-job-created} (CARTO's "Executing workflows via API" page), naming the output table. */
    public static String workflowJobCreated(String externalId, String outputTable) {
        return CartoSamples.get("v3/workflow-job-created").bodyWith(Map.of("/externalId", externalId,
                "/jobMetadata/workflowOutputTableName", outputTable));
    }

    /**
     * {@code v3/job-status-running} with the given status (pending, running or success; @carto/ps-services CartoJob).
     * Its {@code jobId} stays the sample's own: whether CARTO's equals the externalId is unknown, so a client must
     * not rely on it.
     */
    public static String jobStatus(String status) {
        return CartoSamples.get("v3/job-status-running").bodyWith(Map.of("/status", status));
    }

    /** {@code v3/job-status-failure}: status failure, {@code error {code, msg}}. */
    public static String jobFailed(String code, String message) {
        return CartoSamples.get("v3/job-status-failure").bodyWith(Map.of("/error/code", code, "/error/msg", message));
    }

    /** {@code v3/workflow-job-status-done}: {@code status: {state: DONE}}. */
    public static String workflowJobDone() {
        return CartoSamples.body("v3/workflow-job-status-done");
    }

    /** {@code v3/workflow-job-status-done} with another BigQuery state (PENDING, RUNNING). */
    public static String workflowJobState(String state) {
        return CartoSamples.get("v3/workflow-job-status-done").bodyWith(Map.of("/status/state", state));
    }

    /** {@code v3/workflow-job-status-failed}: DONE with {@code errorResult {reason, location, message}}. */
    public static String workflowJobFailed(String reason, String message) {
        return CartoSamples.get("v3/workflow-job-status-failed").bodyWith(Map.of("/status/errorResult/reason", reason,
                "/status/errorResult/message", message, "/error/code", reason, "/error/msg", message));
    }

    /** {@code v3/jobs-list} (Appendix B 'job listing'): a bare array of create-shaped entries, no status. */
    public static String jobsListing(String... externalIds) {
        JsonNode entry = parse(CartoSamples.body("v3/jobs-list")).get(0);
        ArrayNode listing = JSON.createArrayNode();
        for (String id : externalIds) {
            listing.add(((ObjectNode) entry.deepCopy()).put("externalId", id));
        }
        return listing.toString();
    }

    /**
     * {@code v3/jobs-list} whose entries carry metadata (Appendix B: the listing keeps each job's metadata, which
     * CARTO's own clients filter on): externalId to metadata, in the listing's order.
     */
    public static String jobsListingWithMetadata(Map<String, Map<String, ?>> metadataById) {
        JsonNode entry = parse(CartoSamples.body("v3/jobs-list")).get(0);
        ArrayNode listing = JSON.createArrayNode();
        metadataById.forEach((id, metadata) -> {
            ObjectNode job = ((ObjectNode) entry.deepCopy()).put("externalId", id);
            job.set("metadata", JSON.valueToTree(metadata));
            listing.add(job);
        });
        return listing.toString();
    }

    /** {@code v3/query-answer} (Appendix B 'query answer') with these rows and columns ({name, type} each). */
    public static String queryAnswer(Object rows, Object schema) {
        return CartoSamples.get("v3/query-answer").bodyWith(Map.of("/rows", rows, "/schema", schema));
    }

    /**
     * {@code v3/error} (Appendix B 'error answers') with CARTO's message and the fields some answers add
     * ({@code description}, {@code hint}, {@code column_name}); the sample is not exact, so such fields are its shape.
     */
    public static String error(String message, int status, Map<String, String> more) {
        CartoSample sample = CartoSamples.get("v3/error");
        if (sample.exact()) {
            throw new IllegalStateException("v3/error became exact: fields cannot be added to it any more");
        }
        ObjectNode body = (ObjectNode) parse(sample.bodyWith(Map.of("/error", message, "/status", status)));
        more.forEach(body::put);
        return body.toString();
    }

    /** {@code v3/lds-geocode} (Appendix B 'LDS geocode / reverse'): one entry, error null, a point. */
    public static String ldsHit(double longitude, double latitude) {
        return CartoSamples.get("v3/lds-geocode").bodyWith(Map.of("/0/value/0/longitude", longitude,
                "/0/value/0/latitude", latitude));
    }

    /** {@code v3/lds-geocode-miss}: HTTP 200, one entry with error set and no value. */
    public static String ldsMiss(String message) {
        return CartoSamples.get("v3/lds-geocode-miss").bodyWith(Map.of("/0/error", message));
    }

    /** {@code v3/lds-batch-geocode}: a hit, then a miss, in input order. */
    public static String ldsBatchHitThenMiss(String missMessage) {
        return CartoSamples.get("v3/lds-batch-geocode").bodyWith(Map.of("/1/error", missMessage));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A CARTO sample is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
