package io.github.camelcarto.client.v2;

import java.util.Map;

/**
 * The answer to a COPY ... FROM STDIN.
 *
 * @param totalRows  the rows CARTO loaded ({@code total_rows})
 * @param time       CARTO's elapsed time in seconds, or null
 * @param fields     the answer as a map
 * @param bytesSent  how many bytes went on the wire (after compression)
 * @param rateLimits the response's rate-limit headers
 */
public record V2CopyResult(long totalRows, Double time, Map<String, Object> fields, long bytesSent,
                           RateLimits rateLimits) {
}
