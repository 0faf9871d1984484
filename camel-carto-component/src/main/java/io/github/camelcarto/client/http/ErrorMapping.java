package io.github.camelcarto.client.http;

import io.github.camelcarto.client.exception.CartoHttpException;

/**
 * Turns an error answer into the exception its caller sees. The transport knows HTTP and CARTO 3
 * ({@link ErrorResponses#CARTO_3}); the client of another CARTO API that answers in its own ways (SQL API v2's two
 * 429s, its 400 for an unknown job) gives its transport its own mapping with
 * {@link CartoHttpTransport#withErrorMapping(ErrorMapping)}, so that those rules live next to that client.
 */
@FunctionalInterface
public interface ErrorMapping {

    CartoHttpException toException(ErrorResponse response);
}
