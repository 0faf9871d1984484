package io.github.camelcarto.client.exception;

import java.io.IOException;

/**
 * The one rule for which failures may clear up when the same call is made again. The transport's retries (of calls
 * that are safe to repeat) and the job waiter (whose failed status read is a poll error while the job runs on) both
 * ask it.
 * <ul>
 * <li>Transient: 429 (CARTO refused the call for now), every 5xx but 501 and 505 (the server or a gateway failed,
 * was overloaded or timed out), and a connection that broke, timed out or stalled.</li>
 * <li>Permanent: 501 Not Implemented and 505 HTTP Version Not Supported, which say the server will never handle the
 * request as sent; SQL API v2's statement timeout (a 429 that would only time out again); every other status; and
 * every failure that is not a call's.</li>
 * </ul>
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        if (failure instanceof CartoStatementTimeoutException) {
            return false;
        }
        if (failure instanceof CartoHttpException http) {
            int status = http.getStatusCode();
            return status == 429 || status >= 500 && status <= 599 && status != 501 && status != 505;
        }
        return failure instanceof CartoReadTimeoutException
               || failure instanceof CartoException && failure.getCause() instanceof IOException;
    }
}
