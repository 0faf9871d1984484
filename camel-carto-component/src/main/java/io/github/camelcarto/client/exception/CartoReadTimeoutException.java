package io.github.camelcarto.client.exception;

import java.time.Duration;

/**
 * A transfer stalled: bytes of CARTO's answer were awaited and none came, or CARTO took no more of an upload, for the
 * read timeout. The connection was dropped, so nothing holds it or its place among the concurrent calls. A transfer
 * that keeps moving is never cut, however long it takes; only silence is. Transient, like a broken connection.
 */
public class CartoReadTimeoutException extends CartoException {

    private final Duration readTimeout;

    public CartoReadTimeoutException(String message, Duration readTimeout) {
        super(message);
        this.readTimeout = readTimeout;
    }

    /** How long the transfer was silent when it was given up. */
    public Duration getReadTimeout() {
        return readTimeout;
    }
}
