package io.github.camelcarto;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which followed jobs a carto:jobs poll reads when it may not read them all. */
class ReadRotationTest {

    private final ReadRotation rotation = new ReadRotation();

    @Test
    void readsAtMostTheBoundOldestInLineFirstAndSendsThemToTheBack() {
        Set<String> jobs = ids("a", "b", "c");
        assertEquals(List.of("a", "b"), rotation.next(jobs, 2));
        assertEquals(List.of("c", "a"), rotation.next(jobs, 2));
        assertEquals(List.of("b", "c"), rotation.next(jobs, 2));
    }

    @Test
    void newJobsQueueBehindTheWaitingOnesSoNoneIsStarved() {
        assertEquals(List.of("a"), rotation.next(ids("a", "b", "c"), 1));
        // two new jobs each poll would starve c if new ones went first
        assertEquals(List.of("b"), rotation.next(ids("a", "b", "c", "d", "e"), 1));
        assertEquals(List.of("c"), rotation.next(ids("a", "b", "c", "d", "e", "f", "g"), 1));
    }

    @Test
    void jobsNoLongerFollowedLeaveTheLine() {
        assertEquals(List.of("a", "b"), rotation.next(ids("a", "b", "c"), 2));
        assertEquals(List.of("c", "d"), rotation.next(ids("c", "d"), 2));
        assertEquals(List.of("c", "d"), rotation.next(ids("c", "d"), 2));
    }

    @Test
    void noBoundReadsEveryJob() {
        assertEquals(List.of("a", "b", "c"), rotation.next(ids("a", "b", "c"), 0));
        assertEquals(List.of("a", "b", "c"), rotation.next(ids("a", "b", "c"), -1));
    }

    private static Set<String> ids(String... ids) {
        return new LinkedHashSet<>(List.of(ids));
    }
}
