package io.github.camelcarto.client.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.util.zip.GZIPInputStream;

/** Content-Encoding: gzip on responses, which the JDK HTTP client leaves to the caller. */
public final class Gzip {

    private Gzip() {
    }

    public static boolean isGzipped(HttpHeaders headers) {
        return headers.allValues("Content-Encoding").stream()
                .anyMatch(value -> value.toLowerCase(java.util.Locale.ROOT).contains("gzip"));
    }

    /** A response stream decoded as it is read when the server gzipped it; the stream itself otherwise. */
    public static InputStream decodeIfGzipped(HttpHeaders headers, InputStream body) {
        if (!isGzipped(headers)) {
            return body;
        }
        return new LazyGzipInputStream(body);
    }

    /**
     * Opens the GZIP stream on first use: its constructor reads the gzip header, which must not block the thread that
     * hands the response over.
     */
    private static final class LazyGzipInputStream extends InputStream {
        private final InputStream raw;
        private InputStream decoded;

        LazyGzipInputStream(InputStream raw) {
            this.raw = raw;
        }

        private InputStream decoded() throws IOException {
            if (decoded == null) {
                decoded = new GZIPInputStream(raw, 64 * 1024);
            }
            return decoded;
        }

        @Override
        public int read() throws IOException {
            return decoded().read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return decoded().read(buffer, offset, length);
        }

        @Override
        public int available() throws IOException {
            return decoded == null ? 0 : decoded.available();
        }

        @Override
        public void close() throws IOException {
            if (decoded != null) {
                decoded.close();
            } else {
                raw.close();
            }
        }
    }

    /** A (small) error body, decoded when gzipped; left as is when it is not valid gzip after all. */
    static byte[] decodeIfGzipped(HttpHeaders headers, byte[] body) {
        if (body.length == 0 || !isGzipped(headers)) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException notGzip) {
            return body;
        }
    }
}
