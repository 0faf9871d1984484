package io.github.camelcarto.client;

import java.util.List;
import java.util.Map;

/**
 * The answer of a synchronous query.
 *
 * @param rows   the rows, each a map of column name to value
 * @param schema the columns, each a map with {@code name} and {@code type}, as CARTO sent them
 * @param meta   CARTO's {@code meta} object ({@code cacheHit}, {@code totalBytesProcessed}, ...), possibly empty
 */
public record QueryResult(List<Map<String, Object>> rows, List<Map<String, Object>> schema, Map<String, Object> meta) {

    /** CARTO truncates synchronous results at this many rows without saying so. */
    public static final int CARTO_ROW_CAP = 200_000;

    public boolean mayBeTruncated() {
        return rows.size() >= CARTO_ROW_CAP;
    }
}
