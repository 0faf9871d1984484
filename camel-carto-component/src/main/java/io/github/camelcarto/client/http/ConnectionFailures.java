package io.github.camelcarto.client.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

import javax.net.ssl.SSLHandshakeException;

/**
 * Says in words why a call got no answer. The JDK client's own exceptions often say nothing: a refused connection
 * and an unknown host both arrive as a {@code ConnectException} whose message is null, the real reason hidden in a
 * cause ({@code ClosedChannelException}, {@code UnresolvedAddressException}).
 */
final class ConnectionFailures {

    private ConnectionFailures() {
    }

    /**
     * What happened, as the end of a sentence: "the connection was refused", "the host name could not be
     * resolved", "the TLS handshake failed: ...", "no connection within 10000 ms", "no answer within 90000 ms", "the
     * connection broke: ...".
     *
     * @param connectTimeout the client's connect timeout, or null when it has none
     * @param requestTimeout how long the answer was waited for
     */
    static String why(Throwable error, Duration connectTimeout, Duration requestTimeout) {
        if (error instanceof HttpConnectTimeoutException) {
            return "no connection within " + (connectTimeout != null ? connectTimeout.toMillis() + " ms" : "the connect timeout");
        }
        if (error instanceof HttpTimeoutException) {
            return "no answer within " + requestTimeout.toMillis() + " ms";
        }
        if (has(error, UnresolvedAddressException.class) || has(error, UnknownHostException.class)) {
            return "the host name could not be resolved";
        }
        SSLHandshakeException handshake = find(error, SSLHandshakeException.class);
        if (handshake != null) {
            return "the TLS handshake failed: " + reason(handshake);
        }
        if (error instanceof ConnectException connect) {
            String message = connect.getMessage();
            // "Connection refused", or null when the JDK client had already retried the connect once
            return message == null || message.equalsIgnoreCase("Connection refused")
                    ? "the connection was refused"
                    : "the connection could not be opened: " + message;
        }
        if (error instanceof IOException) {
            return "the connection broke: " + reason(error);
        }
        return reason(error);
    }

    /** The host and port of a URL, as messages name it; never the user info a URL may carry. */
    static String hostOf(URI url) {
        return url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
    }

    /** A failure's own words, or those of the first cause that has some, or its type: never "null". */
    static String reason(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            String message = current.getMessage();
            if (message != null && !message.isBlank()) {
                return message;
            }
        }
        return error.getClass().getSimpleName();
    }

    private static boolean has(Throwable error, Class<? extends Throwable> type) {
        return find(error, type) != null;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }
}
