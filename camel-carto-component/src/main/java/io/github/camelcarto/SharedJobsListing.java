package io.github.camelcarto;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.github.camelcarto.client.CartoJob;

/**
 * CARTO's jobs listing, shared by the idempotency lookups that start while it has not been sent yet. A lookup must see
 * every job created before it began, so it joins the next listing to be sent, never one already on the wire: a hundred
 * messages submitted at once cost a listing or two, not a hundred.
 */
final class SharedJobsListing {

    private final Supplier<CompletableFuture<List<CartoJob>>> list;
    /** The listing the lookups wait for that is not sent yet, or null. */
    private CompletableFuture<List<CartoJob>> next;
    private boolean sending;

    /** @param list sends one listing */
    SharedJobsListing(Supplier<CompletableFuture<List<CartoJob>>> list) {
        this.list = list;
    }

    /** A listing sent after this call. */
    synchronized CompletableFuture<List<CartoJob>> sentFromNowOn() {
        if (next == null) {
            next = new CompletableFuture<>();
        }
        CompletableFuture<List<CartoJob>> listing = next;
        if (!sending) {
            send();
        }
        return listing;
    }

    /** Sends the waiting listing; when it is answered, the one that gathered lookups meanwhile. Holds the lock. */
    private void send() {
        CompletableFuture<List<CartoJob>> listing = next;
        next = null;
        sending = true;
        CompletableFuture<List<CartoJob>> call;
        try {
            call = list.get();
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        call.whenComplete((jobs, error) -> {
            synchronized (this) {
                sending = false;
                if (next != null) {
                    send();
                }
            }
            if (error != null) {
                listing.completeExceptionally(error);
            } else {
                listing.complete(jobs);
            }
        });
    }
}
