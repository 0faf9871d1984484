package io.github.camelcarto.client.exception;

/**
 * CARTO answered with an HTTP error status. {@link #getCartoMessage()} is CARTO's own explanation, parsed from the
 * {@code error} field (string or array) or {@code message}/{@code title}/{@code detail}; {@link #getResponseBody()}
 * keeps the raw body for diagnostics.
 */
public class CartoHttpException extends CartoException {

    private final int statusCode;
    private final String cartoMessage;
    private final String responseBody;

    public CartoHttpException(String message, int statusCode, String cartoMessage, String responseBody) {
        super(message);
        this.statusCode = statusCode;
        this.cartoMessage = cartoMessage;
        this.responseBody = responseBody;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public String getCartoMessage() {
        return withSecretsHidden(cartoMessage);
    }

    public String getResponseBody() {
        return withSecretsHidden(responseBody);
    }
}
