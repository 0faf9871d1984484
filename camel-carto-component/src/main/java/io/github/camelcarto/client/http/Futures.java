package io.github.camelcarto.client.http;

import java.util.concurrent.CompletionException;

/** Helpers for the futures every client call returns. */
public final class Futures {

    private Futures() {
    }

    /** The failure itself, without the CompletionException wrappers that composing futures adds around it. */
    public static Throwable cause(Throwable error) {
        Throwable current = error;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
