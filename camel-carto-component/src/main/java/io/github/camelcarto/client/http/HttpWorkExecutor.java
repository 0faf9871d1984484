package io.github.camelcarto.client.http;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * The executor the component gives its JDK HTTP clients. The client hands it each step of a call: a step handed over
 * by a thread that is already doing HTTP work (one of the workers, or a thread inside {@link #startingHere}) runs at
 * once on that thread; any other, above all from the client's selector thread, which must never run a route, goes to
 * the workers.
 * <p>
 * Why: {@code sendAsync} hands even its first step, writing the request, to the executor, where the blocking
 * {@code send} writes on the calling thread; over a plain pool that is one more thread hop per call (on the 2-core
 * benchmark machine a loopback POST went from 1.21x to 1.05x a blocking send without it), and each later step handed
 * from one worker to the queue is another. Running a step at once blocks no one: the client's sockets are
 * non-blocking, and whatever waits for the network goes back through the selector.
 */
public final class HttpWorkExecutor implements Executor {

    /** Whether this thread may run the HTTP client's steps itself; shared by every instance, as threads are. */
    private static final ThreadLocal<Boolean> DOING_HTTP_WORK = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final ExecutorService workers;

    public HttpWorkExecutor(ExecutorService workers) {
        this.workers = workers;
    }

    @Override
    public void execute(Runnable step) {
        if (DOING_HTTP_WORK.get()) {
            step.run();
            return;
        }
        workers.execute(() -> {
            DOING_HTTP_WORK.set(Boolean.TRUE);
            try {
                step.run();
            } finally {
                DOING_HTTP_WORK.set(Boolean.FALSE);
            }
        });
    }

    /** Calls {@code send} (a {@code sendAsync}) so that the call's first steps run on this thread. */
    static <T> T startingHere(Supplier<T> send) {
        Boolean before = DOING_HTTP_WORK.get();
        DOING_HTTP_WORK.set(Boolean.TRUE);
        try {
            return send.get();
        } finally {
            DOING_HTTP_WORK.set(before);
        }
    }
}
