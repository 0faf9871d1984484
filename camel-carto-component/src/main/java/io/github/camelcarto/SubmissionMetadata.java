package io.github.camelcarto;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelcarto.client.CartoJob;

/**
 * What camel-carto writes into a job's {@code metadata}, which CARTO keeps with the job and shows in its jobs listing:
 * the idempotency key (so that a key the state repository lost is found again) and the application's tag (so that
 * carto:jobs follows this application's jobs only). Values are strings; nothing secret goes in (the SQL only as the
 * SHA-256 of {@link SubmissionRequest}).
 */
final class SubmissionMetadata {

    static final String IDEMPOTENCY_KEY = "camelCartoIdempotencyKey";
    static final String KIND = "camelCartoKind";
    static final String REQUEST = "camelCartoRequest";
    static final String TAG = "camelCartoTag";

    private SubmissionMetadata() {
    }

    /**
     * The metadata to submit: the route's own (header CamelCartoJobMetadata), then camel-carto's fields.
     *
     * @param given      the route's metadata, or null
     * @param submission the idempotent submission, or null
     * @param tag        option jobTag, or null
     */
    static Map<String, Object> of(Map<?, ?> given, SubmissionRequest submission, String tag) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (given != null) {
            given.forEach((name, value) -> metadata.put(String.valueOf(name), value));
        }
        if (submission != null) {
            metadata.put(IDEMPOTENCY_KEY, submission.key());
            metadata.put(KIND, submission.kind().uriName());
            metadata.put(REQUEST, submission.fingerprint());
        }
        if (tag != null && !tag.isBlank()) {
            metadata.put(TAG, tag.strip());
        }
        return metadata;
    }

    /** A string field of a job's metadata (as its listing entry or status read shows it), or null. */
    static String field(CartoJob job, String name) {
        return job.fields().get("metadata") instanceof Map<?, ?> metadata && metadata.get(name) instanceof String value
                ? value : null;
    }
}
