package io.github.camelcarto.local.v2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.http.HttpCall;

/**
 * SQL API v2 authentication: the user from {@code /user/{user}/...} (any user on the bare {@code /api/v2} form), and
 * the API key from HTTP Basic (user:key), else {@code api_key}/{@code map_key} in the query string or body. There is
 * no public role here: no key is 403, as a v2 public key would be on a private table.
 */
public final class V2Auth {

    private final String user;
    private final byte[] apiKey;

    public V2Auth(String user, String apiKey) {
        this.user = user;
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
    }

    /** @param pathUser the user in the URL path, or null for the bare /api/v2 form */
    public void check(HttpCall call, String pathUser) throws IOException {
        check(call, pathUser, true);
    }

    /** For requests whose body is data (COPY FROM): the key may only come from Basic auth or the query string. */
    public void checkWithoutReadingBody(HttpCall call, String pathUser) throws IOException {
        check(call, pathUser, false);
    }

    private void check(HttpCall call, String pathUser, boolean bodyMayHoldKey) throws IOException {
        if (pathUser != null && !pathUser.equals(user)) {
            throw ApiException.notFound("Sorry, we can't find CARTO user '" + pathUser
                                        + "'. Please check that you have entered the correct domain.");
        }
        String key = null;
        String authorization = call.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0 || !decoded.substring(0, colon).equals(user)) {
                throw new ApiException(403, "permission denied");
            }
            key = decoded.substring(colon + 1);
        }
        if (key == null) {
            key = bodyMayHoldKey ? call.parameter("api_key") : call.query("api_key");
        }
        if (key == null) {
            key = bodyMayHoldKey ? call.parameter("map_key") : call.query("map_key");
        }
        if (key == null || key.isEmpty()) {
            throw new ApiException(403, "permission denied");
        }
        if (!MessageDigest.isEqual(apiKey, key.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "Unauthorized");
        }
    }

    public String user() {
        return user;
    }
}
