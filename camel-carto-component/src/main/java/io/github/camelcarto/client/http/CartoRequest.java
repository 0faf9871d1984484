package io.github.camelcarto.client.http;

import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call to CARTO, described independently of the HTTP client.
 *
 * @param method      HTTP method
 * @param path        path below the API base URL, starting with {@code /}; segments already encoded
 * @param query       query parameters, encoded when the URL is built
 * @param body        request body, or null
 * @param contentType content type of the body, or null
 * @param idempotent  whether sending it twice is harmless, which decides whether failures may be retried
 * @param description what the call does, in words, for error messages ("query on connection 'x'")
 * @param headers     extra request headers ({@code Accept-Encoding}, {@code Content-Encoding}...); they replace the
 *                    transport's defaults of the same name
 */
public record CartoRequest(String method, String path, Map<String, String> query, BodyPublisher body,
                           String contentType, boolean idempotent, String description, Map<String, String> headers) {

    public CartoRequest(String method, String path, Map<String, String> query, BodyPublisher body, String contentType,
                        boolean idempotent, String description) {
        this(method, path, query, body, contentType, idempotent, description, Map.of());
    }

    /** A value for a path segment or query parameter: percent-encoded, spaces as %20 (not the form encoding's +). */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A value as one path segment, percent-encoded. {@code .} and {@code ..} are refused (encoding leaves dots as
     * they are): in a URL path they mean "this resource" and "its parent", and servers and proxies normalise them
     * away, so the call would reach another resource ({@code DELETE .../job/.} would be a DELETE on the job
     * collection). An empty value is refused for the same reason ({@code //} is merged into {@code /}).
     *
     * @param  what                     what the value is, for the message ("job id", "connection")
     * @throws IllegalArgumentException naming the value and what it is
     */
    public static String segment(String value, String what) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("An empty " + what + " cannot be sent to CARTO: it would leave an "
                                               + "empty segment in the URL path, which servers merge away");
        }
        if (".".equals(value) || "..".equals(value)) {
            throw new IllegalArgumentException("The " + what + " '" + value + "' cannot be sent to CARTO: in a URL "
                                               + "path '.' and '..' mean this resource and its parent, so servers and "
                                               + "proxies would apply the call to another resource");
        }
        return encode(value);
    }

    public static Builder get(String path) {
        return new Builder("GET", path, true);
    }

    public static Builder delete(String path) {
        return new Builder("DELETE", path, true);
    }

    /** POST is not idempotent unless the caller says so: it is never re-sent after it may have reached CARTO. */
    public static Builder post(String path) {
        return new Builder("POST", path, false);
    }

    public static final class Builder {
        private final String method;
        private final String path;
        private final Map<String, String> query = new LinkedHashMap<>();
        private BodyPublisher body;
        private String contentType;
        private boolean idempotent;
        private String description;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder(String method, String path, boolean idempotent) {
            this.method = method;
            this.path = path;
            this.idempotent = idempotent;
            this.description = method + " " + path;
        }

        public Builder query(String name, String value) {
            if (value != null) {
                query.put(name, value);
            }
            return this;
        }

        public Builder jsonBody(byte[] json) {
            this.body = BodyPublishers.ofByteArray(json);
            this.contentType = "application/json";
            return this;
        }

        public Builder body(BodyPublisher body, String contentType) {
            this.body = body;
            this.contentType = contentType;
            return this;
        }

        public Builder header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public CartoRequest build() {
            return new CartoRequest(method, path, Collections.unmodifiableMap(new LinkedHashMap<>(query)), body,
                    contentType, idempotent, description, Collections.unmodifiableMap(new LinkedHashMap<>(headers)));
        }
    }
}
