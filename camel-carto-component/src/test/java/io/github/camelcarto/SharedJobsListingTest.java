package io.github.camelcarto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.CartoJobParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Idempotency lookups share listings, but never one sent before they began. */
class SharedJobsListingTest {

    private final List<CompletableFuture<List<CartoJob>>> sent = new ArrayList<>();
    private final SharedJobsListing listing = new SharedJobsListing(() -> {
        CompletableFuture<List<CartoJob>> call = new CompletableFuture<>();
        sent.add(call);
        return call;
    });

    @Test
    void lookupsThatStartWhileAListingIsOnTheWireShareTheNextOne() {
        CompletableFuture<List<CartoJob>> first = listing.sentFromNowOn();
        CompletableFuture<List<CartoJob>> second = listing.sentFromNowOn();
        CompletableFuture<List<CartoJob>> third = listing.sentFromNowOn();
        assertEquals(1, sent.size(), "the later lookups wait: the listing on the wire may miss a job created since");

        List<CartoJob> before = List.of(job("job_1"));
        sent.get(0).complete(before);
        assertSame(before, first.join());
        assertFalse(second.isDone());
        assertEquals(2, sent.size(), "one listing for both waiting lookups");

        List<CartoJob> after = List.of(job("job_1"), job("job_2"));
        sent.get(1).complete(after);
        assertSame(after, second.join());
        assertSame(after, third.join());

        listing.sentFromNowOn();
        assertEquals(3, sent.size(), "nothing on the wire: a new lookup sends at once");
    }

    @Test
    void aFailedListingFailsItsLookupsAndTheNextOnesAskAgain() {
        CompletableFuture<List<CartoJob>> first = listing.sentFromNowOn();
        sent.get(0).completeExceptionally(new IllegalStateException("CARTO is down"));
        assertTrue(first.isCompletedExceptionally());

        CompletableFuture<List<CartoJob>> next = listing.sentFromNowOn();
        sent.get(1).complete(List.of());
        assertEquals(List.of(), next.join());
    }

    private static CartoJob job(String id) {
        return CartoJobParser.parseCreated(Map.of("externalId", id));
    }
}
