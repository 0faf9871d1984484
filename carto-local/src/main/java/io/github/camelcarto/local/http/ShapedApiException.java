package io.github.camelcarto.local.http;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An error whose body is given whole, for the few CARTO errors with extra fields (v2 rate limits carry context). */
public final class ShapedApiException extends ApiException {

    private final transient ObjectNode body;

    public ShapedApiException(int status, ObjectNode body, Map<String, String> headers) {
        super(status, body.toString(), headers);
        this.body = body;
    }

    public ObjectNode body() {
        return body;
    }
}
