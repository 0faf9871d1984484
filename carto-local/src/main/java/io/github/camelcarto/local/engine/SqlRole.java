package io.github.camelcarto.local.engine;

import java.util.List;

/**
 * The database role a SQL API v2 request runs as, as CARTO maps API keys to roles: the master key runs as the
 * engine's own login (the table owner), no key runs as CARTO's public role {@code publicuser}, and each regular API
 * key as a role of its own that holds only the grants configured for it.
 */
public record SqlRole(String name, List<TableGrant> grants) {

    /** The engine's own login: owner of every table, allowed everything. */
    public static final SqlRole MASTER = new SqlRole(null, List.of());
    /** CARTO's public role: may read what was granted to it ({@code GRANT SELECT ON t TO publicuser}) and no more. */
    public static final SqlRole PUBLIC = new SqlRole("publicuser", List.of());

    public SqlRole {
        grants = List.copyOf(grants);
    }

    public boolean isMaster() {
        return name == null;
    }
}
