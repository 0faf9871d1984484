package io.github.camelcarto.client;

import java.time.Duration;

/**
 * A job the {@link JobWaiter} is waiting for, as operators look at it.
 *
 * @param jobId      the id CARTO gave the job
 * @param status     its status at the last poll (or at submit)
 * @param waited     how long the wait has lasted
 * @param nextPollIn how long until the next poll; zero while a poll is on its way
 * @param polls      the polls sent so far
 * @param owner      whoever started the wait, as given to {@link JobWaiter#await}
 */
public record WaitingJob(String jobId, CartoJobStatus status, Duration waited, Duration nextPollIn, int polls,
                         Object owner) {
}
