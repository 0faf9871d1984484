package io.github.camelcarto.local.engine;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a regular API key may do to one table, as in CARTO's Auth API grants ({@code select, insert, ...}). */
public record TableGrant(String table, Set<TablePrivilege> privileges) {

    public TableGrant {
        if (table == null || table.isBlank()) {
            throw new IllegalArgumentException("A grant needs a table name");
        }
        if (privileges.isEmpty()) {
            throw new IllegalArgumentException("A grant on " + table + " needs at least one privilege");
        }
        privileges = Set.copyOf(privileges);
    }

    public static TableGrant select(String table) {
        return new TableGrant(table, EnumSet.of(TablePrivilege.SELECT));
    }

    /** {@code table} (select only) or {@code table:select+insert+update+delete}, as the command line takes it. */
    public static TableGrant parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return select(text.strip());
        }
        Set<TablePrivilege> privileges = EnumSet.noneOf(TablePrivilege.class);
        for (String privilege : text.substring(colon + 1).split("\\+")) {
            privileges.add(TablePrivilege.valueOf(privilege.strip().toUpperCase(Locale.ROOT)));
        }
        return new TableGrant(text.substring(0, colon).strip(), privileges);
    }

    /** {@code SELECT, INSERT}: the privilege list of a GRANT statement. */
    String privilegeList() {
        return privileges.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }
}
