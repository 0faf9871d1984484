package io.github.camelcarto;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.camelcarto.testing.CartoAnswers;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

/**
 * A WireMock CARTO that keeps every job's own life, in CARTO's shapes (v3/job-created, v3/job-status-*): a submit
 * creates a new externalId, and each job answers running to its first polls and success after {@code pollsUntilDone}
 * of them. Lets thousands of jobs run at once with two
 * stubs instead of a scenario per job.
 */
final class JobLifecycleTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "job-lifecycle";

    private final int pollsUntilDone;
    private final AtomicLong nextId = new AtomicLong();
    private final Map<String, AtomicInteger> pollsByJob = new ConcurrentHashMap<>();
    private final AtomicInteger totalPolls = new AtomicInteger();

    JobLifecycleTransformer(int pollsUntilDone) {
        this.pollsUntilDone = pollsUntilDone;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String url = serveEvent.getRequest().getUrl().replaceFirst("\\?.*$", "");
        if (serveEvent.getRequest().getMethod().getName().equals("POST")) {
            String id = "job-" + nextId.incrementAndGet();
            pollsByJob.put(id, new AtomicInteger());
            return okJson(CartoAnswers.jobCreated(id)).build();
        }
        String id = url.substring(url.lastIndexOf('/') + 1);
        int polls = pollsByJob.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        totalPolls.incrementAndGet();
        String status = polls >= pollsUntilDone ? "success" : "running";
        return okJson(CartoAnswers.jobStatus(status)).build();
    }

    int totalPolls() {
        return totalPolls.get();
    }

    int jobsSubmitted() {
        return (int) nextId.get();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
