package io.github.camelcarto.local.engine;

import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKTReader;

/**
 * Reads one cell into a value every output format can write: null, Number, Boolean, String (timestamps as ISO-8601
 * instants in UTC, binary as Base64), a JTS {@link Geometry}, a Jackson tree (JSON columns) or a List (arrays).
 */
public final class CellReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CellReader() {
    }

    public static Object read(ResultSet rows, int index, Column column) throws SQLException {
        Object raw = rows.getObject(index);
        if (raw == null) {
            return null;
        }
        return switch (column.kind()) {
            case GEOMETRY -> geometry(raw);
            case OBJECT -> json(raw);
            case ARRAY -> array((Array) raw);
            case TIMESTAMP -> timestamp(rows, index, column.jdbcType());
            case BINARY -> raw instanceof byte[] bytes ? Base64.getEncoder().encodeToString(bytes) : raw.toString();
            case NUMBER, BIGINT, BOOLEAN -> raw;
            default -> raw.toString();
        };
    }

    /** H2 hands JTS geometries; PostGIS hands hex EWKB (or WKT) text. */
    public static Geometry geometry(Object raw) throws SQLException {
        if (raw instanceof Geometry geometry) {
            return geometry;
        }
        String text = raw.toString();
        try {
            if (text.matches("[0-9A-Fa-f]+")) {
                return new WKBReader().read(WKBReader.hexToBytes(text));
            }
            return new WKTReader().read(text.replaceFirst("^SRID=\\d+;", ""));
        } catch (ParseException e) {
            throw new SQLException("Not a geometry: " + text, e);
        }
    }

    private static Object json(Object raw) throws SQLException {
        String text = raw instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                : raw.toString();
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return text;
        }
    }

    private static Object array(Array array) throws SQLException {
        Object[] elements = (Object[]) array.getArray();
        List<Object> values = new ArrayList<>(elements.length);
        for (Object element : elements) {
            values.add(element instanceof Number || element instanceof Boolean || element == null ? element
                    : element.toString());
        }
        return values;
    }

    private static String timestamp(ResultSet rows, int index, int jdbcType) throws SQLException {
        return switch (jdbcType) {
            case Types.DATE -> rows.getObject(index, LocalDate.class).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
            case Types.TIMESTAMP_WITH_TIMEZONE -> rows.getObject(index, OffsetDateTime.class).toInstant().toString();
            default -> rows.getObject(index, LocalDateTime.class).toInstant(ZoneOffset.UTC).toString();
        };
    }
}
