package io.github.camelcarto.local.v2;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcarto.local.engine.CellReader;
import io.github.camelcarto.local.engine.ColumnKind;
import io.github.camelcarto.local.http.Json;
import io.github.camelcarto.local.http.JsonCells;
import org.locationtech.jts.geom.Geometry;

/**
 * Cell values as the real server writes them. JSON (node-postgres values through JSON.stringify, with CARTO's date
 * format): numbers as JavaScript prints them, timestamps to the second in UTC ({@code 2020-01-01T00:00:00Z}),
 * geometries as hex EWKB. CSV (PostgreSQL's text forms): {@code 5} for a float 5, {@code 2020-01-01 10:00:00+00},
 * geometries as WKT.
 */
final class V2Values {

    private static final DateTimeFormatter PG_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private V2Values() {
    }

    static Object read(ResultSet rows, int index, V2Field field) throws SQLException {
        return CellReader.read(rows, index, field.column());
    }

    static void writeJson(JsonGenerator out, Object value, V2Field field) throws IOException {
        if (value instanceof String text && field.column().kind() == ColumnKind.TIMESTAMP) {
            out.writeString(Instant.parse(text).truncatedTo(ChronoUnit.SECONDS).toString());
        } else {
            writeJson(out, value);
        }
    }

    /** Floats as JavaScript prints them (also inside arrays); everything else as the other JSON answers write it. */
    private static void writeJson(JsonGenerator out, Object value) throws IOException {
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isFinite(number)) {
                out.writeNumber(NumberText.javascript(number));
            } else {
                out.writeString(NumberText.javascript(number));
            }
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object element : list) {
                writeJson(out, element);
            }
            out.writeEndArray();
        } else {
            JsonCells.write(out, value, JsonCells.GeometryStyle.HEX_EWKB);
        }
    }

    /** The text a CSV field holds, or null for SQL NULL. */
    static Object csvText(Object value, V2Field field) throws IOException {
        if (value instanceof String text && field.column().kind() == ColumnKind.TIMESTAMP) {
            return pgTimestamp(Instant.parse(text), field.pgType());
        }
        if (value instanceof Geometry geometry) {
            return geometry.toText();
        }
        if (value instanceof Double || value instanceof Float) {
            return NumberText.postgres(((Number) value).doubleValue());
        }
        if (value instanceof List<?> || value instanceof JsonNode) {
            return Json.MAPPER.writeValueAsString(value);
        }
        return value;
    }

    /** {@code 2011-09-21 14:02:21.314252}, with {@code +00} for a timestamptz, the date alone for a date. */
    private static String pgTimestamp(Instant instant, String pgType) {
        if (pgType.equals("date")) {
            return PG_TIMESTAMP.format(instant).substring(0, 10);
        }
        String text = PG_TIMESTAMP.format(instant);
        if (instant.getNano() != 0) {
            text += String.format(".%06d", instant.getNano() / 1000).replaceFirst("0+$", "");
        }
        return pgType.equals("timestamptz") ? text + "+00" : text;
    }
}
