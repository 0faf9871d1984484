package io.github.camelcarto.client;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.camelcarto.client.http.ErrorMessages;

/**
 * Reads a job from any of the JSON shapes CARTO uses, defensively: the status may be a string in any case or an
 * object with {@code state} (a BigQuery-style {@code DONE} with {@code errorResult} is a failure), both spellings of
 * cancelled are accepted, and a status nobody has seen yet becomes UNKNOWN (not terminal) instead of an error. The id
 * is the {@code externalId} CARTO gives at submit and polls by, before any {@code jobId} (carto-api.md, Appendix B).
 */
public final class CartoJobParser {

    private static final Set<String> PENDING = Set.of("pending", "queued", "enqueued", "created", "submitted",
            "waiting", "scheduled");
    private static final Set<String> RUNNING = Set.of("running", "in_progress", "inprogress", "executing", "started",
            "processing", "uploading", "unpacking", "importing", "guessing");
    private static final Set<String> DONE = Set.of("done", "success", "succeeded", "successful", "completed",
            "complete", "finished");
    private static final Set<String> FAILED = Set.of("failed", "failure", "error", "errored");
    /** "skipped" is the legacy Batch API's state for chained queries that never ran. */
    private static final Set<String> CANCELLED = Set.of("cancelled", "canceled", "aborted", "skipped");
    /**
     * Codes of a failure that was a cancel: CARTO 3's job statuses have no "cancelled", so a cancelled job reads as a
     * failure whose code says so; "stopped" is BigQuery's errorResult reason for a cancelled job.
     */
    private static final Set<String> CANCEL_CODES = Set.of("cancelled", "canceled", "stopped");
    /** Secrets CARTO echoes back in job documents (the Workflows API returns the caller's token). */
    private static final Set<String> SECRET_FIELDS = Set.of("token", "api_key", "access_token");

    private CartoJobParser() {
    }

    public static CartoJob parse(Map<String, Object> json) {
        Map<String, Object> fields = new LinkedHashMap<>(json);
        SECRET_FIELDS.forEach(fields::remove);

        Object statusField = fields.get("status");
        String rawStatus;
        Object errorResult = null;
        if (statusField instanceof Map<?, ?> statusObject) {
            rawStatus = statusObject.get("state") instanceof String s ? s : null;
            errorResult = statusObject.get("errorResult");
        } else if (statusField instanceof String s) {
            rawStatus = s;
        } else {
            // the legacy Import API calls it "state"
            rawStatus = fields.get("state") instanceof String s ? s : null;
        }

        CartoJobStatus status = normalise(rawStatus);
        boolean terminal = status.isFinished() || "unknown".equalsIgnoreCase(rawStatus);
        if (status == CartoJobStatus.DONE && errorResult != null) {
            status = CartoJobStatus.FAILED;
        }
        if (status == CartoJobStatus.FAILED && (isCancelCode(fields.get("error"), "code")
                                                || isCancelCode(errorResult, "reason"))) {
            status = CartoJobStatus.CANCELLED;
        }
        String errorMessage = status == CartoJobStatus.DONE ? null : ErrorMessages.extract(fields);
        if (errorMessage == null && status.isFinished() && status != CartoJobStatus.DONE) {
            errorMessage = ErrorMessages.fromLogs(fields);
        }
        return new CartoJob(idOf(fields), status, terminal, rawStatus, errorMessage, fields);
    }

    /**
     * A job as the answer to its submit shows it. CARTO's SQL API answers a submit without a status (carto-api.md,
     * Appendix B: {@code {externalId, accountId, userId, connectionId, metadata, createdAt}}), and so may the Imports
     * API: a job CARTO just accepted is pending.
     */
    public static CartoJob parseCreated(Map<String, Object> json) {
        CartoJob job = parse(json);
        if (json.get("status") != null || json.get("state") != null) {
            return job;
        }
        return new CartoJob(job.id(), CartoJobStatus.PENDING, false, null, null, job.fields());
    }

    private static boolean isCancelCode(Object error, String field) {
        return error instanceof Map<?, ?> map && map.get(field) instanceof String code
               && CANCEL_CODES.contains(code.trim().toLowerCase(Locale.ROOT));
    }

    /** Maps a raw status word to the normalised status; null or unrecognised gives UNKNOWN. */
    public static CartoJobStatus normalise(String rawStatus) {
        if (rawStatus == null) {
            return CartoJobStatus.UNKNOWN;
        }
        String s = rawStatus.trim().toLowerCase(Locale.ROOT);
        if (PENDING.contains(s)) {
            return CartoJobStatus.PENDING;
        }
        if (RUNNING.contains(s)) {
            return CartoJobStatus.RUNNING;
        }
        if (DONE.contains(s)) {
            return CartoJobStatus.DONE;
        }
        if (FAILED.contains(s)) {
            return CartoJobStatus.FAILED;
        }
        if (CANCELLED.contains(s)) {
            return CartoJobStatus.CANCELLED;
        }
        return CartoJobStatus.UNKNOWN;
    }

    private static String idOf(Map<String, Object> fields) {
        for (String key : new String[] { "externalId", "jobId", "job_id", "id" }) {
            Object value = fields.get(key);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return null;
    }
}
