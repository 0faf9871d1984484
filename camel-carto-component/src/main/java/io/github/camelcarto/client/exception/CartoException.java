package io.github.camelcarto.client.exception;

import java.util.function.UnaryOperator;

/**
 * Base of every error the CARTO client raises. The client's message states what went wrong in CARTO's and HTTP's
 * words; whoever configured the call may add a {@linkplain #withHint(String) hint} in its own words (the Camel
 * component names the option to change). Messages never contain an access token or API key: text that came back
 * from the network may echo one (a proxy's error page showing the URL with its api_key), so whoever holds the
 * credentials {@linkplain #hideSecretsIn(Throwable, UnaryOperator) hides them} in everything the exception tells.
 */
public class CartoException extends RuntimeException {

    private volatile String hint;
    private volatile UnaryOperator<String> hideSecrets = UnaryOperator.identity();

    public CartoException(String message) {
        super(message);
    }

    public CartoException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Hides secrets in every CARTO exception of {@code failure}'s chain: from then on their messages, hints and
     * the CARTO texts they carry pass through {@code hide} whenever they are read.
     *
     * @param  hide replaces each secret in a text (and returns null for null)
     * @return      {@code failure}
     */
    public static Throwable hideSecretsIn(Throwable failure, UnaryOperator<String> hide) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof CartoException carto) {
                UnaryOperator<String> before = carto.hideSecrets;
                carto.hideSecrets = text -> hide.apply(before.apply(text));
            }
        }
        return failure;
    }

    /**
     * Adds how to fix the failure in the caller's terms, shown after the message; a later hint replaces an earlier
     * one.
     *
     * @return this exception
     */
    public CartoException withHint(String hint) {
        this.hint = hint;
        return this;
    }

    /** The hint added by the caller, or null. */
    public String getHint() {
        return withSecretsHidden(hint);
    }

    @Override
    public String getMessage() {
        String message = super.getMessage();
        if (hint == null) {
            return withSecretsHidden(message);
        }
        return withSecretsHidden(message + (message != null && message.endsWith(".") ? " " : ". ") + hint);
    }

    /** {@code text} (which may have come from the network) with the secrets hidden that this exception knows of. */
    protected String withSecretsHidden(String text) {
        return text == null ? null : hideSecrets.apply(text);
    }
}
