package io.github.camelcarto.client.v2;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CARTO 2 user's base URL, below which the v2 APIs live: {@code https://{user}.carto.com} on CARTO's cloud,
 * {@code https://host/user/{user}} on a self-hosted install.
 */
public final class V2BaseUrl {

    private static final Pattern USER_PATH = Pattern.compile("/user/([^/]+)");

    private V2BaseUrl() {
    }

    /** The base URL without trailing slashes and without an {@code /api/v2/sql} that users sometimes paste along. */
    public static String of(String url) {
        String base = url.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        for (String suffix : new String[] { SqlApiV2.PATH, "/api/v2" }) {
            if (base.endsWith(suffix)) {
                base = base.substring(0, base.length() - suffix.length());
            }
        }
        return base;
    }

    /** The CARTO user: {@code /user/{user}} in the path, else the first label of {@code {user}.carto.com}; or null. */
    public static String userOf(String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
        Matcher path = USER_PATH.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (path.find()) {
            return URLDecoder.decode(path.group(1), StandardCharsets.UTF_8);
        }
        String host = uri.getHost();
        if (host == null || host.chars().filter(c -> c == '.').count() < 2 || host.matches("[0-9.]+")) {
            return null;
        }
        return host.substring(0, host.indexOf('.'));
    }
}
