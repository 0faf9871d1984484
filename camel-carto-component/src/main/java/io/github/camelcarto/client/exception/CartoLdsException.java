package io.github.camelcarto.client.exception;

/**
 * CARTO's Location Data Services answered a call with an error for its input instead of a result: an address it could
 * not geocode, coordinates it could not reverse-geocode. CARTO answers such a miss with HTTP 200 and an entry whose
 * {@code error} is set, not with an error status.
 */
public class CartoLdsException extends CartoException {

    private final String input;
    private final String cartoMessage;

    public CartoLdsException(String message, String input, String cartoMessage) {
        super(message);
        this.input = input;
        this.cartoMessage = cartoMessage;
    }

    /** What was asked: the address, or the coordinates as {@code lat,lon} or {@code lon,lat} as CARTO took them. */
    public String getInput() {
        return input;
    }

    /** CARTO's error text for the entry. */
    public String getCartoMessage() {
        return cartoMessage;
    }
}
