package io.github.camelcarto.client.v2;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.client.GetOrPost;
import io.github.camelcarto.client.QueryMethod;
import io.github.camelcarto.client.SqlText;
import io.github.camelcarto.client.http.CartoHttpTransport;
import io.github.camelcarto.client.http.CartoRequest;
import io.github.camelcarto.client.http.Json;

/**
 * CARTO 2's COPY ({@code /api/v2/sql/copyfrom} and {@code /copyto}): streams data into {@code COPY ... FROM STDIN}
 * and out of {@code COPY ... TO STDOUT} without holding it in memory.
 */
public final class CopyApi {

    static final String COPY_FROM = SqlApiV2.PATH + "/copyfrom";
    static final String COPY_TO = SqlApiV2.PATH + "/copyto";

    private static final Pattern COPY_FROM_STDIN = Pattern.compile("^copy\\b.*\\bfrom\\s+stdin\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COPY_TO_STDOUT = Pattern.compile("^copy\\b.*\\bto\\s+stdout\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final CartoHttpTransport transport;
    private final CartoHttpTransport oneShotTransport;

    /**
     * @param transport        sends every call, retrying per its policy
     * @param oneShotTransport sends uploads of streams that cannot be read twice: it must not retry
     */
    public CopyApi(CartoHttpTransport transport, CartoHttpTransport oneShotTransport) {
        this.transport = transport;
        this.oneShotTransport = oneShotTransport;
    }

    /**
     * Streams {@code source} into {@code COPY ... FROM STDIN}: sent chunked, gzipped on the fly when {@code gzip},
     * never held in memory as a whole. The statement is checked before anything is read or sent.
     */
    public CompletableFuture<V2CopyResult> copyFrom(String sql, CopySource source, boolean gzip) {
        try {
            checkCopy(sql, COPY_FROM_STDIN, "COPY table (columns) FROM STDIN WITH (FORMAT csv, HEADER true)",
                    "FROM STDIN");
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        AtomicLong sent = new AtomicLong();
        InputStream[] opened = new InputStream[1];
        BodyPublisher body = BodyPublishers.ofInputStream(() -> {
            InputStream raw = source.open();
            try {
                InputStream stream = new CountingInputStream(gzip ? new GzipCompressingInputStream(raw) : raw, sent);
                synchronized (opened) {
                    opened[0] = stream;
                }
                return stream;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CartoRequest.Builder builder = CartoRequest.post(COPY_FROM).description("the COPY FROM STDIN upload of "
                                                                                 + source)
                .query("q", sql.strip())
                .body(body, "application/octet-stream");
        if (gzip) {
            builder.header("Content-Encoding", "gzip");
        }
        CartoHttpTransport sender = source.replayable() ? transport : oneShotTransport;
        return sender.send(builder.build()).whenComplete((response, error) -> {
            synchronized (opened) {
                closeQuietly(opened[0]);
            }
        }).thenApply(response -> {
            JsonNode json = V2Answers.object(response);
            return new V2CopyResult(json.path("total_rows").asLong(), V2Answers.time(json), Json.toMap(json), sent.get(),
                    RateLimits.of(response.headers()));
        });
    }

    /**
     * Streams the output of {@code COPY ... TO STDOUT}: the answer's body is handed over unread. GET while the URL
     * is short enough, POST beyond; gzip is asked for when {@code gzip} and decoded transparently.
     */
    public CompletableFuture<V2Download> copyTo(String sql, String filename, QueryMethod method, boolean gzip) {
        CartoRequest request;
        try {
            checkCopy(sql, COPY_TO_STDOUT, "COPY (SELECT ...) TO STDOUT WITH (FORMAT csv, HEADER true)", "TO STDOUT");
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("q", sql.strip());
            parameters.put("filename", filename);
            request = GetOrPost.request(transport, COPY_TO, parameters, SqlApiV2.streamedHeaders(true, gzip), method)
                    .description("the COPY TO STDOUT download").idempotent(true).build();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return V2Answers.download(transport, request);
    }

    private static void checkCopy(String sql, Pattern shape, String example, String direction) {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("No COPY statement given, e.g. " + example);
        }
        if (!shape.matcher(SqlText.withoutLeadingComments(sql)).find()) {
            throw new IllegalArgumentException("The statement must start with COPY and read " + direction
                                               + " (e.g. " + example + "), but was: " + Json.snippet(sql));
        }
    }

    private static void closeQuietly(InputStream stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // the upload's outcome is what matters
            }
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingInputStream extends FilterInputStream {
        private final AtomicLong count;

        CountingInputStream(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
