package io.github.camelcarto.local.v3;

import java.util.Set;

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
}
