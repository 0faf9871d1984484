package io.github.camelcarto;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.client.CartoJob;
import io.github.camelcarto.client.CartoJobStatus;
import io.github.camelcarto.client.http.Json;
import org.apache.camel.spi.StateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the carto:jobs consumer remembers, kept in a Camel {@link StateRepository} so that a persistent repository
 * carries it across restarts:
 * <ul>
 * <li>per job, the status last delivered (key {@code camel-carto.job.<url-encoded id>});</li>
 * <li>the jobs delivered as not yet ended, with their connection (key {@code camel-carto.inFlight}, a JSON object
 * id → connection): they are read on their own when the listing stops showing them, so their end is delivered.</li>
 * </ul>
 * A job's status is written before the in-flight index: a crash in between leaves an ended job in the index, which
 * the next poll reads, finds delivered, and drops, so nothing is emitted twice. Only the consumer's poll thread uses
 * this class.
 */
final class JobEventState {

    static final String IN_FLIGHT_KEY = "camel-carto.inFlight";
    static final String JOB_KEY_PREFIX = "camel-carto.job.";

    private static final Logger LOG = LoggerFactory.getLogger(JobEventState.class);

    private final StateRepository<String, String> repository;
    private Map<String, String> inFlight;

    JobEventState(StateRepository<String, String> repository) {
        this.repository = repository;
    }

    /** The status last delivered for a job, or null if none was. */
    CartoJobStatus delivered(String jobId) {
        String value = repository.getState(jobKey(jobId));
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CartoJobStatus.valueOf(value);
        } catch (IllegalArgumentException notOurs) {
            return CartoJobStatus.UNKNOWN;
        }
    }

    /** Records that the job's current status was delivered (or, for emitOn=terminal, observed). */
    void record(CartoJob job, String connection) {
        repository.setState(jobKey(job.id()), job.status().name());
        Map<String, String> index = inFlight();
        if (job.terminal()) {
            if (index.remove(job.id()) != null) {
                save();
            }
        } else {
            String known = connection != null ? connection : "";
            if (!known.equals(index.put(job.id(), known))) {
                save();
            }
        }
    }

    /** Stops tracking a job that can no longer be read (CARTO forgot it). */
    void forget(String jobId) {
        if (inFlight().remove(jobId) != null) {
            save();
        }
    }

    /** Jobs delivered as unfinished: id → connection ("" when unknown). A snapshot, safe to iterate while recording. */
    Map<String, String> inFlightSnapshot() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(inFlight()));
    }

    private Map<String, String> inFlight() {
        if (inFlight == null) {
            inFlight = load();
        }
        return inFlight;
    }

    /** Forgets what was loaded so that the next use reads the repository again (after a restart of the consumer). */
    void reload() {
        inFlight = null;
    }

    private Map<String, String> load() {
        Map<String, String> loaded = new LinkedHashMap<>();
        String value = repository.getState(IN_FLIGHT_KEY);
        if (value == null || value.isBlank()) {
            return loaded;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(value);
            node.fields().forEachRemaining(e -> loaded.put(e.getKey(), e.getValue().asText("")));
        } catch (Exception e) {
            LOG.warn("The state repository's {} is not the JSON the carto:jobs consumer writes ({}); starting without "
                     + "the list of running jobs", IN_FLIGHT_KEY, e.getMessage());
        }
        return loaded;
    }

    private void save() {
        repository.setState(IN_FLIGHT_KEY, Json.writeString(inFlight));
    }

    /** URL-encoded so that no id can break a key=value line of a FileStateRepository. */
    static String jobKey(String jobId) {
        return JOB_KEY_PREFIX + URLEncoder.encode(jobId, StandardCharsets.UTF_8);
    }
}
