package io.github.camelcarto.local;

/** A server started by {@link TestEngine}, and the PostGIS database it owns (null on H2GIS). */
record TestServer(CartoLocal carto, PostgisTestDatabase database) implements AutoCloseable {

    @Override
    public void close() {
        carto.close();
        if (database != null) {
            database.drop();
        }
    }
}
