package io.github.camelcarto.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bare HTTP/1.1 server for faults that need exact control of the connection: it counts the connections it
 * accepts, reads each request's head and then misbehaves as asked. Each connection is served on a thread of its own;
 * {@link #close()} ends them all.
 */
public final class FaultyServer implements AutoCloseable {

    private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final Misbehaviour misbehaviour;
    private final AtomicInteger connections = new AtomicInteger();
    private final Semaphore closedByClients = new Semaphore(0);
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private FaultyServer(Misbehaviour misbehaviour) throws IOException {
        this.misbehaviour = misbehaviour;
        Thread acceptor = new Thread(this::accept, "faulty-server-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Closes every connection once it has read the request, before a single byte of an answer. */
    public static FaultyServer closingBeforeAnswering() throws IOException {
        return new FaultyServer((connection, out) -> connection.close());
    }

    /**
     * Sends {@code head} (status line and headers) and {@code bodyStart}, then sends nothing more and keeps the
     * connection open until the client closes it.
     */
    public static FaultyServer stallingAfter(String head, String bodyStart) throws IOException {
        return new FaultyServer((connection, out) -> {
            out.write((head + "\r\n\r\n" + bodyStart).getBytes(StandardCharsets.UTF_8));
            out.flush();
        });
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** How many connections clients have opened so far. */
    public int connections() {
        return connections.get();
    }

    /** Waits until clients have closed {@code count} of the connections that were left open. */
    public void awaitClosedByClients(int count) throws InterruptedException {
        closedByClients.acquire(count);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket connection : open) {
            connection.close();
        }
    }

    private void accept() {
        try {
            while (!server.isClosed()) {
                Socket connection = server.accept();
                connections.incrementAndGet();
                open.add(connection);
                Thread serving = new Thread(() -> serve(connection), "faulty-connection-" + connections.get());
                serving.setDaemon(true);
                serving.start();
            }
        } catch (IOException closed) {
            // close() ends the loop
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = connection.getInputStream();
            readHead(in);
            misbehaviour.apply(connection, connection.getOutputStream());
            if (!connection.isClosed()) {
                while (in.read() >= 0) {
                    // whatever else the client sends is ignored until it closes the connection
                }
                closedByClients.release();
            }
        } catch (IOException gone) {
            // the client reset the connection, or close() ended it
            if (!server.isClosed()) {
                closedByClients.release();
            }
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = { '\r', '\n', '\r', '\n' };
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the client closed before the end of the request head");
            }
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
    }

    @FunctionalInterface
    private interface Misbehaviour {
        void apply(Socket connection, OutputStream out) throws IOException;
    }
}
