package io.github.camelcarto.client.http;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** A body subscriber that asks for nothing by itself (a test asks through its subscription) and records what came. */
final class RecordingReader implements BodySubscriber<Void> {
    final List<String> taken = new ArrayList<>();
    final List<Throwable> errors = new ArrayList<>();
    int completions;
    Flow.Subscription subscription;

    @Override
    public CompletionStage<Void> getBody() {
        return new CompletableFuture<>();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        item.forEach(buffer -> taken.add(StandardCharsets.UTF_8.decode(buffer).toString()));
    }

    @Override
    public void onError(Throwable throwable) {
        errors.add(throwable);
    }

    @Override
    public void onComplete() {
        completions++;
    }
}
