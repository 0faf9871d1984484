package io.github.camelcarto;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.QueryParameters;
import io.github.camelcarto.client.http.Json;

/**
 * One submission under an idempotency key: the key, the endpoint kind it belongs to (a route may give the same key to
 * its carto:import and its carto:workflow step), and a fingerprint of what is submitted, which a redelivery must
 * repeat. The fingerprint is a SHA-256, so neither SQL nor parameters end up in a state repository or in CARTO's
 * metadata.
 *
 * @param key         the idempotency key as the route gave it
 * @param kind        carto:job, carto:workflow or carto:import
 * @param fingerprint SHA-256 (hex) of the connection and what is submitted
 */
record SubmissionRequest(String key, CartoEndpointKind kind, String fingerprint) {

    static final String STATE_KEY_PREFIX = "camel-carto.submission.";

    /** A SQL job or workflow run: the connection, the SQL and its parameters (in a canonical order) identify it. */
    static SubmissionRequest ofSql(String key, CartoEndpointKind kind, String connection, String sql,
                                   QueryParameters parameters) {
        return new SubmissionRequest(key, kind, sha256(connection + "\n" + sql + "\n" + canonical(parameters)));
    }

    /**
     * An import: its connection and destination identify it, not the URL, which may be signed anew (and so differ) on
     * each redelivery.
     */
    static SubmissionRequest ofImport(String key, Object connection, Object destination) {
        return new SubmissionRequest(key, CartoEndpointKind.IMPORT, sha256(connection + "\n" + destination));
    }

    /** The state repository key: URL-encoded so that no key can break a line of a FileStateRepository. */
    String stateKey() {
        return STATE_KEY_PREFIX + kind.uriName() + "." + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /** Whether a job of CARTO's listing was submitted under this key by this kind of endpoint. */
    boolean submitted(CartoJob listed) {
        return key.equals(SubmissionMetadata.field(listed, SubmissionMetadata.IDEMPOTENCY_KEY))
               && kind.uriName().equals(SubmissionMetadata.field(listed, SubmissionMetadata.KIND));
    }

    private static String canonical(QueryParameters parameters) {
        try {
            return Json.MAPPER.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsString(parameters.toJsonValue());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The query parameters cannot be written as JSON: " + e.getOriginalMessage(),
                    e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
