package io.github.camelcarto;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which followed jobs a carto:jobs poll reads when it may read only some of them: first come, first read, and a job
 * just read goes to the back of the line. A new job queues behind the ones already waiting, so a job in line is read
 * within {@code ceil(position / bound)} polls however many new ones arrive: none is starved. Used by the poll thread
 * only; in memory, since after a restart every job simply queues again.
 */
final class ReadRotation {

    private final Set<String> line = new LinkedHashSet<>();

    /**
     * The ids to read now, in line order.
     *
     * @param followed the jobs to read, in the order a new one joins the line
     * @param bound    how many to read at most; 0 or less reads them all (Camel's maxMessagesPerPoll convention)
     */
    List<String> next(Set<String> followed, int bound) {
        line.retainAll(followed);
        line.addAll(followed);
        List<String> turn = new ArrayList<>();
        for (Iterator<String> waiting = line.iterator(); waiting.hasNext() && (bound <= 0 || turn.size() < bound);) {
            turn.add(waiting.next());
            waiting.remove();
        }
        line.addAll(turn);
        return turn;
    }
}
