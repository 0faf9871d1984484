package io.github.camelcarto.client.v2;

import java.util.List;
import java.util.Map;

/**
 * A SQL API v2 answer in JSON format.
 *
 * @param rows       the rows, each a map of column name to value
 * @param fields     the columns by name, each a map with {@code type}, {@code pgtype} (and geometry details)
 * @param time       CARTO's elapsed time in seconds, or null
 * @param totalRows  CARTO's {@code total_rows}, or null
 * @param notices    PostgreSQL notices (RAISE NOTICE), possibly empty
 * @param warnings   PostgreSQL warnings, possibly empty
 * @param rateLimits the response's rate-limit headers
 */
public record V2QueryResult(List<Map<String, Object>> rows, Map<String, Object> fields, Double time, Long totalRows,
                            List<String> notices, List<String> warnings, RateLimits rateLimits) {
}
