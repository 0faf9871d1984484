package io.github.camelcarto;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

import javax.net.ssl.SSLHandshakeException;

import io.github.camelcarto.client.CartoTimeoutException;
import io.github.camelcarto.client.exception.CartoException;
import io.github.camelcarto.client.exception.CartoHttpException;
import io.github.camelcarto.client.exception.CartoRateLimitException;
import io.github.camelcarto.client.exception.CartoReadTimeoutException;
import io.github.camelcarto.client.exception.CartoStatementTimeoutException;

/**
 * The one place where a failure of the client learns which option, header or endpoint kind would fix it. The client
 * states what went wrong in CARTO's and HTTP's words (it knows nothing of Camel); this adds, for the endpoint that met
 * the failure, the Camel words, and hides the endpoint's secrets in the failure's CARTO exceptions. Producers and the
 * carto:jobs consumer pass every failure through here.
 */
final class OptionHints {

    private OptionHints() {
    }

    /**
     * {@code failure}, with the secrets of this endpoint's credentials hidden (see
     * {@link CartoEndpoint#withSecretsHidden(Throwable)}) and the hint for this endpoint added when there is one.
     */
    static Throwable addTo(Throwable failure, CartoEndpoint endpoint) {
        Throwable hidden = endpoint.withSecretsHidden(failure);
        if (hidden instanceof CartoException carto) {
            String hint = hintFor(carto, endpoint);
            if (hint != null) {
                carto.withHint(hint);
            }
        }
        return hidden;
    }

    private static String hintFor(CartoException failure, CartoEndpoint endpoint) {
        CartoConfiguration options = endpoint.getConfiguration();
        boolean syncQuery = endpoint.endpointKind() == CartoEndpointKind.QUERY && !endpoint.isV2();
        if (failure instanceof CartoTimeoutException timeout) {
            return "Waited waitTimeout=" + options.getWaitTimeout() + " ms" + (timeout.isCancelRequested()
                    ? "." : "; cancelOnTimeout=false left the job running.");
        }
        if (failure instanceof CartoStatementTimeoutException) {
            return "Send it to carto:job with apiVersion=v2 instead, which has no statement timeout of this kind.";
        }
        if (failure instanceof CartoRateLimitException limited) {
            if (limited.getRetryAfter() != null && limited.getRetryAfter().toMillis() > options.getMaxRetryAfter()) {
                return "That is longer than maxRetryAfter=" + options.getMaxRetryAfter() + " ms, so it was not waited out.";
            }
            return "Slow the route down with the throttle EIP, or redeliver with onException.";
        }
        if (failure instanceof CartoReadTimeoutException) {
            return "readTimeout=" + options.getReadTimeout() + " ms; raise it if CARTO or the network may fall silent "
                   + "for longer in the middle of a transfer.";
        }
        if (failure instanceof CartoHttpException http) {
            return switch (http.getStatusCode()) {
                case 401 -> endpoint.isV2() ? "Check option apiKey." : "Check option accessToken (or clientId and clientSecret).";
                case 404 -> endpoint.isV2() ? "Check option apiBaseUrl." : null;
                case 408 -> syncQuery ? SEND_TO_JOB : null;
                default -> null;
            };
        }
        if (failure.getCause() instanceof HttpTimeoutException) {
            return syncQuery ? SEND_TO_JOB
                    : "requestTimeout=" + options.getRequestTimeout() + " ms; raise it if CARTO needs longer to answer.";
        }
        if (causedBy(failure, SSLHandshakeException.class)) {
            return "For a CARTO whose certificate comes from a private CA, give option sslContextParameters with a "
                   + "trust store holding that CA; otherwise check option apiBaseUrl.";
        }
        if (failure.getCause() instanceof ConnectException) {
            boolean m2m = !endpoint.isV2() && options.getClientId() != null && !options.getClientId().isBlank();
            return "Check option apiBaseUrl" + (m2m ? " (or oauthTokenUrl, where M2M tokens come from)" : "")
                   + " and the network.";
        }
        return null;
    }

    /** Whether {@code failure} or one of its causes is a {@code type}. */
    static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static final String SEND_TO_JOB = "Send long work to carto:job instead (for results, CREATE TABLE AS in "
                                              + "the job, then query the table).";
}
