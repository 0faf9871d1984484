package io.github.camelcarto.local.v2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.http.HttpCall;
import io.github.camelcarto.local.http.Json;

/**
 * A JSON request body checked before anything reads it, so a malformed one gets the real server's answer: its
 * body parser's 400 with Node's {@code JSON.parse} message ({@code Unexpected end of JSON input}).
 */
final class V2JsonBody {

    private V2JsonBody() {
    }

    static void requireWellFormed(HttpCall call) throws IOException {
        String contentType = String.valueOf(call.header("Content-Type")).toLowerCase(Locale.ROOT);
        if (!contentType.contains("json")) {
            return;
        }
        String body = new String(call.body(), StandardCharsets.UTF_8);
        if (body.isBlank()) {
            return;
        }
        try {
            // kept, so that reading the parameters does not parse the same body again
            call.useJsonBody(Json.MAPPER.readTree(body));
        } catch (JsonEOFException e) {
            throw ApiException.badRequest("Unexpected end of JSON input");
        } catch (JsonProcessingException e) {
            int position = (int) Math.max(0, e.getLocation().getCharOffset() - 1);
            String token = position < body.length() ? String.valueOf(body.charAt(position)) : "";
            throw ApiException.badRequest("Unexpected token " + token + " in JSON at position " + position);
        }
    }
}
