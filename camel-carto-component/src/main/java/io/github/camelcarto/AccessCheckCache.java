package io.github.camelcarto;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.github.camelcarto.client.http.Futures;

/**
 * Answers "does CARTO answer and accept the credentials?" from the last access check while it is fresh; otherwise it
 * starts one (never two at once) and waits a little for it. However often probes ask, CARTO sees at most one access
 * check per {@code freshFor}, and a probe never waits longer than {@code waitForAnswer}. The clock is given so that
 * tests step it by hand.
 */
final class AccessCheckCache {

    /** How long an answer stands: Kubernetes probes every 10 s by default, so CARTO sees a third of them. */
    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    /** How long a probe waits for a check in progress, well inside the timeouts of readiness probes. */
    static final Duration WAIT_FOR_ANSWER = Duration.ofSeconds(5);

    private final Supplier<CompletableFuture<?>> check;
    private final LongSupplier nanoTime;
    private final long freshForNanos;
    private final Duration waitForAnswer;
    private Answer last;
    private Attempt running;

    AccessCheckCache(Supplier<CompletableFuture<?>> check, LongSupplier nanoTime, Duration freshFor,
                     Duration waitForAnswer) {
        this.check = check;
        this.nanoTime = nanoTime;
        this.freshForNanos = freshFor.toNanos();
        this.waitForAnswer = waitForAnswer;
    }

    /** What is known now: the last answer while fresh, else the answer of a new check, or that none came in time. */
    Answer latest() {
        Attempt attempt;
        synchronized (this) {
            if (last != null && nanoTime.getAsLong() - last.atNanos < freshForNanos) {
                return last;
            }
            if (running == null) {
                Attempt started = start();
                running = started.future.isDone() ? null : started;
                attempt = started;
            } else {
                attempt = running;
            }
        }
        try {
            attempt.future.get(waitForAnswer.toMillis(), TimeUnit.MILLISECONDS);
            return Answer.accepted(nanoTime.getAsLong());
        } catch (TimeoutException stillWaiting) {
            return slow(attempt);
        } catch (ExecutionException failed) {
            return Answer.failed(Futures.cause(failed.getCause()), nanoTime.getAsLong());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return slow(attempt);
        }
    }

    /**
     * A check still running: the previous answer stands while the check is younger than {@code freshFor}, so that a
     * slow but healthy CARTO does not flap readiness; after that, or with nothing known yet, it is unanswered.
     */
    private synchronized Answer slow(Attempt attempt) {
        long waited = nanoTime.getAsLong() - attempt.startNanos;
        if (last != null && waited < freshForNanos) {
            return last;
        }
        return Answer.unanswered(Duration.ofNanos(waited));
    }

    private Attempt start() {
        long started = nanoTime.getAsLong();
        CompletableFuture<?> future;
        try {
            future = check.get();
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        Attempt attempt = new Attempt(future, started);
        future.whenComplete((ignored, error) -> finished(attempt, error));
        return attempt;
    }

    private synchronized void finished(Attempt attempt, Throwable error) {
        long now = nanoTime.getAsLong();
        last = error == null ? Answer.accepted(now) : Answer.failed(Futures.cause(error), now);
        if (running == attempt) {
            running = null;
        }
    }

    private record Attempt(CompletableFuture<?> future, long startNanos) {
    }

    /**
     * One access check's outcome: {@code answered} with a {@code failure} (null when CARTO accepted the credentials),
     * or not answered within {@code waited}.
     */
    record Answer(boolean answered, Throwable failure, Duration waited, long atNanos) {

        static Answer accepted(long atNanos) {
            return new Answer(true, null, Duration.ZERO, atNanos);
        }

        static Answer failed(Throwable failure, long atNanos) {
            return new Answer(true, failure, Duration.ZERO, atNanos);
        }

        static Answer unanswered(Duration waited) {
            return new Answer(false, null, waited, 0);
        }
    }
}
