package io.github.camelcarto.local.v2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGResultSetMetaData;

/**
 * What a geometry column's type modifier says, as the v2 {@code fields} entry shows it: {@code wkbtype}, {@code dims}
 * and {@code srid}. A computed geometry has no modifier (-1), which the server decodes as 4 dims and SRID -1.
 */
record GeometryTypmod(String wkbtype, int dims, int srid) {

    private static final int NONE = -1;
    private static final List<String> TYPES = List.of("Geometry", "Point", "LineString", "Polygon", "MultiPoint",
            "MultiLineString", "MultiPolygon", "GeometryCollection");
    /** H2's column type name, e.g. {@code GEOMETRY(POINT Z, 4326)}. */
    private static final Pattern H2_TYPE = Pattern.compile("(?i)GEOMETRY\\((\\w+)( ZM| Z| M)?(?:,\\s*(\\d+))?\\)");

    /** PostGIS's typmod layout: SRID in bits 8-28, type in bits 2-7, Z and M flags in bits 1 and 0. */
    static GeometryTypmod decode(int typmod) {
        int srid = ((typmod & 0x0FFFFF00) - (typmod & 0x10000000)) >> 8;
        int type = (typmod & 0xFC) >> 2;
        int dims = 2 + ((typmod & 2) >> 1) + (typmod & 1);
        return new GeometryTypmod(type < TYPES.size() ? TYPES.get(type) : null, dims, srid);
    }

    static GeometryTypmod of(Connection connection, ResultSetMetaData metadata, int column) throws SQLException {
        return decode(metadata.isWrapperFor(PGResultSetMetaData.class)
                ? postgisTypmod(connection, metadata.unwrap(PGResultSetMetaData.class), column)
                : h2Typmod(metadata.getColumnTypeName(column)));
    }

    /** The modifier PostGIS would have given the same H2 column type. */
    private static int h2Typmod(String typeName) {
        Matcher matcher = H2_TYPE.matcher(String.valueOf(typeName));
        if (!matcher.matches()) {
            return NONE;
        }
        String flags = matcher.group(2) == null ? "" : matcher.group(2).strip().toUpperCase(Locale.ROOT);
        int type = Math.max(0, TYPES.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList()
                .indexOf(matcher.group(1).toUpperCase(Locale.ROOT)));
        int srid = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        return (srid << 8) | (type << 2) | (flags.contains("Z") ? 2 : 0) | (flags.contains("M") ? 1 : 0);
    }

    /** A table column's declared modifier, read from the catalogue; computed columns have none. */
    private static int postgisTypmod(Connection connection, PGResultSetMetaData metadata, int column)
            throws SQLException {
        String table = metadata.getBaseTableName(column);
        if (table == null || table.isEmpty()) {
            return NONE;
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT atttypmod FROM pg_attribute WHERE attrelid = to_regclass(format('%I.%I', ?, ?)) AND attname = ?")) {
            query.setString(1, metadata.getBaseSchemaName(column));
            query.setString(2, table);
            query.setString(3, metadata.getBaseColumnName(column));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : NONE;
            }
        }
    }
}
