package io.github.camelcarto.local.v2;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.github.camelcarto.local.http.HttpCall;

/**
 * {@code format=csv}, as the real server's ogr2ogr writes it: a header line, CRLF line ends, quotes only where
 * needed, PostgreSQL's text forms for values and WKT for geometries. Only the last statement's rows are written
 * (ogr2ogr reads {@code q} as one query).
 */
final class V2CsvAnswer extends V2Answer {

    private Writer out;

    V2CsvAnswer(HttpCall call, Connection connection, V2Query query) {
        super(call, connection, query);
    }

    @Override
    public void rows(ResultSet rows, String statement, boolean last) throws SQLException, IOException {
        if (!last) {
            return;
        }
        List<V2Field> fields = new ArrayList<>(fields(rows, statement));
        start();
        CsvWriter csv = new CsvWriter(out, ',', "\r\n");
        List<Object> header = new ArrayList<>();
        for (V2Field field : fields) {
            if (!query.skipfields().contains(field.name())) {
                header.add(field.name());
            }
        }
        csv.writeRecord(header);
        while (nextOnPage(rows)) {
            List<Object> values = new ArrayList<>(fields.size());
            for (int i = 0; i < fields.size(); i++) {
                V2Field field = fields.get(i);
                if (!query.skipfields().contains(field.name())) {
                    values.add(V2Values.csvText(V2Values.read(rows, i + 1, field), field));
                }
            }
            csv.writeRecord(values);
        }
    }

    @Override
    public void updated(long count, boolean last) {
        // no rows, no lines
    }

    void finish() throws IOException {
        start();
        out.close();
    }

    private void start() throws IOException {
        if (out == null) {
            call.setHeader("Content-Disposition", "attachment; filename=" + query.filename() + ".csv");
            out = new OutputStreamWriter(call.startStreaming("text/csv; charset=utf-8; header=present"),
                    StandardCharsets.UTF_8);
        }
    }
}
