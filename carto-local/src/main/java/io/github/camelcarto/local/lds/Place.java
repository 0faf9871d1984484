package io.github.camelcarto.local.lds;

import java.util.Objects;

/**
 * An address the gazetteer knows, where it is, and its country (ISO 3166-1 alpha-2, or null for any).
 */
public record Place(String address, String country, double longitude, double latitude) {

    public Place {
        Objects.requireNonNull(address, "address");
        if (address.isBlank()) {
            throw new IllegalArgumentException("A gazetteer address must not be blank");
        }
        LonLat.check(longitude, latitude);
    }

    LonLat position() {
        return new LonLat(longitude, latitude);
    }
}
