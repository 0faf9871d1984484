package io.github.camelcarto.local.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A GeoJSON FeatureCollection (or single Feature) as a table: one column per property name seen in any feature,
 * typed from the JSON values, plus the feature geometry as {@code geom}.
 */
final class GeoJsonImport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonImport() {
    }

    static ImportedTable read(InputStream source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(source);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidImportFileException("Not valid GeoJSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        }
        List<JsonNode> features = new ArrayList<>();
        if ("FeatureCollection".equals(root.path("type").asText())) {
            root.path("features").forEach(features::add);
        } else if ("Feature".equals(root.path("type").asText())) {
            features.add(root);
        } else {
            throw new InvalidImportFileException("Not a GeoJSON Feature or FeatureCollection");
        }
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        for (JsonNode feature : features) {
            feature.path("properties").properties().forEach(property -> {
                String name = CsvImport.columnName(property.getKey());
                ColumnType type = typeOf(property.getValue());
                if (type == null) {
                    columns.putIfAbsent(name, null);
                } else {
                    columns.merge(name, type, GeoJsonImport::widen);
                }
            });
        }
        columns.remove("geom");
        List<String> names = new ArrayList<>(columns.keySet());
        List<Object[]> rows = new ArrayList<>(features.size());
        for (JsonNode feature : features) {
            Object[] row = new Object[names.size() + 1];
            Map<String, JsonNode> properties = new LinkedHashMap<>();
            feature.path("properties").properties().forEach(p -> properties.put(CsvImport.columnName(p.getKey()), p.getValue()));
            for (int i = 0; i < names.size(); i++) {
                row[i] = valueOf(properties.get(names.get(i)), columns.get(names.get(i)));
            }
            JsonNode geometry = feature.get("geometry");
            row[names.size()] = geometry == null || geometry.isNull() ? null : geometry.toString();
            rows.add(row);
        }
        List<ColumnType> types = new ArrayList<>();
        columns.values().forEach(type -> types.add(type == null ? ColumnType.TEXT : type));
        names.add("geom");
        types.add(ColumnType.GEOMETRY_GEOJSON);
        return new ImportedTable(names, types, rows);
    }

    private static ColumnType typeOf(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return ColumnType.BIGINT;
        }
        if (value.isNumber()) {
            return ColumnType.DOUBLE;
        }
        return value.isBoolean() ? ColumnType.BOOLEAN : ColumnType.TEXT;
    }

    /** Two features disagreeing on a property's type: the wider one wins (integers widen to doubles, else text). */
    private static ColumnType widen(ColumnType a, ColumnType b) {
        if (a == b) {
            return a;
        }
        boolean numeric = (a == ColumnType.BIGINT || a == ColumnType.DOUBLE) && (b == ColumnType.BIGINT || b == ColumnType.DOUBLE);
        return numeric ? ColumnType.DOUBLE : ColumnType.TEXT;
    }

    private static Object valueOf(JsonNode value, ColumnType type) {
        if (value == null || value.isNull()) {
            return null;
        }
        return switch (type == null ? ColumnType.TEXT : type) {
            case BIGINT -> value.longValue();
            case DOUBLE -> value.doubleValue();
            case BOOLEAN -> value.booleanValue();
            default -> value.isTextual() ? value.textValue() : value.toString();
        };
    }
}
