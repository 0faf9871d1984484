package io.github.camelcarto.client.v2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Gzips a stream as it is read: each read pulls one chunk of the source through a {@link GZIPOutputStream} into a
 * small buffer. Memory stays at a chunk plus the deflater's window whatever the size of the source, and no thread or
 * pipe is needed: whoever reads (the HTTP client sending the body) drives the compression.
 */
final class GzipCompressingInputStream extends InputStream {

    private static final int CHUNK = 64 * 1024;

    private final InputStream source;
    private final Buffer compressed = new Buffer();
    private final GZIPOutputStream gzip;
    private final byte[] chunk = new byte[CHUNK];
    private int position;
    private boolean sourceEnded;

    GzipCompressingInputStream(InputStream source) throws IOException {
        this.source = source;
        this.gzip = new GZIPOutputStream(compressed, CHUNK) {
            {
                // carto-python uses level 1: COPY data is text that compresses well even at the fastest level
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position >= compressed.size()) {
            if (sourceEnded) {
                return -1;
            }
            compressed.reset();
            position = 0;
            int n = source.read(chunk);
            if (n < 0) {
                sourceEnded = true;
                gzip.finish();
            } else if (n > 0) {
                gzip.write(chunk, 0, n);
            }
        }
        int n = Math.min(length, compressed.size() - position);
        System.arraycopy(compressed.bytes(), position, target, offset, n);
        position += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        try {
            source.close();
        } finally {
            gzip.close();
        }
    }

    /** A ByteArrayOutputStream whose array can be read without a copy. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(CHUNK + 1024);
        }

        byte[] bytes() {
            return buf;
        }
    }
}
