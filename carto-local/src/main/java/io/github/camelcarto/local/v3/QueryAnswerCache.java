package io.github.camelcarto.local.v3;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What CARTO's CDN does for {@code GET /v3/sql/{connection}/query}: an answer is kept under its URL and given again
 * to the same URL, without running the SQL (CARTO keeps it up to a year; carto-local until it needs the room or
 * stops). POST is never cached. Kept is the answer without its {@code meta}, so a hit can say it is one.
 * <p>
 * A request's {@code Cache-Control} (which {@code @carto/api-client} forwards) is honoured: {@code no-cache} or
 * {@code max-age=0} runs the SQL and keeps the new answer; {@code no-store} runs it and keeps nothing. Answers over
 * {@value #MAX_ANSWER_BYTES} bytes are not kept; the least recently used go when all kept answers would pass
 * {@value #MAX_TOTAL_BYTES} bytes.
 */
final class QueryAnswerCache {

    static final int MAX_ANSWER_BYTES = 16 << 20;
    private static final long MAX_TOTAL_BYTES = 64L << 20;

    /** A kept answer: its bytes up to (not including) {@code meta}, and when it was kept. */
    record Answer(byte[] rowsAndSchema, long storedAtNanos) {

        long ageSeconds() {
            return (System.nanoTime() - storedAtNanos) / 1_000_000_000L;
        }
    }

    /** What a request's Cache-Control lets the cache do. */
    record Directives(boolean mayAnswerFromCache, boolean mayStore) {

        static Directives of(String cacheControl) {
            String header = cacheControl == null ? "" : cacheControl.toLowerCase(Locale.ROOT).replace(" ", "");
            boolean noStore = header.contains("no-store");
            boolean revalidate = noStore || header.contains("no-cache") || header.contains("max-age=0");
            return new Directives(!revalidate, !noStore);
        }
    }

    private final Map<String, Answer> answers = new LinkedHashMap<>(16, 0.75f, true);
    private long totalBytes;

    synchronized Answer find(String url) {
        return answers.get(url);
    }

    synchronized void store(String url, byte[] rowsAndSchema) {
        Answer replaced = answers.put(url, new Answer(rowsAndSchema, System.nanoTime()));
        totalBytes += rowsAndSchema.length - (replaced == null ? 0 : replaced.rowsAndSchema().length);
        var eldest = answers.values().iterator();
        while (totalBytes > MAX_TOTAL_BYTES && eldest.hasNext()) {
            totalBytes -= eldest.next().rowsAndSchema().length;
            eldest.remove();
        }
    }
}
