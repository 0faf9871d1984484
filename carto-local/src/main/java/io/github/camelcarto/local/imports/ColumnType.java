package io.github.camelcarto.local.imports;

/** The column types an import guesses, with the SQL type and the insert expression for each. */
public enum ColumnType {
    BIGINT("BIGINT", "?"),
    DOUBLE("DOUBLE PRECISION", "?"),
    BOOLEAN("BOOLEAN", "?"),
    TEXT("VARCHAR", "?"),
    /** Geometry from WKT (or EWKT) text, in WGS 84. */
    GEOMETRY_WKT("GEOMETRY", "ST_SetSRID(ST_GeomFromText(?), 4326)"),
    /** Geometry from a GeoJSON geometry object's text, in WGS 84. */
    GEOMETRY_GEOJSON("GEOMETRY", "ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)");

    private final String sqlType;
    private final String insertExpression;

    ColumnType(String sqlType, String insertExpression) {
        this.sqlType = sqlType;
        this.insertExpression = insertExpression;
    }

    public String sqlType() {
        return sqlType;
    }

    public String insertExpression() {
        return insertExpression;
    }

    /** The narrowest type that holds every non-null text value seen. */
    static ColumnType guess(Iterable<String> values) {
        boolean integers = true;
        boolean numbers = true;
        boolean booleans = true;
        boolean any = false;
        for (String value : values) {
            if (value == null || value.isEmpty()) {
                continue;
            }
            any = true;
            String v = value.strip();
            integers &= v.matches("[+-]?\\d{1,18}");
            numbers &= v.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
            booleans &= v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
        }
        if (!any) {
            return TEXT;
        }
        return integers ? BIGINT : numbers ? DOUBLE : booleans ? BOOLEAN : TEXT;
    }
}
