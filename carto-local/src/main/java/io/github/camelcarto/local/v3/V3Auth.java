package io.github.camelcarto.local.v3;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.http.HttpCall;

/**
 * CARTO 3 authentication: {@code Authorization: Bearer <token>}, or the {@code access_token} query parameter CARTO's
 * own GET examples use. A missing token and a wrong one get CARTO's two different 401 answers.
 */
public final class V3Auth {

    private final byte[] token;

    public V3Auth(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** @return the caller's token, for the one answer that echoes it (a workflow job's create, as on CARTO) */
    public String check(HttpCall call) {
        String given = null;
        String header = call.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = header.substring(7).strip();
        } else if (call.query("access_token") != null) {
            given = call.query("access_token");
        }
        if (given == null || given.isEmpty()) {
            throw new ApiException(401, "Token not defined");
        }
        if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "Unauthorized");
        }
        return given;
    }
}
