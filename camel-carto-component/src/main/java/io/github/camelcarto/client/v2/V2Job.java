package io.github.camelcarto.client.v2;

import io.github.camelcarto.client.CartoJob;

/**
 * A Batch API job as read in one SQL API v2 answer.
 *
 * @param job         the job, its status normalised
 * @param alreadyDone true when a cancel found the job already finished (CARTO's 400 "Cannot set status from done to
 *                    cancelled"); {@code job} then carries the status CARTO named
 * @param rateLimits  the response's rate-limit headers
 */
public record V2Job(CartoJob job, boolean alreadyDone, RateLimits rateLimits) {
}
