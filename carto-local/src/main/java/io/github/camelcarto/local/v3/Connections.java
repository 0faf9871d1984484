package io.github.camelcarto.local.v3;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import io.github.camelcarto.local.http.ApiException;

/** The connection names the server answers to; all of them reach the same engine. */
public final class Connections {

    private final Set<String> names;

    public Connections(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    public String require(String name) {
        if (!names.contains(name)) {
            throw ApiException.notFound("Connection '" + name + "' not found. carto-local knows: "
                                        + names.stream().sorted().toList());
        }
        return name;
    }

    /**
     * The connection's id, a UUID as CARTO's (which job documents carry instead of the name); derived from the name,
     * so it stays the same across restarts.
     */
    static String id(String name) {
        return UUID.nameUUIDFromBytes(("carto-local connection " + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
