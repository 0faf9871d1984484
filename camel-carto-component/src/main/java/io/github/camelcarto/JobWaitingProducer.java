package io.github.camelcarto;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.CartoTimeoutException;
import io.github.camelcarto.client.JobControl;
import io.github.camelcarto.client.JobOutcome;
import io.github.camelcarto.client.WaitOptions;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.http.Futures;
import org.apache.camel.Message;
import org.apache.camel.spi.ShutdownPrepared;

/**
 * A producer that waits for CARTO jobs (SQL jobs, workflow runs, imports) without holding a thread. When the route
 * is stopped (or a graceful shutdown runs out of time) the waits still in flight end at once, cancelling their jobs
 * in CARTO when {@code cancelOnTimeout} is set, so no exchange hangs.
 */
abstract class JobWaitingProducer extends CartoAsyncProducer implements ShutdownPrepared {

    JobWaitingProducer(CartoEndpoint endpoint) {
        super(endpoint);
    }

    /**
     * Waits until the job has ended, hands the outcome to {@code writeOutcome}, and fails with the job's typed
     * exception unless it is DONE; a wait that runs out leaves its last status, polls and time on the message. A job
     * that has ended already completes the wait at once.
     *
     * @param resumable whether a redelivery takes the job up again (it was submitted with an idempotency key): then
     *                  stopping the route leaves the job running instead of cancelling it
     */
    protected CompletableFuture<CartoJob> awaitEnd(Message message, CartoJob job, JobControl control,
                                                   Consumer<JobOutcome> writeOutcome, boolean resumable) {
        WaitOptions options = getEndpoint().options().waitOptions();
        return getEndpoint().waiter().await(job, control, resumable ? options.leavingJobsRunningOnStop() : options, this)
                .handle((outcome, error) -> {
                    if (error != null) {
                        Throwable cause = Futures.cause(error);
                        if (cause instanceof CartoTimeoutException timeout) {
                            JobMessages.write(message, timeout);
                        }
                        throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
                    }
                    writeOutcome.accept(outcome);
                    if (!outcome.succeeded()) {
                        throw outcome.failure();
                    }
                    return outcome.job();
                });
    }

    /**
     * The job submitted under an idempotency key, handed to {@code written}: header CamelCartoResumed says whether it
     * was submitted before; one this exchange submitted as CARTO's create answer, one submitted before as CARTO shows
     * it now ({@link #readAgain}).
     */
    protected static CompletableFuture<CartoJob> takeUp(Message message, IdempotentSubmissions.Submission taken,
                                                        JobControl control,
                                                        Function<CartoJob, CompletableFuture<CartoJob>> written) {
        message.setHeader(CartoConstants.RESUMED, taken.resumed());
        if (!taken.resumed()) {
            return written.apply(taken.job());
        }
        return readAgain(taken, control).thenCompose(written);
    }

    /**
     * A job taken up by its idempotency key, as CARTO shows it now, over what its record knew; a job CARTO cannot read
     * any more fails with CARTO's answer, and a hint of where its id came from.
     */
    private static CompletableFuture<CartoJob> readAgain(IdempotentSubmissions.Submission taken, JobControl control) {
        return control.read(taken.job().id()).handle((read, error) -> {
            if (error == null) {
                return taken.job().updatedBy(read);
            }
            Throwable cause = Futures.cause(error);
            if (cause instanceof CartoException carto) {
                carto.withHint("The job was found under idempotency key '" + taken.key() + "', submitted earlier; to "
                               + "submit the work again, send the message with another key.");
            }
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        });
    }

    @Override
    public void prepareShutdown(boolean suspendOnly, boolean forced) {
        // a graceful shutdown lets waits finish within its timeout; a forced one ends them now
        if (forced && !suspendOnly) {
            getEndpoint().waiter().abort(this, "Camel forced the shutdown of the route");
        }
    }

    @Override
    protected void doStop() throws Exception {
        getEndpoint().waiter().abort(this, "the producer was stopped");
        super.doStop();
    }
}
