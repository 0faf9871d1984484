package io.github.camelcarto.local.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A CSV file as a table. With autoguessing, columns get the narrowest type fitting their values, and a geometry
 * comes from a WKT column (geom, the_geom, geometry, wkt) or from longitude/latitude columns (lon/lng/longitude,
 * lat/latitude) as a {@code geom} point. Without it every column is text.
 */
final class CsvImport {

    private static final Set<String> GEOMETRY_NAMES = Set.of("geom", "the_geom", "geometry", "wkt", "geog");
    private static final Set<String> LONGITUDE_NAMES = Set.of("lon", "lng", "long", "longitude", "x");
    private static final Set<String> LATITUDE_NAMES = Set.of("lat", "latitude", "y");

    private CsvImport() {
    }

    static ImportedTable read(Reader source, boolean autoguessing) throws IOException {
        CsvReader csv = new CsvReader(source, ',');
        List<String> header = csv.next();
        if (header == null) {
            throw new IOException("The CSV file is empty");
        }
        List<String> columns = header.stream().map(CsvImport::columnName).toList();
        List<List<String>> records = new ArrayList<>();
        for (List<String> record = csv.next(); record != null; record = csv.next()) {
            if (record.size() != columns.size()) {
                throw new IOException("CSV line " + (records.size() + 2) + " has " + record.size() + " fields, the header "
                                      + columns.size());
            }
            records.add(record);
        }
        List<ColumnType> types = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            Iterable<String> values = () -> records.stream().map(r -> r.get(column)).iterator();
            types.add(!autoguessing ? ColumnType.TEXT
                    : GEOMETRY_NAMES.contains(columns.get(i)) ? ColumnType.GEOMETRY_WKT : ColumnType.guess(values));
        }
        int longitude = indexOf(columns, LONGITUDE_NAMES);
        int latitude = indexOf(columns, LATITUDE_NAMES);
        boolean pointFromCoordinates = autoguessing && !types.contains(ColumnType.GEOMETRY_WKT) && longitude >= 0
                                       && latitude >= 0 && !columns.contains("geom");
        List<String> outColumns = new ArrayList<>(columns);
        List<ColumnType> outTypes = new ArrayList<>(types);
        if (pointFromCoordinates) {
            outColumns.add("geom");
            outTypes.add(ColumnType.GEOMETRY_WKT);
        }
        List<Object[]> rows = new ArrayList<>(records.size());
        for (List<String> record : records) {
            Object[] row = new Object[outColumns.size()];
            for (int i = 0; i < columns.size(); i++) {
                row[i] = convert(record.get(i), types.get(i));
            }
            if (pointFromCoordinates && record.get(longitude) != null && record.get(latitude) != null) {
                row[columns.size()] = "POINT (" + Double.parseDouble(record.get(longitude)) + " "
                                      + Double.parseDouble(record.get(latitude)) + ")";
            }
            rows.add(row);
        }
        return new ImportedTable(outColumns, outTypes, rows);
    }

    /** CARTO's imports give lower-case names of letters, digits and underscores. */
    static String columnName(String raw) {
        String name = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        return name.isEmpty() ? "column" : Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    private static int indexOf(List<String> columns, Set<String> names) {
        for (int i = 0; i < columns.size(); i++) {
            if (names.contains(columns.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Object convert(String value, ColumnType type) {
        if (value == null || (value.isEmpty() && type != ColumnType.TEXT)) {
            return null;
        }
        return switch (type) {
            case BIGINT -> Long.parseLong(value.strip());
            case DOUBLE -> Double.parseDouble(value.strip());
            case BOOLEAN -> Boolean.parseBoolean(value.strip());
            default -> value;
        };
    }
}
