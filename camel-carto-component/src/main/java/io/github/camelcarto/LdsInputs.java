package io.github.camelcarto;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.client.http.Json;

/**
 * Reads and checks carto:lds inputs. CARTO wants the origin and destination as {@code longitude,latitude}
 * (x then y, as in GeoJSON) but waypoints as {@code latitude,longitude}; a swapped pair is the classic mistake, so every
 * coordinate is range-checked and a latitude outside [-90, 90] that would fit as a longitude gets a message suggesting
 * the swap.
 */
final class LdsInputs {

    private LdsInputs() {
    }

    /**
     * Checks the coordinate options when the endpoint is created, so a wrong URI fails at route start.
     *
     * @return the options option parsed as provider options (unmodifiable), or null when unset
     */
    static Map<String, Object> checkOptions(CartoConfiguration configuration) {
        if (configuration.getOrigin() != null) {
            lonLat(configuration.getOrigin(), "option origin");
        }
        if (configuration.getLdsDestination() != null) {
            lonLat(configuration.getLdsDestination(), "option ldsDestination");
        }
        if (configuration.getWaypoints() != null) {
            waypoints(configuration.getWaypoints(), "option waypoints");
        }
        if (configuration.getLat() != null || configuration.getLon() != null) {
            checkLatLon(configuration.getLat() != null ? configuration.getLat() : 0,
                    configuration.getLon() != null ? configuration.getLon() : 0, "options lat/lon");
        }
        if (configuration.getRangeType() != null) {
            rangeType(configuration.getRangeType(), "option rangeType");
        }
        return configuration.getOptions() == null ? null
                : Collections.unmodifiableMap(providerOptions(configuration.getOptions(), "option options"));
    }

    /** Provider options as CARTO passes them on: a JSON object, given as a Map or as JSON text. */
    static Map<String, Object> providerOptions(Object value, String source) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> options = new LinkedHashMap<>();
            map.forEach((key, option) -> options.put(String.valueOf(key), option));
            return options;
        }
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(String.valueOf(value));
        } catch (IOException notJson) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException(source + " must be a JSON object of provider options, e.g. "
                                               + "{\"politicalView\":\"ESP\"}, was: " + value);
        }
        return Json.toMap(json);
    }

    /**
     * A point given as {@code "lon,lat"}, a List or array {@code [lon, lat]}, or a Map with lon/lng/longitude and
     * lat/latitude, as CARTO's {@code "lon,lat"}.
     */
    static String lonLat(Object value, String source) {
        double[] pair = pair(value, source, "longitude,latitude");
        double lon = pair[0];
        double lat = pair[1];
        if (value instanceof Map<?, ?> map) {
            lon = number(first(map, "lon", "lng", "longitude"), source);
            lat = number(first(map, "lat", "latitude"), source);
        }
        if (lat < -90 || lat > 90) {
            String swap = lon >= -90 && lon <= 90 && lat >= -180 && lat <= 180
                    ? " It looks swapped: CARTO wants longitude first, so did you mean \"" + format(lat) + ","
                      + format(lon) + "\"?"
                    : "";
            throw new IllegalArgumentException(source + " '" + text(value) + "' is longitude,latitude but its latitude "
                                               + format(lat) + " is outside [-90, 90]." + swap);
        }
        if (lon < -180 || lon > 180) {
            throw new IllegalArgumentException(source + " '" + text(value) + "' is longitude,latitude but its longitude "
                                               + format(lon) + " is outside [-180, 180]");
        }
        return format(lon) + "," + format(lat);
    }

    /** Waypoints as {@code "lat,lon;lat,lon"} or a List of {@code "lat,lon"} / {@code [lat, lon]}: CARTO's form. */
    static String waypoints(Object value, String source) {
        List<Object> points = new ArrayList<>();
        if (value instanceof String text) {
            for (String point : text.split(";")) {
                if (!point.isBlank()) {
                    points.add(point);
                }
            }
        } else if (value instanceof Collection<?> collection) {
            points.addAll(collection);
        } else {
            throw new IllegalArgumentException(source + " must be \"lat,lon;lat,lon\" or a List of \"lat,lon\", was a "
                                               + value.getClass().getName());
        }
        List<String> checked = new ArrayList<>();
        for (Object point : points) {
            double[] pair = pair(point, source, "latitude,longitude");
            checkLatLon(pair[0], pair[1], source + " point '" + text(point) + "' (latitude,longitude)");
            checkedAdd(checked, pair);
        }
        return String.join(";", checked);
    }

    private static void checkedAdd(List<String> checked, double[] latLon) {
        checked.add(format(latLon[0]) + "," + format(latLon[1]));
    }

    /** A latitude and longitude given separately (reverse geocoding, waypoints). */
    static void checkLatLon(double lat, double lon, String source) {
        if (lat < -90 || lat > 90) {
            String swap = lon >= -90 && lon <= 90 && lat >= -180 && lat <= 180
                    ? " It looks swapped with the longitude " + format(lon) + ": did you mean lat=" + format(lon)
                      + ", lon=" + format(lat) + "?"
                    : "";
            throw new IllegalArgumentException(source + ": latitude " + format(lat) + " is outside [-90, 90]." + swap);
        }
        if (lon < -180 || lon > 180) {
            throw new IllegalArgumentException(source + ": longitude " + format(lon) + " is outside [-180, 180]");
        }
    }

    /** Ranges as {@code "300,600"} or a List of numbers, each positive. */
    static String range(Object value, String source) {
        List<String> parts = new ArrayList<>();
        Iterable<?> items = value instanceof Collection<?> c ? c : List.of(value.toString().split(","));
        for (Object item : items) {
            double number = number(item.toString().strip(), source);
            if (number <= 0) {
                throw new IllegalArgumentException(source + " '" + text(value) + "' must hold positive numbers (seconds "
                                                   + "for rangeType=time, meters for distance)");
            }
            parts.add(format(number));
        }
        return String.join(",", parts);
    }

    static String rangeType(String value, String source) {
        String type = value.strip().toLowerCase(Locale.ROOT);
        if (!type.equals("time") && !type.equals("distance")) {
            throw new IllegalArgumentException(source + " '" + value + "' must be time or distance");
        }
        return type;
    }

    private static double[] pair(Object value, String source, String order) {
        if (value instanceof Map<?, ?>) {
            return new double[2];
        }
        List<?> parts;
        if (value instanceof String text) {
            parts = List.of(text.split(","));
        } else if (value instanceof List<?> list) {
            parts = list;
        } else if (value instanceof double[] array) {
            parts = List.of(array.length > 0 ? array[0] : Double.NaN, array.length > 1 ? array[1] : Double.NaN);
        } else {
            throw new IllegalArgumentException(source + " must be \"" + order + "\" or a List [" + order + "], was a "
                                               + (value == null ? "null" : value.getClass().getName()));
        }
        if (parts.size() != 2) {
            throw new IllegalArgumentException(source + " '" + text(value) + "' must be two numbers: " + order);
        }
        return new double[] { number(parts.get(0), source), number(parts.get(1), source) };
    }

    private static double number(Object value, String source) {
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return number.doubleValue();
        }
        try {
            double parsed = Double.parseDouble(String.valueOf(value).strip());
            if (Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(source + ": '" + value + "' is not a number");
    }

    private static Object first(Map<?, ?> map, String... keys) {
        for (String key : keys) {
            if (map.get(key) != null) {
                return map.get(key);
            }
        }
        return null;
    }

    private static String text(Object value) {
        return value instanceof double[] array ? java.util.Arrays.toString(array) : String.valueOf(value);
    }

    /** Without a trailing .0, so 300 stays 300 and 40.4168 stays 40.4168. */
    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
