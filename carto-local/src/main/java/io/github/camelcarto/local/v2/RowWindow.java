package io.github.camelcarto.local.v2;

/**
 * The page of rows a v2 answer shows: the real server wraps the query in {@code LIMIT rows_per_page OFFSET
 * page * rows_per_page}; here the rows before the page are read and dropped and reading stops after it.
 */
final class RowWindow {

    private final long offset;
    private final Long limit;
    private long seen;

    RowWindow(long offset, Long limit) {
        this.offset = Math.max(0, offset);
        this.limit = limit;
    }

    /** Counts one more row; true if it is on the page. */
    boolean admit() {
        long index = seen++;
        return index >= offset && (limit == null || index < offset + limit);
    }

    /** Whether every row of the page has been seen, so reading can stop. */
    boolean full() {
        return limit != null && seen >= offset + limit;
    }
}
