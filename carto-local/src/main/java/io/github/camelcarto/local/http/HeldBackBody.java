package io.github.camelcarto.local.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import com.sun.net.httpserver.HttpExchange;

/**
 * The body of a 200 answer written as a stream, held back until it ends or outgrows {@value #HELD_BYTES} bytes. One
 * that ends within that goes out with a Content-Length in a single write; a longer one is sent chunked from then on,
 * as every streamed answer used to be.
 * <p>
 * Why: the JDK server writes a chunked body in at least two writes after the headers (the data, then the closing
 * chunk), each a system call that on loopback also does the receiving side's work, and most query answers are a few
 * hundred bytes. Flushes while the body is held back do nothing: a JSON generator flushes as it closes.
 */
final class HeldBackBody extends OutputStream {

    static final int HELD_BYTES = 64 * 1024;

    private final HttpExchange exchange;
    private ByteArrayOutputStream held = new ByteArrayOutputStream(1024);
    private OutputStream chunked;
    private boolean closed;

    HeldBackBody(HttpExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("The answer was already sent");
        }
        if (chunked != null) {
            chunked.write(bytes, offset, length);
            return;
        }
        held.write(bytes, offset, length);
        if (held.size() > HELD_BYTES) {
            exchange.sendResponseHeaders(200, 0);
            chunked = exchange.getResponseBody();
            held.writeTo(chunked);
            held = null;
        }
    }

    @Override
    public void flush() throws IOException {
        if (chunked != null) {
            chunked.flush();
        }
    }

    /** Sends the answer: the held bytes with their length, or the end of the chunked body. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (chunked != null) {
            chunked.close();
            return;
        }
        exchange.sendResponseHeaders(200, held.size() == 0 ? -1 : held.size());
        try (OutputStream body = exchange.getResponseBody()) {
            held.writeTo(body);
        }
    }
}
