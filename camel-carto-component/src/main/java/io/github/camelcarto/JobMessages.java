package io.github.camelcarto;

import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.CartoTimeoutException;
import io.github.camelcarto.client.JobOutcome;
import org.apache.camel.Message;

/** Writes what is known of a job onto a message: the job map as body, id and status as headers. */
final class JobMessages {

    private JobMessages() {
    }

    static void write(Message message, CartoJob job) {
        message.setBody(job.fields());
        message.setHeader(CartoConstants.JOB_ID, job.id());
        message.setHeader(CartoConstants.JOB_STATUS, job.status());
        String outputTable = job.workflowOutputTable();
        if (outputTable != null) {
            message.setHeader(CartoConstants.WORKFLOW_OUTPUT_TABLE, outputTable);
        }
    }

    static void write(Message message, JobOutcome outcome) {
        write(message, outcome.job());
        writeProgress(message, outcome);
    }

    /** How long waiting took: polls and elapsed milliseconds. */
    static void writeProgress(Message message, JobOutcome outcome) {
        message.setHeader(CartoConstants.POLL_COUNT, outcome.polls());
        message.setHeader(CartoConstants.ELAPSED_MILLIS, outcome.elapsed().toMillis());
    }

    /** Where a wait that ran out left the job. */
    static void write(Message message, CartoTimeoutException timeout) {
        message.setHeader(CartoConstants.JOB_STATUS, timeout.getLastStatus());
        message.setHeader(CartoConstants.POLL_COUNT, timeout.getPolls());
        message.setHeader(CartoConstants.ELAPSED_MILLIS, timeout.getWaited().toMillis());
    }
}
