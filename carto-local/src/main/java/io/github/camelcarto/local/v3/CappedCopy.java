package io.github.camelcarto.local.v3;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes bytes through to the client while keeping a copy of them for the cache, up to a limit: a streamed answer
 * stays streamed, and one too large to keep is not held in memory.
 */
final class CappedCopy extends FilterOutputStream {

    private final int maxBytes;
    private ByteArrayOutputStream copy = new ByteArrayOutputStream();

    CappedCopy(OutputStream target, int maxBytes) {
        super(target);
        this.maxBytes = maxBytes;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        keep(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        keep(bytes, offset, length);
    }

    /** Every byte written, or null if they passed the limit. */
    byte[] copy() {
        return copy == null ? null : copy.toByteArray();
    }

    private void keep(byte[] bytes, int offset, int length) {
        if (copy != null && copy.size() + length > maxBytes) {
            copy = null;
        }
        if (copy != null) {
            copy.write(bytes, offset, length);
        }
    }
}
