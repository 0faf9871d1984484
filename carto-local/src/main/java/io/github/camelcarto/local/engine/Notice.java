package io.github.camelcarto.local.engine;

import java.sql.SQLWarning;
import java.util.List;
import java.util.Locale;

import org.postgresql.util.PSQLWarning;
import org.postgresql.util.ServerErrorMessage;

/**
 * A message a statement raised without failing ({@code RAISE NOTICE}, {@code RAISE WARNING}); the SQL API v2 answer
 * lists them by severity: {@code notices}, {@code warnings}, {@code infos}.
 */
public record Notice(String severity, String message) {

    /** The JDBC warning chain as notices: PostgreSQL's carry their severity, others are warnings. */
    public static void collect(SQLWarning warning, List<Notice> into) {
        for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
            ServerErrorMessage server = w instanceof PSQLWarning pg ? pg.getServerErrorMessage() : null;
            if (server != null) {
                into.add(new Notice(server.getSeverity().toLowerCase(Locale.ROOT), server.getMessage()));
            } else {
                into.add(new Notice("warning", w.getMessage()));
            }
        }
    }
}
