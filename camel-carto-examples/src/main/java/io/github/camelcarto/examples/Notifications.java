package io.github.camelcarto.examples;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelcarto.CartoConstants;
import io.github.camelcarto.client.CartoJobFailedException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** The notifications the routes send, as ordered Maps that become one JSON line each. */
public final class Notifications {

    private Notifications() {
    }

    /** A dropped file was imported and the workflow ran on it. */
    public static Map<String, Object> fileProcessed(Exchange exchange) {
        Message message = exchange.getMessage();
        Map<String, Object> notification = start("file-processed", "DONE", exchange);
        notification.put("importJobId", exchange.getProperty(FileDropRoutes.IMPORT_ID));
        notification.put("table", exchange.getProperty(FileDropRoutes.TABLE));
        notification.put("importedRows", exchange.getProperty(FileDropRoutes.IMPORTED_ROWS, Long.class));
        notification.put("workflowJobId", message.getHeader(CartoConstants.JOB_ID));
        notification.put("workflowStatus", String.valueOf(message.getHeader(CartoConstants.JOB_STATUS)));
        notification.put("outputTable", message.getHeader(CartoConstants.WORKFLOW_OUTPUT_TABLE));
        notification.put("rowCount", message.getHeader(CartoConstants.ROW_COUNT));
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("importMillis", exchange.getProperty(FileDropRoutes.IMPORT_MILLIS));
        timings.put("workflowMillis", message.getHeader(CartoConstants.ELAPSED_MILLIS));
        timings.put("totalMillis", exchange.getClock().elapsed());
        notification.put("timings", timings);
        return notification;
    }

    /** A dropped file failed; it is in inbox/.error with the reason beside it. */
    public static Map<String, Object> fileFailed(Exchange exchange) {
        Map<String, Object> notification = start("file-failed", "FAILED", exchange);
        String dropId = exchange.getProperty(FileDropRoutes.DROP_ID, String.class);
        notification.put("stage", exchange.getProperty(FileDropRoutes.STAGE));
        notification.put("error", message(failure(exchange)));
        // a failed import never reached the step that copies its id into a property: its header still has it
        notification.put("importJobId", exchange.getMessage().getHeader(CartoConstants.IMPORT_ID));
        if (failure(exchange) instanceof CartoJobFailedException failed) {
            notification.put("failedJobId", failed.getJobId());
            notification.put("cartoMessage", failed.getCartoMessage());
        }
        notification.put("movedTo", ".error/" + dropId);
        notification.put("reasonFile", ".error/" + dropId + ".reason.txt");
        notification.put("timings", Map.of("totalMillis", exchange.getClock().elapsed()));
        return notification;
    }

    /** The text of the .reason.txt written next to a failed file. */
    public static String failureReason(Exchange exchange) {
        Exception failure = failure(exchange);
        StringBuilder reason = new StringBuilder()
                .append("file: ").append(exchange.getProperty(FileDropRoutes.FILE)).append('\n')
                .append("failed at: ").append(exchange.getProperty(FileDropRoutes.STAGE)).append('\n')
                .append("error: ").append(message(failure)).append('\n');
        if (failure instanceof CartoJobFailedException failed) {
            reason.append("CARTO job: ").append(failed.getJobId()).append(" ").append(failed.getStatus()).append('\n')
                    .append("CARTO message: ").append(failed.getCartoMessage()).append('\n');
        }
        return reason.toString();
    }

    /** A CARTO job seen by the job monitor ended FAILED or CANCELLED. */
    public static Map<String, Object> jobFailed(Exchange exchange) {
        Message message = exchange.getMessage();
        Map<String, Object> notification = new LinkedHashMap<>();
        notification.put("event", "job-failed");
        notification.put("status", String.valueOf(message.getHeader(CartoConstants.JOB_STATUS)));
        notification.put("jobId", message.getHeader(CartoConstants.JOB_ID));
        notification.put("previousStatus", message.getHeader(CartoConstants.JOB_PREVIOUS_STATUS, String.class));
        notification.put("connection", message.getHeader(CartoConstants.CONNECTION));
        notification.put("error", jobError(message.getBody(Map.class)));
        notification.put("at", Instant.now().toString());
        return notification;
    }

    private static Map<String, Object> start(String event, String status, Exchange exchange) {
        Map<String, Object> notification = new LinkedHashMap<>();
        notification.put("event", event);
        notification.put("status", status);
        notification.put("file", exchange.getProperty(FileDropRoutes.FILE));
        notification.put("dropId", exchange.getProperty(FileDropRoutes.DROP_ID));
        notification.put("at", Instant.now().toString());
        return notification;
    }

    /** Inside onException Camel keeps the exception aside as a property. */
    private static Exception failure(Exchange exchange) {
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        return caught != null ? caught : exchange.getException();
    }

    private static String message(Exception failure) {
        if (failure == null) {
            return "unknown error";
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    /** CARTO's error text from either job shape: {error: {msg}} or {status: {errorResult: {message}}}. */
    private static Object jobError(Map<?, ?> job) {
        if (job == null) {
            return null;
        }
        if (job.get("error") instanceof Map<?, ?> error) {
            return error.get("msg");
        }
        if (job.get("status") instanceof Map<?, ?> status && status.get("errorResult") instanceof Map<?, ?> result) {
            return result.get("message");
        }
        return job.get("error");
    }
}
