package io.github.camelcarto.client.v2;

import java.io.InputStream;

/**
 * A streamed SQL API v2 answer (an export format or a COPY ... TO STDOUT): nothing of the body has been read yet.
 * Whoever receives it must read and close {@code body}, which holds the connection until then.
 *
 * @param body        the body, already un-gzipped when CARTO compressed it
 * @param contentType CARTO's Content-Type, or null
 * @param filename    the file name of CARTO's Content-Disposition, or null
 * @param rateLimits  the response's rate-limit headers
 */
public record V2Download(InputStream body, String contentType, String filename, RateLimits rateLimits) {
}
