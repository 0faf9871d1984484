package io.github.camelcarto.local.v2;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import io.github.camelcarto.local.engine.StatementResults;
import io.github.camelcarto.local.http.HttpCall;

/** What the v2 answer formats share: the call they answer, the connection that describes columns, the page of rows. */
abstract class V2Answer implements StatementResults {

    final HttpCall call;
    final V2Query query;
    private final Connection connection;

    V2Answer(HttpCall call, Connection connection, V2Query query) {
        this.call = call;
        this.connection = connection;
        this.query = query;
    }

    List<V2Field> fields(ResultSet rows, String statement) throws SQLException {
        return V2Field.of(connection, rows, statement);
    }

    /** Moves to the next row on the requested page; false once the page or the rows are done. */
    boolean nextOnPage(ResultSet rows) throws SQLException {
        while (!query.window().full() && rows.next()) {
            if (query.window().admit()) {
                return true;
            }
        }
        return false;
    }
}
