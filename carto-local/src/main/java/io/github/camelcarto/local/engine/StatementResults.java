package io.github.camelcarto.local.engine;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Receives what each statement of a script produced, in order: rows (while the result set is open) or a count. */
public interface StatementResults {

    /** @param statement the statement as written (before any rewrite); @param last whether it ends the script */
    void rows(ResultSet rows, String statement, boolean last) throws SQLException, IOException;

    /** A statement without rows: DML's row count, 0 for DDL. */
    void updated(long count, boolean last);
}
