package io.github.camelcarto.local.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** How an API family writes an error body. */
public enum ErrorStyle {
    /** CARTO 3: {@code {"error":"message","status":400}}. */
    V3 {
        @Override
        public ObjectNode body(int status, String message) {
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.put("error", message);
            body.put("status", status);
            return body;
        }
    },
    /** SQL API v2: {@code {"error":["message"]}}. */
    V2 {
        @Override
        public ObjectNode body(int status, String message) {
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.putArray("error").add(message);
            return body;
        }
    };

    public abstract ObjectNode body(int status, String message);
}
