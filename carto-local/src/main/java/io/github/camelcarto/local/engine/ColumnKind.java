package io.github.camelcarto.local.engine;

/** What a column holds, as CARTO's APIs distinguish it; {@link #cartoType()} is CARTO 3's normalised schema type. */
public enum ColumnKind {
    NUMBER("number", "number"),
    BIGINT("bigint", "number"),
    STRING("string", "string"),
    BOOLEAN("boolean", "boolean"),
    TIMESTAMP("timestamp", "date"),
    GEOMETRY("geometry", "geometry"),
    OBJECT("object", "jsonb"),
    ARRAY("array", "string[]"),
    BINARY("string", "string"),
    UNKNOWN("unknown", "string");

    private final String cartoType;
    private final String v2Type;

    ColumnKind(String cartoType, String v2Type) {
        this.cartoType = cartoType;
        this.v2Type = v2Type;
    }

    public String cartoType() {
        return cartoType;
    }

    /** The SQL API v2 {@code fields[].type}. */
    public String v2Type() {
        return v2Type;
    }
}
