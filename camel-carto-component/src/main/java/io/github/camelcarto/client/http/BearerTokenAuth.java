package io.github.camelcarto.client.http;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** A static CARTO 3 API access token or OAuth token, sent as {@code Authorization: Bearer}. */
public final class BearerTokenAuth implements CartoAuth {

    private final String token;
    private final CompletableFuture<String> header;

    public BearerTokenAuth(String token) {
        this.token = Objects.requireNonNull(token, "token");
        this.header = CompletableFuture.completedFuture("Bearer " + token);
    }

    @Override
    public CompletableFuture<String> authorizationHeader() {
        return header;
    }

    @Override
    public String redact(String text) {
        return Secrets.hide(text, List.of(token));
    }

    @Override
    public String toString() {
        return "BearerTokenAuth[token=xxxxxx]";
    }
}
