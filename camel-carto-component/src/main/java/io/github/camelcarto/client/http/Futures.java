package io.github.camelcarto.client.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

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

    /**
     * The future of {@code call}, or a failed one when the call threw before it could start (a value that cannot be
     * sent, say), so that whoever chains on it hears of the failure instead of waiting for ever.
     */
    public static <T> CompletableFuture<T> started(Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException notStarted) {
            return CompletableFuture.failedFuture(notStarted);
        }
    }
}
