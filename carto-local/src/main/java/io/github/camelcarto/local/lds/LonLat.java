package io.github.camelcarto.local.lds;

import java.util.Optional;

import io.github.camelcarto.local.http.ApiException;
import org.locationtech.jts.geom.Coordinate;

/** A position in degrees (WGS 84), and the great-circle distance between two. */
record LonLat(double longitude, double latitude) {

    static final double EARTH_RADIUS_METERS = 6_371_008.8;

    LonLat {
        check(longitude, latitude);
    }

    static void check(double longitude, double latitude) {
        if (!(longitude >= -180 && longitude <= 180 && latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("Not a position: longitude " + longitude + ", latitude " + latitude);
        }
    }

    /**
     * Reads {@code first,second}; CARTO writes {@code origin} and {@code destination} as longitude,latitude and
     * waypoints as latitude,longitude.
     */
    static LonLat parse(String text, String parameter, boolean latitudeFirst) {
        String order = latitudeFirst ? "latitude,longitude" : "longitude,latitude";
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("Missing required parameter '" + parameter + "' (" + order + ")");
        }
        String[] parts = text.split(",");
        Optional<LonLat> position = parts.length != 2 ? Optional.empty()
                : latitudeFirst ? read(parts[1], parts[0]) : read(parts[0], parts[1]);
        return position.orElseThrow(() -> ApiException.badRequest(
                "Parameter '" + parameter + "' must be " + order + " in degrees, not '" + text + "'"));
    }

    /** Empty unless both are numbers within range. */
    static Optional<LonLat> read(String longitude, String latitude) {
        if (longitude == null || latitude == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LonLat(Double.parseDouble(longitude.strip()), Double.parseDouble(latitude.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Haversine distance on a spherical Earth: close enough for a stand-in routing service. */
    double metersTo(LonLat other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                   + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    Coordinate coordinate() {
        return new Coordinate(longitude, latitude);
    }
}
