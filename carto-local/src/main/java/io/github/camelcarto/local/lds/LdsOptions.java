package io.github.camelcarto.local.lds;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.http.Json;

/**
 * CARTO's {@code options}: provider options as a JSON object, which the CARTO CLI passes on every LDS call
 * ({@code --options <json>}). carto-local has no provider to pass them to: it checks they are a JSON object, as a
 * provider would refuse anything else, and otherwise ignores them.
 */
final class LdsOptions {

    private LdsOptions() {
    }

    /** @param options the JSON text of a query parameter, or null */
    static void check(String options) {
        if (options != null && !options.isBlank()) {
            check(Json.parseRequest(options));
        }
    }

    /** @param options a JSON body's field, or null */
    static void check(JsonNode options) {
        if (options != null && !options.isNull() && !options.isObject()) {
            throw ApiException.badRequest("'options' must be a JSON object, not " + options);
        }
    }
}
