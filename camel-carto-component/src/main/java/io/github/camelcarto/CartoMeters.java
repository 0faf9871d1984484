package io.github.camelcarto;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.github.camelcarto.client.CartoJobStatus;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The component's {@link CartoActivity} as Micrometer meters, in the MeterRegistry the application already has
 * (camel-micrometer's, Spring Boot's, Quarkus'), found in Camel's registry the way camel-micrometer finds it. Micrometer
 * is optional: {@link CartoComponent} calls here only when its classes are present, and no meter is made without a
 * registry. Tagged with the Camel context and the component's name, never with anything secret.
 */
final class CartoMeters {

    /** The class whose presence means Micrometer is on the classpath. */
    static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";
    /** The name camel-micrometer binds its registry under. */
    private static final String CAMEL_MICROMETER_REGISTRY = "metricsRegistry";
    private static final Logger LOG = LoggerFactory.getLogger(CartoMeters.class);

    private CartoMeters() {
    }

    /** @return what removes the meters again; does nothing when there is no registry to bind to */
    static Runnable bind(CamelContext context, CartoComponent component, CartoActivity activity) {
        MeterRegistry registry = findRegistry(context.getRegistry());
        if (registry == null) {
            LOG.debug("No Micrometer MeterRegistry in the registry: the carto component makes no meters");
            return () -> {
            };
        }
        Tags tags = Tags.of("camelContext", context.getName(), "component", nameOf(context, component));
        List<Meter> meters = new ArrayList<>();
        for (CartoJobStatus status : CartoActivity.WAITING_STATUSES) {
            meters.add(Gauge.builder("carto.jobs.waiting", activity, a -> a.jobsByStatus().get(status))
                    .description("Jobs being waited for, by their last status").tags(tags).tag("status", status.name())
                    .strongReference(true).register(registry));
        }
        meters.add(TimeGauge.builder("carto.jobs.oldest.wait", activity, TimeUnit.MILLISECONDS,
                        a -> a.oldestWait().toMillis())
                .description("How long the oldest waiting job has been waited for").tags(tags).strongReference(true)
                .register(registry));
        meters.add(FunctionCounter.builder("carto.jobs.polls", activity, CartoActivity::jobPolls)
                .description("Job status polls sent").tags(tags).register(registry));
        meters.add(Gauge.builder("carto.calls.active", activity, CartoActivity::callsInFlight)
                .description("HTTP calls to CARTO on the wire").tags(tags).strongReference(true).register(registry));
        meters.add(Gauge.builder("carto.calls.queued", activity, CartoActivity::callsQueued)
                .description("HTTP calls waiting for a slot under maxConcurrentRequests").tags(tags)
                .strongReference(true).register(registry));
        meters.add(FunctionCounter.builder("carto.calls.rate.limited", activity, CartoActivity::rateLimitBackoffs)
                .description("Calls sent again after CARTO answered 429").tags(tags).register(registry));
        meters.add(FunctionTimer.builder("carto.calls.retry.after", activity, CartoActivity::retryAfterWaits,
                        a -> a.retryAfterWaited().toMillis(), TimeUnit.MILLISECONDS)
                .description("Waits asked by CARTO's Retry-After, and their time").tags(tags).register(registry));
        return () -> meters.forEach(registry::remove);
    }

    /** camel-micrometer's registry by name, else the only composite one (Spring Boot's), else the only one. */
    private static MeterRegistry findRegistry(Registry registry) {
        MeterRegistry named = registry.lookupByNameAndType(CAMEL_MICROMETER_REGISTRY, MeterRegistry.class);
        if (named != null) {
            return named;
        }
        Set<CompositeMeterRegistry> composites = registry.findByType(CompositeMeterRegistry.class);
        if (composites.size() == 1) {
            return composites.iterator().next();
        }
        Set<MeterRegistry> all = registry.findByType(MeterRegistry.class);
        return all.size() == 1 ? all.iterator().next() : null;
    }

    /** The name the component is registered under in the context: carto, or another a route uses it as. */
    private static String nameOf(CamelContext context, CartoComponent component) {
        for (String name : context.getComponentNames()) {
            if (context.hasComponent(name) == component) {
                return name;
            }
        }
        return "carto";
    }
}
