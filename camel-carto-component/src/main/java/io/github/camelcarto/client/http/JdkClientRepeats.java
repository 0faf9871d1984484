package io.github.camelcarto.client.http;

import java.io.IOException;

/**
 * What the JDK's {@code HttpClient} sends on its own, so that {@code maxRetries} can count it. Over HTTP/1.1 the JDK
 * client (17 to 25 alike) sends a GET or HEAD a second time, at once, when the connection ends (closed or reset)
 * before the first byte of the answer, taking it for a pooled connection that the server had closed; it does so on
 * fresh connections too. No setting turns that off: the system property {@code jdk.httpclient.enableAllMethodRetry}
 * only extends it to every method. (It also repeats a connect that failed, which never reaches a server, unless
 * {@code jdk.httpclient.disableRetryConnect} is set for the whole JVM.)
 */
final class JdkClientRepeats {

    /** How the JDK client words a connection that ended before the first byte of an HTTP/1.1 answer. */
    private static final String NO_BYTES = "header parser received no bytes";
    private static final boolean ALL_METHODS = enabled(System.getProperty("jdk.httpclient.enableAllMethodRetry"));

    private JdkClientRepeats() {
    }

    /** How many times a request went out in one send that ended with {@code failure}: 2 when the JDK repeated it. */
    static int sendsIn(String method, Throwable failure) {
        boolean repeatable = ALL_METHODS || "GET".equals(method) || "HEAD".equals(method);
        return repeatable && endedBeforeAnyByte(failure) ? 2 : 1;
    }

    private static boolean endedBeforeAnyByte(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof IOException && current.getMessage() != null && current.getMessage().contains(NO_BYTES)) {
                return true;
            }
        }
        return false;
    }

    /** Read as the JDK reads its net properties: present and empty, or "true". */
    private static boolean enabled(String property) {
        return property != null && (property.isEmpty() || Boolean.parseBoolean(property));
    }
}
