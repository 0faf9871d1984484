package io.github.camelcarto.client;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.testing.ManualScheduler;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The waiter's state machine, stepped by hand on a scheduler whose clock moves only when a task runs. */
class JobWaiterTest {

    private static final Duration ONE_HOUR = Duration.ofHours(1);

    private final ManualScheduler scheduler = new ManualScheduler();
    private final JobWaiter waiter = new JobWaiter(scheduler, scheduler::nanoTime);

    @Test
    void pollsBackOffByTheMultiplierUpToTheLongestInterval() {
        ScriptedJob job = new ScriptedJob("running", "running", "running", "running", "running", "done");
        CompletableFuture<JobOutcome> wait = waiter.await(job.submitted(),
                job, options(1, 4, 2.0, ONE_HOUR, true), this);

        assertEquals(seconds(1, 2, 4, 4, 4, 4), scheduler.runAll());
        JobOutcome outcome = wait.join();
        assertTrue(outcome.succeeded());
        assertEquals(6, outcome.polls());
        assertEquals(Duration.ofSeconds(19), outcome.elapsed());
        assertEquals(0, waiter.inFlight());
    }

    @Test
    void theWaitsInProgressShowStatusAgeAndNextPollOldestFirst() {
        ScriptedJob first = new ScriptedJob("running", "running");
        waiter.await(first.submitted(), first, options(2, 8, 2.0, ONE_HOUR, true), "producer A");
        scheduler.runNext();
        CartoJob second = CartoJobParser.parse(Map.of("jobId", "job-2", "status", "pending"));
        waiter.await(second, new ScriptedJob(), options(1, 1, 1.0, ONE_HOUR, true), "producer B");

        assertEquals(List.of(
                new WaitingJob("job-1", CartoJobStatus.RUNNING, Duration.ofSeconds(2), Duration.ofSeconds(4), 1,
                        "producer A"),
                new WaitingJob("job-2", CartoJobStatus.PENDING, Duration.ZERO, Duration.ofSeconds(1), 0,
                        "producer B")), waiter.waiting());
        assertEquals(1, waiter.pollsSent());
    }

    @Test
    void theOutcomeKeepsTheSubmittedIdAndWhatOnlyTheSubmitAnswered() {
        Map<String, Object> submitted = new LinkedHashMap<>(Map.of("jobId", "job-1", "status", "pending",
                "jobMetadata", Map.of("workflowOutputTableName", "p.d.out")));
        ScriptedJob job = new ScriptedJob(Map.of("jobId", "other-id", "status", "success"));
        CompletableFuture<JobOutcome> wait = waiter.await(CartoJobParser.parse(submitted), job,
                options(1, 1, 1.0, ONE_HOUR, true), this);

        scheduler.runAll();
        CartoJob done = wait.join().job();
        assertEquals("job-1", done.id());
        assertEquals(CartoJobStatus.DONE, done.status());
        assertEquals("p.d.out", done.workflowOutputTable());
        assertEquals(List.of("job-1"), job.reads);
    }

    @Test
    void aJobThatEndedAlreadyIsNotPolled() {
        ScriptedJob job = new ScriptedJob();
        JobOutcome outcome = waiter.await(CartoJobParser.parse(Map.of("jobId", "j", "status", "failure")), job,
                options(1, 1, 1.0, ONE_HOUR, true), this).join();
        assertEquals(CartoJobStatus.FAILED, outcome.job().status());
        assertEquals(0, outcome.polls());
        assertTrue(scheduler.isIdle());
        assertTrue(job.reads.isEmpty());
    }

    @Test
    void runningOutOfTimeCancelsTheJobAndFailsOnlyOnceCartoAnsweredTheCancel() {
        ScriptedJob job = new ScriptedJob("running", "running", "running", "running");
        job.holdCancel();
        CompletableFuture<JobOutcome> wait = waiter.await(job.submitted(), job,
                options(2, 2, 1.0, Duration.ofSeconds(5), true), this);

        // polls at 2 s and 4 s, then the last delay shrinks to what is left of the 5 s
        assertEquals(seconds(2, 2, 1), scheduler.runAll());
        assertEquals(1, job.cancels);
        assertFalse(wait.isDone(), "the wait ends when CARTO has answered the cancel");

        job.answerCancel();
        CartoTimeoutException timeout = failure(CartoTimeoutException.class, wait);
        assertEquals("job-1", timeout.getJobId());
        assertEquals(CartoJobStatus.RUNNING, timeout.getLastStatus());
        assertEquals(3, timeout.getPolls());
        assertEquals(Duration.ofSeconds(5), timeout.getWaited());
        assertTrue(timeout.isCancelRequested());
        assertTrue(timeout.getMessage().contains("within 5000 ms") && timeout.getMessage().contains("cancelled in CARTO"),
                timeout.getMessage());
        assertEquals(0, waiter.inFlight());
    }

    @Test
    void withoutCancelOnTimeoutTheJobIsLeftRunning() {
        ScriptedJob job = new ScriptedJob("running", "running");
        CompletableFuture<JobOutcome> wait = waiter.await(job.submitted(), job,
                options(2, 2, 1.0, Duration.ofSeconds(4), false), this);

        scheduler.runAll();
        CartoTimeoutException timeout = failure(CartoTimeoutException.class, wait);
        assertFalse(timeout.isCancelRequested());
        assertEquals(0, job.cancels);
        assertTrue(timeout.getMessage().contains("left running"), timeout.getMessage());
    }

    @Test
    void aWaitEndedEarlyLeavesTheJobRunningWhenItsOptionsSaySoButStillCancelsOnTimeout() {
        ScriptedJob stopped = new ScriptedJob("running");
        WaitOptions resumable = options(1, 1, 1.0, Duration.ofSeconds(2), true).leavingJobsRunningOnStop();
        CompletableFuture<JobOutcome> wait = waiter.await(stopped.submitted(), stopped, resumable, this);

        waiter.abort(this, "the producer was stopped");
        CartoException ended = failure(CartoException.class, wait);
        assertTrue(ended.getMessage().contains("left running"), ended.getMessage());
        assertEquals(0, stopped.cancels);

        ScriptedJob slow = new ScriptedJob("running", "running");
        CompletableFuture<JobOutcome> timedOut = waiter.await(slow.submitted(), slow, resumable, this);
        scheduler.runAll();
        assertEquals(1, slow.cancels, "running out of time still cancels, as cancelOnTimeout says");
        assertTrue(failure(CartoTimeoutException.class, timedOut).isCancelRequested());
    }

    @Test
    void transientPollErrorsAreWaitedThroughAndTheJobStillEnds() {
        ScriptedJob job = new ScriptedJob(new CartoHttpException("unavailable", 503, null, ""),
                new CartoException("reset", new IOException("Connection reset")), Map.of("status", "success"));
        CompletableFuture<JobOutcome> wait = waiter.await(job.submitted(), job,
                options(1, 1, 1.0, ONE_HOUR, true), this);

        assertEquals(seconds(1, 1, 1), scheduler.runAll());
        JobOutcome outcome = wait.join();
        assertTrue(outcome.succeeded());
        assertEquals(3, outcome.polls());
    }

    @Test
    void aTimeoutAfterFailedPollsNamesTheLastPollError() {
        CartoHttpException unavailable = new CartoHttpException("CARTO is down", 503, null, "");
        ScriptedJob job = new ScriptedJob(unavailable, unavailable);
        CompletableFuture<JobOutcome> wait = waiter.await(job.submitted(), job,
                options(1, 1, 1.0, Duration.ofSeconds(2), true), this);

        scheduler.runAll();
        CartoTimeoutException timeout = failure(CartoTimeoutException.class, wait);
        assertSame(unavailable, timeout.getCause());
        assertEquals(CartoJobStatus.PENDING, timeout.getLastStatus());
        assertTrue(timeout.getMessage().contains("CARTO is down"), timeout.getMessage());
    }

    @Test
    void aPermanentPollErrorEndsTheWaitAtOnceWithoutCancelling() {
        CartoHttpException gone = new CartoHttpException("no such job", 404, null, "");
        ScriptedJob job = new ScriptedJob(gone);
        CompletableFuture<JobOutcome> wait = waiter.await(job.submitted(), job,
                options(1, 1, 1.0, ONE_HOUR, true), this);

        scheduler.runNext();
        assertSame(gone, failure(CartoHttpException.class, wait));
        assertTrue(scheduler.isIdle());
        assertEquals(0, job.cancels);
    }

    @Test
    void abortEndsTheOwnersWaitsAtOnceAndLeavesOthersWaiting() {
        Object stoppingProducer = new Object();
        ScriptedJob mine = new ScriptedJob("running");
        mine.holdCancel();
        ScriptedJob theirs = new ScriptedJob("done");
        CompletableFuture<JobOutcome> myWait = waiter.await(mine.submitted(), mine,
                options(1, 1, 1.0, ONE_HOUR, true), stoppingProducer);
        CompletableFuture<JobOutcome> theirWait = waiter.await(theirs.submitted(), theirs,
                options(1, 1, 1.0, ONE_HOUR, true), this);

        waiter.abort(stoppingProducer, "the route was stopped");
        CartoException aborted = failure(CartoException.class, myWait);
        assertFalse(aborted instanceof CartoTimeoutException);
        assertTrue(aborted.getMessage().contains("the route was stopped"), aborted.getMessage());
        assertEquals(1, mine.cancels, "a cancel is sent, but its answer is not waited for");
        assertFalse(theirWait.isDone());

        scheduler.runAll();
        assertTrue(mine.reads.isEmpty(), "the aborted wait's next poll was called off");
        assertTrue(theirWait.join().succeeded());
    }

    @Test
    void aSchedulerThatRefusesWorkEndsTheWait() {
        ScriptedJob job = new ScriptedJob("running");
        CompletableFuture<JobOutcome> wait = waiter.await(job.submitted(), job,
                options(1, 1, 1.0, ONE_HOUR, false), this);
        scheduler.shutdown();

        scheduler.runNext();
        CartoException stopped = failure(CartoException.class, wait);
        assertTrue(stopped.getMessage().contains("stopping"), stopped.getMessage());
    }

    @Test
    void aStatusReadThatCannotEvenBeSentEndsTheWaitInsteadOfStallingIt() {
        // e.g. CARTO answered the submit with the job id "." which no URL path can carry
        JobControl refusing = JobControl.of(jobId -> {
            throw new IllegalArgumentException("The job id '.' cannot be sent to CARTO");
        }, jobId -> CompletableFuture.failedFuture(new AssertionError("not cancelled")));
        CompletableFuture<JobOutcome> wait = waiter.await(CartoJobParser.parse(Map.of("jobId", ".", "status", "pending")),
                refusing, options(1, 1, 1.0, ONE_HOUR, true), this);

        scheduler.runNext();

        CompletionException error = assertThrows(CompletionException.class, wait::join);
        assertInstanceOf(IllegalArgumentException.class, error.getCause());
    }

    private static WaitOptions options(long pollSeconds, long maxPollSeconds, double multiplier, Duration timeout,
                                       boolean cancelOnTimeout) {
        return new WaitOptions(Duration.ofSeconds(pollSeconds), Duration.ofSeconds(maxPollSeconds), multiplier, timeout,
                cancelOnTimeout);
    }

    private static List<Duration> seconds(long... values) {
        List<Duration> durations = new ArrayList<>();
        for (long value : values) {
            durations.add(Duration.ofSeconds(value));
        }
        return durations;
    }

    private static <T extends Throwable> T failure(Class<T> type, CompletableFuture<?> wait) {
        CompletionException error = assertThrows(CompletionException.class, wait::join);
        return assertInstanceOf(type, error.getCause());
    }

    /** A job whose status reads answer from a script (a status word, a job Map, or a failure), at once. */
    private static final class ScriptedJob implements JobControl {
        private final Deque<Object> answers = new ArrayDeque<>();
        private final List<String> reads = new ArrayList<>();
        private CompletableFuture<CartoJob> cancelAnswer;
        private int cancels;

        ScriptedJob(Object... answers) {
            this.answers.addAll(List.of(answers));
        }

        CartoJob submitted() {
            return CartoJobParser.parse(Map.of("jobId", "job-1", "status", "pending"));
        }

        void holdCancel() {
            cancelAnswer = new CompletableFuture<>();
        }

        void answerCancel() {
            cancelAnswer.complete(CartoJobParser.parse(Map.of("jobId", "job-1", "status", "cancelled")));
        }

        @Override
        public CompletableFuture<CartoJob> read(String jobId) {
            reads.add(jobId);
            Object answer = answers.poll();
            if (answer instanceof Throwable failure) {
                return CompletableFuture.failedFuture(failure);
            }
            if (answer instanceof Map<?, ?> fields) {
                @SuppressWarnings("unchecked")
                Map<String, Object> job = (Map<String, Object>) fields;
                return CompletableFuture.completedFuture(CartoJobParser.parse(job));
            }
            if (answer == null) {
                throw new AssertionError("no answer scripted for status read " + reads.size());
            }
            return CompletableFuture.completedFuture(CartoJobParser.parse(Map.of("jobId", jobId, "status", answer)));
        }

        @Override
        public CompletableFuture<CartoJob> cancel(String jobId) {
            cancels++;
            return cancelAnswer != null ? cancelAnswer
                    : CompletableFuture.completedFuture(CartoJobParser.parse(Map.of("jobId", jobId, "status", "cancelled")));
        }
    }
}
