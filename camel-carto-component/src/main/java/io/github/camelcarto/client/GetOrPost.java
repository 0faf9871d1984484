package io.github.camelcarto.client;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.http.CartoHttpTransport;
import io.github.camelcarto.client.http.CartoRequest;
import io.github.camelcarto.client.http.Json;

/**
 * The one choice between GET and POST for the calls that take their SQL either way (CARTO 3's synchronous query, SQL
 * API v2's query and COPY TO). GET lets CARTO's CDN cache the answer but puts the SQL in the URL, which CARTO's CDN
 * refuses beyond {@value #GET_MAX_URL_LENGTH} characters; {@link QueryMethod#auto} uses GET up to
 * {@value #AUTO_GET_MAX_URL_LENGTH}, as CARTO's own clients do, and POST with a JSON body beyond.
 */
public final class GetOrPost {

    public static final int AUTO_GET_MAX_URL_LENGTH = 7_000;
    public static final int GET_MAX_URL_LENGTH = 8_192;

    private GetOrPost() {
    }

    /**
     * The chosen request, still to be given its description (and, when it differs from the method's, idempotency).
     *
     * @param  parameters     the call's parameters: in the query string for GET (a value that is not a String as
     *                        JSON), in the JSON body for POST; null values are left out
     * @param  headers        headers for either method
     * @throws CartoException when GET is forced and its URL would be longer than CARTO accepts
     */
    public static CartoRequest.Builder request(CartoHttpTransport transport, String path, Map<String, ?> parameters,
                                               Map<String, String> headers, QueryMethod method) {
        if (method == QueryMethod.post) {
            // no GET URL to measure: building and encoding it would only be thrown away
            return post(path, parameters, headers);
        }
        CartoRequest.Builder get = CartoRequest.get(path);
        parameters.forEach((name, value) -> get.query(name, value == null || value instanceof String
                ? (String) value : Json.writeString(value)));
        headers.forEach(get::header);
        int urlLength = transport.urlLength(get.build());
        if (method == QueryMethod.get || method == QueryMethod.auto && urlLength <= AUTO_GET_MAX_URL_LENGTH) {
            if (urlLength > GET_MAX_URL_LENGTH) {
                throw new CartoException("The request URL would be " + urlLength + " characters, over the "
                                         + GET_MAX_URL_LENGTH + " CARTO accepts: send it by POST");
            }
            return get;
        }
        return post(path, parameters, headers);
    }

    private static CartoRequest.Builder post(String path, Map<String, ?> parameters, Map<String, String> headers) {
        Map<String, Object> body = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (value != null) {
                body.put(name, value);
            }
        });
        CartoRequest.Builder post = CartoRequest.post(path).jsonBody(Json.write(body));
        headers.forEach(post::header);
        return post;
    }
}
