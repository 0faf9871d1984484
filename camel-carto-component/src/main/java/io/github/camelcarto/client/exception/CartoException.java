package io.github.camelcarto.client.exception;

/**
 * Base of every error the CARTO client raises. The client's message states what went wrong in CARTO's and HTTP's
 * words; whoever configured the call may add a {@linkplain #withHint(String) hint} in its own words (the Camel
 * component names the option to change). Messages never contain an access token or API key.
 */
public class CartoException extends RuntimeException {

    private volatile String hint;

    public CartoException(String message) {
        super(message);
    }

    public CartoException(String message, Throwable cause) {
        super(message, cause);
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
        return hint;
    }

    @Override
    public String getMessage() {
        String message = super.getMessage();
        if (hint == null) {
            return message;
        }
        return message + (message != null && message.endsWith(".") ? " " : ". ") + hint;
    }
}
