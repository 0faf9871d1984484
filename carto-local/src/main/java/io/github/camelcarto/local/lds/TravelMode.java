package io.github.camelcarto.local.lds;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.github.camelcarto.local.http.ApiException;

/**
 * How fast each way of travelling goes, in a straight line, for isolines by time and route durations. Fixed speeds,
 * so answers are the same on every run; the names are those of CARTO's CLI ({@code car}) and its providers.
 */
enum TravelMode {
    CAR(50, "car", "driving"),
    TRUCK(40, "truck"),
    BIKE(15, "bike", "bicycle", "cycling"),
    WALK(5, "walk", "walking", "pedestrian");

    private final double kilometersPerHour;
    private final List<String> names;

    TravelMode(double kilometersPerHour, String... names) {
        this.kilometersPerHour = kilometersPerHour;
        this.names = List.of(names);
    }

    double metersPerSecond() {
        return kilometersPerHour / 3.6;
    }

    /** {@code car} when absent; an unknown mode is the caller's mistake (400), as an unsupported one is on CARTO. */
    static TravelMode of(String name) {
        if (name == null || name.isBlank()) {
            return CAR;
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(mode -> mode.names.contains(wanted)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("Unsupported mode '" + name + "'; carto-local knows "
                        + Arrays.stream(values()).flatMap(mode -> mode.names.stream()).toList()));
    }
}
