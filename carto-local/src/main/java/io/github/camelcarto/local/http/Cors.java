package io.github.camelcarto.local.http;

import com.sun.net.httpserver.Headers;

/**
 * CORS as CARTO answers it, for browser clients such as {@code @carto/api-client} (deck.gl): every answer, errors
 * included, allows any origin, and a preflight ({@code OPTIONS}) is answered 200 with no body. The allowed and
 * exposed headers are the SQL API's own lists (CartoDB-SQL-API {@code lib/api/middlewares/cors.js}), plus the
 * headers CARTO 3 clients send (Content-Type, Cache-Control) and carto-local's cache headers.
 */
final class Cors {

    private static final String ALLOWED_HEADERS = "X-Requested-With, X-Prototype-Version, X-CSRF-Token, Authorization, "
            + "Carto-Source-Lib, Carto-Source-Context, Carto-Source-Context-Id, Content-Type, Accept, Cache-Control";
    private static final String EXPOSED_HEADERS = "Carto-Rate-Limit-Limit, Carto-Rate-Limit-Remaining, "
            + "Carto-Rate-Limit-Reset, Retry-After, X-Cache, Age";

    private Cors() {
    }

    static void allow(Headers responseHeaders) {
        responseHeaders.set("Access-Control-Allow-Origin", "*");
        responseHeaders.set("Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS");
        responseHeaders.set("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        responseHeaders.set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }
}
