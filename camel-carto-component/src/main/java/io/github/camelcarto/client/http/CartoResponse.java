package io.github.camelcarto.client.http;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** A successful (2xx) CARTO response with its body read into memory. */
public record CartoResponse(CartoRequest request, int statusCode, HttpHeaders headers, byte[] body) {

    /**
     * The body as a JSON object turned into a map; anything else is a {@code CartoException} saying that the answer
     * is not {@code what} (e.g. "a job object").
     */
    public Map<String, Object> jsonObject(String what) {
        JsonNode json = json();
        if (!json.isObject()) {
            throw new io.github.camelcarto.client.exception.CartoException("CARTO answered " + request.description()
                    + " with something that is not " + what + ": " + Json.snippet(json.toString()));
        }
        return Json.toMap(json);
    }

    /** The body as JSON; an empty body gives a missing node. Malformed JSON is a {@code CartoException}. */
    public JsonNode json() {
        if (body.length == 0) {
            return Json.MAPPER.missingNode();
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new io.github.camelcarto.client.exception.CartoException("CARTO answered " + request.description()
                    + " with HTTP " + statusCode + " but the body is not valid JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "); first characters: " + Json.snippet(new String(body, StandardCharsets.UTF_8)));
        }
    }
}
