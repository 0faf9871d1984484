package io.github.camelcarto.local.lds;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelcarto.local.imports.CsvReader;

/**
 * The addresses carto-local can geocode: registered by the user or a test, so that geocoding is deterministic and
 * offline. An address matches when it is the same text but for case, commas and spaces; reverse geocoding finds the
 * nearest registered address within {@value #REVERSE_RADIUS_METERS} m.
 */
public final class Gazetteer {

    static final double REVERSE_RADIUS_METERS = 1000;

    /** A place and its address as lookups compare it, normalised once rather than on every lookup. */
    private record Entry(String key, Place place) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    public void register(Place place) {
        entries.add(new Entry(normalized(place.address()), place));
    }

    /** The places registered under this address, in the given country if one is given, at most {@code limit}. */
    List<Place> geocode(String address, String country, int limit) {
        String wanted = normalized(address);
        return entries.stream()
                .filter(entry -> entry.key().equals(wanted))
                .map(Entry::place)
                .filter(place -> country == null || place.country() == null || place.country().equalsIgnoreCase(country))
                .limit(limit).toList();
    }

    Optional<Place> nearest(LonLat position) {
        return entries.stream().map(Entry::place)
                .filter(place -> place.position().metersTo(position) <= REVERSE_RADIUS_METERS)
                .min(Comparator.comparingDouble(place -> place.position().metersTo(position)));
    }

    /**
     * Reads a CSV file with the header {@code address,country,longitude,latitude} (any order; country may be empty).
     */
    public static List<Place> read(Path csv) {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CsvReader records = new CsvReader(reader, ',');
            List<String> header = records.next();
            if (header == null) {
                return List.of();
            }
            List<String> columns = header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
            int address = column(columns, "address", csv);
            int country = column(columns, "country", csv);
            int longitude = column(columns, "longitude", csv);
            int latitude = column(columns, "latitude", csv);
            List<Place> read = new ArrayList<>();
            for (List<String> record = records.next(); record != null; record = records.next()) {
                try {
                    String countryCode = record.get(country);
                    read.add(new Place(record.get(address), countryCode == null || countryCode.isBlank() ? null
                            : countryCode.strip(), Double.parseDouble(record.get(longitude)),
                            Double.parseDouble(record.get(latitude))));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("Gazetteer " + csv + ", record " + (read.size() + 1) + " "
                                                       + record + ": " + e.getMessage(), e);
                }
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the gazetteer " + csv, e);
        }
    }

    private static int column(List<String> columns, String name, Path csv) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("Gazetteer " + csv + " needs a header with address, country, longitude "
                                               + "and latitude; it has " + columns);
        }
        return index;
    }

    private static String normalized(String address) {
        return address.toLowerCase(Locale.ROOT).replaceAll("[\\s,]+", " ").strip();
    }
}
