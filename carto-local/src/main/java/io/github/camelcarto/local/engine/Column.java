package io.github.camelcarto.local.engine;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A result column: its label, the engine's type name and the {@link ColumnKind} derived from them. */
public record Column(String name, String typeName, int jdbcType, ColumnKind kind) {

    public static List<Column> of(ResultSetMetaData metadata) throws SQLException {
        List<Column> columns = new ArrayList<>(metadata.getColumnCount());
        for (int i = 1; i <= metadata.getColumnCount(); i++) {
            String typeName = String.valueOf(metadata.getColumnTypeName(i));
            // PgJDBC reports timestamptz as Types.TIMESTAMP: its type name tells it from a timestamp
            int jdbcType = typeName.equalsIgnoreCase("timestamptz") ? Types.TIMESTAMP_WITH_TIMEZONE
                    : metadata.getColumnType(i);
            columns.add(new Column(metadata.getColumnLabel(i), typeName, jdbcType, kindOf(jdbcType, typeName)));
        }
        return columns;
    }

    static ColumnKind kindOf(int jdbcType, String typeName) {
        String type = typeName.toUpperCase(Locale.ROOT);
        if (type.startsWith("GEOMETRY") || type.startsWith("GEOGRAPHY")) {
            return ColumnKind.GEOMETRY;
        }
        if (type.equals("JSON") || type.equals("JSONB")) {
            return ColumnKind.OBJECT;
        }
        return switch (jdbcType) {
            case Types.BIGINT -> ColumnKind.BIGINT;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.REAL, Types.FLOAT, Types.DOUBLE, Types.NUMERIC,
                 Types.DECIMAL -> ColumnKind.NUMBER;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.CLOB, Types.NCLOB -> ColumnKind.STRING;
            case Types.BOOLEAN, Types.BIT -> ColumnKind.BOOLEAN;
            case Types.DATE, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> ColumnKind.TIMESTAMP;
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> ColumnKind.STRING;
            case Types.ARRAY -> ColumnKind.ARRAY;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> ColumnKind.BINARY;
            default -> type.equals("UUID") || type.startsWith("CHARACTER") || type.equals("TEXT") ? ColumnKind.STRING
                    : ColumnKind.UNKNOWN;
        };
    }
}
