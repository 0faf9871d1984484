package io.github.camelcarto;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The Location Data Services calls of {@code carto:lds}. */
public enum CartoLdsOperation {
    /** An address to coordinates: GET /v3/lds/geocoding/geocode. */
    geocode,
    /** Coordinates (lat, lon) to an address: GET /v3/lds/geocoding/reverse. */
    reverseGeocode,
    /** A list of addresses to coordinates, in input order: POST /v3/lds/geocoding/batch. */
    batchGeocode,
    /** Areas reachable from an origin within ranges of time or distance: GET /v3/lds/isolines. */
    isolines,
    /** A route from origin to destination: GET /v3/lds/routing. */
    routing;

    public static CartoLdsOperation parse(String value, String source) {
        for (CartoLdsOperation operation : values()) {
            if (operation.name().equalsIgnoreCase(value.trim())) {
                return operation;
            }
        }
        throw new IllegalArgumentException(source + " '" + value + "' is not a carto:lds operation: use one of "
                                           + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
