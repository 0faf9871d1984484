package io.github.camelcarto.client.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.github.camelcarto.client.exception.CartoException;

/**
 * An answer's body handed over as a stream, whose failures say what happened. The JDK client's stream reports a body
 * that failed as {@code IOException("closed")} with the reason as its cause; when the reason is the client's own
 * (a {@link io.github.camelcarto.client.exception.CartoReadTimeoutException} after a stall) this raises an
 * IOException in the reason's words, which stays its cause, so that a route's onException still finds it.
 */
public final class AnswerStream extends FilterInputStream {

    public AnswerStream(InputStream body) {
        super(body);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw explained(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            throw explained(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (IOException e) {
            throw explained(e);
        }
    }

    private static IOException explained(IOException failure) {
        return failure.getCause() instanceof CartoException reason ? new IOException(reason.getMessage(), reason) : failure;
    }
}
