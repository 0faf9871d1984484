package io.github.camelcarto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcarto.client.WaitingJob;
import org.apache.camel.Component;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.TimeUtils;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * Camel's developer console for CARTO ({@code camel get carto}, the dev console HTTP page, Spring Boot's camel
 * actuator): for every carto component, the jobs waiting by status and the oldest wait, the polls sent, the calls in
 * flight and queued, the back-offs after 429, then the waiting jobs themselves (id, connection, status, age, next
 * poll), oldest first. Option {@code limit} caps the list (100 by default).
 */
@DevConsole(name = "carto", displayName = "CARTO", description = "CARTO jobs being waited for, calls and rate limits")
public class CartoDevConsole extends AbstractDevConsole {

    /** The most waiting jobs to list per component. */
    public static final String LIMIT = "limit";
    private static final int DEFAULT_LIMIT = 100;

    public CartoDevConsole() {
        super("camel", "carto", "CARTO", "CARTO jobs being waited for, calls and rate limits");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        int limit = limit(options);
        StringBuilder text = new StringBuilder();
        components().forEach((name, component) -> {
            CartoActivity activity = component.activity();
            text.append(String.format("Component: %s%n", name));
            text.append(String.format("    Jobs waiting: %d %s (oldest %s)%n", activity.jobsWaiting(),
                    activity.jobsByStatus(), TimeUtils.printDuration(activity.oldestWait().toMillis(), true)));
            text.append(String.format("    Status polls sent: %d%n", activity.jobPolls()));
            text.append(String.format("    Calls in flight: %d (queued: %d)%n", activity.callsInFlight(),
                    activity.callsQueued()));
            text.append(String.format("    Back-offs after 429: %d (Retry-After waits: %d, %s in all)%n",
                    activity.rateLimitBackoffs(), activity.retryAfterWaits(),
                    TimeUtils.printDuration(activity.retryAfterWaited().toMillis(), true)));
            List<WaitingJob> waiting = activity.waitingJobs();
            for (WaitingJob job : waiting.subList(0, Math.min(limit, waiting.size()))) {
                text.append(String.format("    Job %s on %s: %s for %s, next poll in %s (%d polls)%n", job.jobId(),
                        where(job), job.status(), TimeUtils.printDuration(job.waited().toMillis(), true),
                        TimeUtils.printDuration(job.nextPollIn().toMillis(), true), job.polls()));
            }
            if (waiting.size() > limit) {
                text.append(String.format("    ... and %d more%n", waiting.size() - limit));
            }
        });
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        int limit = limit(options);
        List<JsonObject> list = new ArrayList<>();
        components().forEach((name, component) -> {
            CartoActivity activity = component.activity();
            JsonObject json = new JsonObject();
            json.put("component", name);
            json.put("jobsWaiting", activity.jobsWaiting());
            JsonObject byStatus = new JsonObject();
            activity.jobsByStatus().forEach((status, count) -> byStatus.put(status.name(), count));
            json.put("jobsByStatus", byStatus);
            json.put("oldestWaitMillis", activity.oldestWait().toMillis());
            json.put("jobPolls", activity.jobPolls());
            json.put("callsInFlight", activity.callsInFlight());
            json.put("callsQueued", activity.callsQueued());
            json.put("rateLimitBackoffs", activity.rateLimitBackoffs());
            json.put("retryAfterWaits", activity.retryAfterWaits());
            json.put("retryAfterWaitMillis", activity.retryAfterWaited().toMillis());
            JsonArray jobs = new JsonArray();
            List<WaitingJob> waiting = activity.waitingJobs();
            for (WaitingJob job : waiting.subList(0, Math.min(limit, waiting.size()))) {
                JsonObject entry = new JsonObject();
                entry.put("jobId", job.jobId());
                entry.put("connection", where(job));
                entry.put("status", job.status().name());
                entry.put("waitedMillis", job.waited().toMillis());
                entry.put("nextPollInMillis", job.nextPollIn().toMillis());
                entry.put("polls", job.polls());
                jobs.add(entry);
            }
            json.put("waitingJobs", jobs);
            list.add(json);
        });
        JsonObject root = new JsonObject();
        root.put("components", list);
        return root;
    }

    /** The carto components of the context, by name; none are created by asking. */
    private Map<String, CartoComponent> components() {
        Map<String, CartoComponent> found = new LinkedHashMap<>();
        for (String name : getCamelContext().getComponentNames()) {
            Component component = getCamelContext().hasComponent(name);
            if (component instanceof CartoComponent carto) {
                found.put(name, carto);
            }
        }
        return found;
    }

    /** The connection the job runs on, as its producer's endpoint names it; CARTO 2 jobs run on the user's account. */
    private static String where(WaitingJob job) {
        if (job.owner() instanceof CartoAsyncProducer producer) {
            CartoConfiguration configuration = producer.getEndpoint().getConfiguration();
            if (configuration.getApiVersion() == CartoApiVersion.v2) {
                return "CARTO 2 (" + AccessTarget.of(configuration).name() + ")";
            }
            return String.valueOf(configuration.getConnection());
        }
        return "?";
    }

    private static int limit(Map<String, Object> options) {
        Object limit = options.get(LIMIT);
        try {
            return limit != null ? Math.max(0, Integer.parseInt(limit.toString())) : DEFAULT_LIMIT;
        } catch (NumberFormatException notANumber) {
            return DEFAULT_LIMIT;
        }
    }
}
