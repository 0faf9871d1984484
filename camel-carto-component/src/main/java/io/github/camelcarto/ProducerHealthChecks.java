package io.github.camelcarto;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;

/**
 * The component's producer health checks: one per {@link AccessTarget}, in Camel's "producers" repository (which
 * Camel consults only with {@code camel.health.producersEnabled=true}) while at least one producer of that target
 * runs. The check's id names the CARTO it checks: {@code producer:carto-gcp-us-east1.api.carto.com}.
 */
final class ProducerHealthChecks {

    /** The id of Camel's ProducersHealthCheckRepository. */
    private static final String PRODUCERS = "producers";

    private final CartoComponent component;
    private final Map<AccessTarget, Registered> registered = new HashMap<>();

    ProducerHealthChecks(CartoComponent component) {
        this.component = component;
    }

    /**
     * Counts a started producer of {@code endpoint} towards its target's check, registering the check with the first.
     *
     * @return what releases this producer's share when it stops; does nothing without camel-health
     */
    synchronized Runnable register(CartoEndpoint endpoint) {
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(
                endpoint.getCamelContext(), PRODUCERS, WritableHealthCheckRepository.class);
        if (repository == null) {
            return () -> {
            };
        }
        AccessTarget target = AccessTarget.of(endpoint.getConfiguration());
        Registered entry = registered.get(target);
        if (entry == null) {
            HealthCheck check = CartoProducerHealthCheck.create(idFor(target), target,
                    new AccessCheckCache(accessCall(endpoint), System::nanoTime, AccessCheckCache.FRESH_FOR,
                            AccessCheckCache.WAIT_FOR_ANSWER));
            check.setEnabled(component.isHealthCheckProducerEnabled());
            repository.addHealthCheck(check);
            entry = new Registered(check, repository);
            registered.put(target, entry);
        }
        entry.producers++;
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                release(target);
            }
        };
    }

    private synchronized void release(AccessTarget target) {
        Registered entry = registered.get(target);
        if (entry != null && --entry.producers == 0) {
            entry.repository.removeHealthCheck(entry.check);
            registered.remove(target);
        }
    }

    /** Through the clients of the first endpoint of the target, as wired when the check runs. */
    private static Supplier<CompletableFuture<?>> accessCall(CartoEndpoint endpoint) {
        return () -> endpoint.isV2() ? endpoint.clients().sqlApiV2().checkAccess()
                : endpoint.clients().sqlApi().checkAccess();
    }

    /** Named by host and path; credentials of their own on the same CARTO get a number, never a trace of a secret. */
    private String idFor(AccessTarget target) {
        String base = "producer:carto-" + target.name();
        String id = base;
        for (int n = 2; isTaken(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private boolean isTaken(String id) {
        return registered.values().stream().anyMatch(entry -> entry.check.getId().equals(id));
    }

    private static final class Registered {
        private final HealthCheck check;
        private final WritableHealthCheckRepository repository;
        private int producers;

        Registered(HealthCheck check, WritableHealthCheckRepository repository) {
            this.check = check;
            this.repository = repository;
        }
    }
}
