package io.github.camelcarto.local.engine;

/** What a column holds, as CARTO's APIs distinguish it; {@link #cartoType()} is CARTO 3's normalised schema type. */
public enum ColumnKind {
    NUMBER("number"),
    BIGINT("bigint"),
    STRING("string"),
    BOOLEAN("boolean"),
    TIMESTAMP("timestamp"),
    GEOMETRY("geometry"),
    OBJECT("object"),
    ARRAY("array"),
    BINARY("string"),
    UNKNOWN("unknown");

    private final String cartoType;

    ColumnKind(String cartoType) {
        this.cartoType = cartoType;
    }

    public String cartoType() {
        return cartoType;
    }
}
