package io.github.camelcarto.local.engine;

/** A placeholder in the SQL has no value in queryParameters: the caller's mistake, answered with 400. */
public final class MissingParameterException extends RuntimeException {

    public MissingParameterException(String message) {
        super(message);
    }
}
