package io.github.camelcarto.client.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A CARTO 2 API key. By default sent as HTTP Basic ({@code user:apiKey}), which CARTO's SQL API v2 reads first and
 * which keeps the key out of URLs, proxies' access logs and caches. As an {@code api_key} query parameter it is added
 * to the URL only when the request goes on the wire; every message is {@linkplain #redact(String) redacted}, the
 * Basic credentials included.
 */
public final class ApiKeyAuth implements CartoAuth {

    private static final CompletableFuture<String> NO_HEADER = CompletableFuture.completedFuture(null);

    private final CompletableFuture<String> header;
    private final Map<String, String> parameters;
    /** The key, and the Basic credentials that carry it, which an echoed Authorization header would show. */
    private final List<String> secrets;

    private ApiKeyAuth(String apiKey, String basicUser) {
        Objects.requireNonNull(apiKey, "apiKey");
        if (basicUser != null) {
            String pair = basicUser + ":" + apiKey;
            String credentials = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
            this.header = CompletableFuture.completedFuture("Basic " + credentials);
            this.parameters = Map.of();
            this.secrets = List.of(apiKey, credentials);
        } else {
            this.header = NO_HEADER;
            this.parameters = Map.of("api_key", apiKey);
            this.secrets = List.of(apiKey);
        }
    }

    /** HTTP Basic with the CARTO user name as user and the API key as password. */
    public static ApiKeyAuth basic(String user, String apiKey) {
        return new ApiKeyAuth(apiKey, Objects.requireNonNull(user, "user"));
    }

    /** The {@code api_key} query parameter. */
    public static ApiKeyAuth queryParameter(String apiKey) {
        return new ApiKeyAuth(apiKey, null);
    }

    @Override
    public CompletableFuture<String> authorizationHeader() {
        return header;
    }

    @Override
    public Map<String, String> queryParameters() {
        return parameters;
    }

    @Override
    public String redact(String text) {
        return Secrets.hide(text, secrets);
    }

    @Override
    public String toString() {
        return "ApiKeyAuth[" + (parameters.isEmpty() ? "basic" : "api_key parameter") + ", apiKey=xxxxxx]";
    }
}
