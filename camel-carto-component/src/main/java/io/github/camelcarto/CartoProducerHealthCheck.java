package io.github.camelcarto;

import java.io.IOException;
import java.util.Map;

import io.github.camelcarto.client.exception.CartoHttpException;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of the CARTO behind the producers of one {@link AccessTarget}: DOWN when CARTO refuses the credentials
 * or cannot be reached, with a message that says which and never a secret. Answers come from an
 * {@link AccessCheckCache}, so probes do not hammer CARTO. Readiness only: restarting the application would not
 * bring CARTO back.
 */
final class CartoProducerHealthCheck extends AbstractHealthCheck {

    /** The kind of failure, for machines: credentials, unreachable or error. */
    static final String FAILURE = "carto.failure";
    static final String URL = "carto.url";
    static final String CREDENTIALS = "carto.credentials";
    static final String ACCESS_CALL = "carto.check";

    private final AccessTarget target;
    private final AccessCheckCache accessChecks;

    private CartoProducerHealthCheck(String id, AccessTarget target, AccessCheckCache accessChecks) {
        super("camel", id);
        this.target = target;
        this.accessChecks = accessChecks;
    }

    /** Typed as Camel's interface, so that callers load camel-health's classes only when it is present. */
    static HealthCheck create(String id, AccessTarget target, AccessCheckCache accessChecks) {
        return new CartoProducerHealthCheck(id, target, accessChecks);
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail(URL, target.url());
        builder.detail(CREDENTIALS, target.credentialsName());
        builder.detail(ACCESS_CALL, target.accessCall());
        AccessCheckCache.Answer answer = accessChecks.latest();
        if (!answer.answered()) {
            builder.detail(FAILURE, "unreachable");
            builder.message("CARTO at " + target.name() + " has not answered the access check for "
                            + answer.waited().toSeconds() + " s");
            builder.down();
            return;
        }
        Throwable failure = answer.failure();
        if (failure == null) {
            builder.up();
            return;
        }
        builder.error(failure);
        if (failure instanceof CartoHttpException http) {
            builder.detail(SERVICE_STATUS_CODE, http.getStatusCode());
            describeHttp(builder, http);
            return;
        }
        // the transport's and the token exchange's own words already say what failed and where
        builder.detail(FAILURE, OptionHints.causedBy(failure, IOException.class) ? "unreachable" : "error");
        builder.message(failure.getMessage());
        builder.down();
    }

    private void describeHttp(HealthCheckResultBuilder builder, CartoHttpException http) {
        switch (http.getStatusCode()) {
            case 401 -> {
                builder.detail(FAILURE, "credentials");
                builder.message("CARTO at " + target.name() + " refused " + target.credentialsName() + ": "
                                + http.getMessage());
                builder.down();
            }
            // CARTO knows the credentials but this call is not among their grants, which the routes may not need:
            // reachable and authenticated is all the check can vouch for
            case 403 -> {
                builder.message("CARTO at " + target.name() + " accepted " + target.credentialsName()
                                + " but does not grant the access check (" + target.accessCall() + ", HTTP 403)");
                builder.up();
            }
            case 429 -> {
                builder.message("CARTO at " + target.name() + " answers but limits the rate of calls (HTTP 429)");
                builder.up();
            }
            default -> {
                builder.detail(FAILURE, "error");
                builder.message("CARTO at " + target.name() + " answered the access check with an error: "
                                + http.getMessage());
                builder.down();
            }
        }
    }
}
