package io.github.camelcarto.local.v2;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import org.postgresql.PGResultSetMetaData;

/**
 * A result column's PostgreSQL type name (the v2 {@code pgtype}) and the v2 {@code type} the real server derives
 * from it. PgJDBC reports PostgreSQL's names already; H2's are mapped to what PostgreSQL would have reported.
 */
final class PgTypes {

    private static final Map<String, String> H2_TO_PG = Map.ofEntries(
            Map.entry("INTEGER", "int4"), Map.entry("BIGINT", "int8"), Map.entry("SMALLINT", "int2"),
            Map.entry("TINYINT", "int2"), Map.entry("REAL", "float4"), Map.entry("DOUBLE PRECISION", "float8"),
            Map.entry("NUMERIC", "numeric"), Map.entry("DECFLOAT", "numeric"), Map.entry("BOOLEAN", "bool"),
            Map.entry("DATE", "date"), Map.entry("TIMESTAMP", "timestamp"),
            Map.entry("TIMESTAMP WITH TIME ZONE", "timestamptz"), Map.entry("TIME", "time"),
            Map.entry("TIME WITH TIME ZONE", "timetz"), Map.entry("CHARACTER VARYING", "text"),
            Map.entry("CHARACTER LARGE OBJECT", "text"), Map.entry("VARCHAR_IGNORECASE", "text"),
            Map.entry("CHARACTER", "bpchar"), Map.entry("NULL", "text"), Map.entry("JSON", "jsonb"),
            Map.entry("UUID", "uuid"), Map.entry("BINARY VARYING", "bytea"), Map.entry("BINARY", "bytea"),
            Map.entry("BINARY LARGE OBJECT", "bytea"), Map.entry("INTERVAL", "interval"));

    private static final Map<String, String> SERIALS = Map.of("serial", "int4", "bigserial", "int8", "smallserial", "int2");

    private PgTypes() {
    }

    static String pgType(ResultSetMetaData metadata, int column) throws SQLException {
        String name = String.valueOf(metadata.getColumnTypeName(column));
        if (metadata.isWrapperFor(PGResultSetMetaData.class)) {
            // PgJDBC names a column with a sequence default after its serial pseudo-type, not its type
            return SERIALS.getOrDefault(name, name);
        }
        return h2ToPg(name.toUpperCase(Locale.ROOT));
    }

    private static String h2ToPg(String h2Type) {
        if (h2Type.endsWith(" ARRAY")) {
            return "_" + h2ToPg(h2Type.substring(0, h2Type.length() - " ARRAY".length()));
        }
        if (h2Type.startsWith("GEOMETRY")) {
            return "geometry";
        }
        if (h2Type.startsWith("INTERVAL")) {
            return "interval";
        }
        return H2_TO_PG.getOrDefault(h2Type.replaceFirst("\\(.*", "").strip(), h2Type.toLowerCase(Locale.ROOT));
    }

    /** The server's own mapping (its json format): by pattern on the name, arrays marked with {@code []}. */
    static String v2Type(String pgType) {
        String type;
        if (pgType.contains("bool")) {
            type = "boolean";
        } else if (pgType.matches(".*(int|float|numeric).*")) {
            type = "number";
        } else if (pgType.matches(".*(text|char|unknown).*")) {
            type = "string";
        } else if (pgType.matches(".*(date|time).*")) {
            type = "date";
        } else {
            type = pgType;
        }
        return pgType.startsWith("_") ? type + "[]" : type;
    }
}
