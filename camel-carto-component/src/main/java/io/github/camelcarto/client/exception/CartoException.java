package io.github.camelcarto.client.exception;

/**
 * Base of every error the CARTO client raises. Messages name what went wrong and how to fix it, and never
 * contain an access token or API key.
 */
public class CartoException extends RuntimeException {

    public CartoException(String message) {
        super(message);
    }

    public CartoException(String message, Throwable cause) {
        super(message, cause);
    }
}
