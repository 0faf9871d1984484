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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");
    private static final Pattern EWKT = Pattern.compile("(?s)^\\s*SRID=(\\d+);(.*)$");

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
            case TIMESTAMP -> timestamp(rows, index, column);
            case BINARY -> raw instanceof byte[] bytes ? Base64.getEncoder().encodeToString(bytes) : raw.toString();
            case NUMBER, BIGINT, BOOLEAN -> raw;
            default -> raw.toString();
        };
    }

    /** H2 hands JTS geometries; PostGIS hands hex EWKB text. Text may also be WKT or EWKT, whose SRID is kept. */
    public static Geometry geometry(Object raw) throws SQLException {
        if (raw instanceof Geometry geometry) {
            return geometry;
        }
        String text = raw.toString();
        try {
            if (HEX.matcher(text).matches()) {
                return new WKBReader().read(WKBReader.hexToBytes(text));
            }
            Matcher ewkt = EWKT.matcher(text);
            if (ewkt.matches()) {
                Geometry geometry = new WKTReader().read(ewkt.group(2));
                geometry.setSRID(Integer.parseInt(ewkt.group(1)));
                return geometry;
            }
            return new WKTReader().read(text);
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

    private static String timestamp(ResultSet rows, int index, Column column) throws SQLException {
        if (column.jdbcType() == Types.DATE) {
            return rows.getObject(index, LocalDate.class).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        }
        if (column.jdbcType() == Types.TIMESTAMP_WITH_TIMEZONE) {
            return rows.getObject(index, OffsetDateTime.class).toInstant().toString();
        }
        return rows.getObject(index, LocalDateTime.class).toInstant(ZoneOffset.UTC).toString();
    }
}
