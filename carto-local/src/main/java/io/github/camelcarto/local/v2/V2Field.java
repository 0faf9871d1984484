package io.github.camelcarto.local.v2;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.github.camelcarto.local.engine.Column;
import io.github.camelcarto.local.engine.ColumnKind;
import io.github.camelcarto.local.engine.H2ColumnNames;
import org.postgresql.PGResultSetMetaData;

/** A result column as the v2 answers name and describe it; geometry columns carry their type modifier. */
record V2Field(String name, Column column, String pgType, GeometryTypmod geometry) {

    static List<V2Field> of(Connection connection, ResultSet rows, String statement) throws SQLException {
        ResultSetMetaData metadata = rows.getMetaData();
        boolean postgres = metadata.isWrapperFor(PGResultSetMetaData.class);
        List<Column> columns = Column.of(metadata);
        List<V2Field> fields = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String pgType = PgTypes.pgType(metadata, i + 1);
            String name = postgres ? column.name() : H2ColumnNames.name(column.name(), pgType, i, statement);
            GeometryTypmod geometry = column.kind() == ColumnKind.GEOMETRY
                    ? GeometryTypmod.of(connection, metadata, i + 1) : null;
            fields.add(new V2Field(name, column, pgType, geometry));
        }
        return fields;
    }

    String v2Type() {
        return PgTypes.v2Type(pgType);
    }
}
