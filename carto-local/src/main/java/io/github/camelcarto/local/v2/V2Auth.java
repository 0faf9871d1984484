package io.github.camelcarto.local.v2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.github.camelcarto.local.engine.SqlRole;
import io.github.camelcarto.local.engine.TableGrant;
import io.github.camelcarto.local.http.ApiException;
import io.github.camelcarto.local.http.HttpCall;

/**
 * SQL API v2 authentication, as the real server does it: the user from {@code /user/{user}/...} (any user on the bare
 * {@code /api/v2} form), the API key from HTTP Basic (user:key), else {@code api_key}/{@code map_key} in the query
 * string or body. The key names the role the SQL runs as: the master key the owner, no key (or
 * {@code default_public}) CARTO's public role, a regular key its own role. An unknown key is 401.
 */
public final class V2Auth {

    /** The token of CARTO's default public API key. */
    static final String DEFAULT_PUBLIC = "default_public";

    private final String user;
    private final byte[] masterKey;
    private final Map<String, SqlRole> regularKeys;

    /** @param regularKeys each regular key's table grants; its role is named after a hash of the key, never the key */
    public V2Auth(String user, String masterKey, Map<String, List<TableGrant>> regularKeys) {
        this.user = user;
        this.masterKey = masterKey.getBytes(StandardCharsets.UTF_8);
        Map<String, SqlRole> roles = new HashMap<>();
        regularKeys.forEach((key, grants) -> roles.put(key, new SqlRole(roleName(key), grants)));
        this.regularKeys = Map.copyOf(roles);
    }

    private static String roleName(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "carto_local_key_" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** @param pathUser the user in the URL path, or null for the bare /api/v2 form; returns the role to run as */
    public SqlRole check(HttpCall call, String pathUser) throws IOException {
        return check(call, pathUser, true);
    }

    /** For requests whose body is data (COPY FROM): the key may only come from Basic auth or the query string. */
    public SqlRole checkWithoutReadingBody(HttpCall call, String pathUser) throws IOException {
        return check(call, pathUser, false);
    }

    /** Batch jobs: only the master key; the public role and regular keys get 403 "permission denied". */
    public void checkMaster(HttpCall call, String pathUser) throws IOException {
        if (!check(call, pathUser).isMaster()) {
            throw new ApiException(403, "permission denied");
        }
    }

    private SqlRole check(HttpCall call, String pathUser, boolean bodyMayHoldKey) throws IOException {
        if (pathUser != null && !pathUser.equals(user)) {
            throw ApiException.notFound("Sorry, we can't find CARTO user '" + pathUser
                                        + "'. Please check that you have entered the correct domain.");
        }
        if (bodyMayHoldKey) {
            V2JsonBody.requireWellFormed(call);
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
        return roleOf(key);
    }

    private SqlRole roleOf(String key) {
        if (key == null || key.isEmpty() || key.equals(DEFAULT_PUBLIC)) {
            return SqlRole.PUBLIC;
        }
        if (MessageDigest.isEqual(masterKey, key.getBytes(StandardCharsets.UTF_8))) {
            return SqlRole.MASTER;
        }
        SqlRole regular = regularKeys.get(key);
        if (regular == null) {
            throw new ApiException(401, "Unauthorized");
        }
        return regular;
    }

    public String user() {
        return user;
    }
}
