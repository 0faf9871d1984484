package io.github.camelcarto.local.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Holds every job and, given a folder, keeps each one as a JSON file there so jobs survive a restart. A job that was
 * pending or running when the server stopped cannot resume: loading marks it failed with "server restarted".
 */
public final class JobStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JobRecord> jobs = new ConcurrentHashMap<>();
    /** Creation order; timestamps alone tie within a millisecond. */
    private final Map<String, Long> sequence = new ConcurrentHashMap<>();
    private final AtomicLong nextSequence = new AtomicLong();
    private final Path folder;

    public JobStore(Path folder) {
        this.folder = folder;
        if (folder != null) {
            load();
        }
    }

    public Optional<JobRecord> find(String id) {
        JobRecord direct = jobs.get(id);
        if (direct != null) {
            return Optional.of(direct);
        }
        return jobs.values().stream().filter(job -> job.isCalled(id)).findFirst();
    }

    /** Newest first. */
    public List<JobRecord> all() {
        return jobs.values().stream()
                .sorted(Comparator.comparing((JobRecord job) -> sequence.get(job.jobId())).reversed()).toList();
    }

    public synchronized JobRecord save(JobRecord job) {
        remember(job);
        persist(job);
        return job;
    }

    private void remember(JobRecord job) {
        jobs.put(job.jobId(), job);
        sequence.computeIfAbsent(job.jobId(), id -> nextSequence.incrementAndGet());
    }

    /** Applies a change atomically with respect to other changes of any job. */
    public synchronized JobRecord update(String jobId, UnaryOperator<JobRecord> change) {
        JobRecord current = jobs.get(jobId);
        JobRecord changed = change.apply(current);
        if (changed != current) {
            save(changed);
        }
        return changed;
    }

    private void persist(JobRecord job) {
        if (folder == null) {
            return;
        }
        try {
            Path target = folder.resolve(job.jobId() + ".json");
            Path temporary = folder.resolve(job.jobId() + ".json.tmp");
            JSON.writeValue(temporary.toFile(), job);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save job " + job.jobId() + " in " + folder, e);
        }
    }

    private void load() {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(folder)) {
                List<JobRecord> stored = new ArrayList<>();
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                    stored.add(JSON.readValue(file.toFile(), JobRecord.class));
                }
                stored.sort(Comparator.comparing(JobRecord::createdAt));
                for (JobRecord job : stored) {
                    if (job.state().isFinal()) {
                        remember(job);
                    } else {
                        save(job.failed("SERVER_RESTARTED", "server restarted"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the jobs in " + folder, e);
        }
    }
}
