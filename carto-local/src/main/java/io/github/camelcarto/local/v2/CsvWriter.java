package io.github.camelcarto.local.v2;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes CSV as PostgreSQL's COPY does: null as an empty field, an empty string as {@code ""}, and quotes around
 * values holding the delimiter, a quote or a line break.
 */
final class CsvWriter {

    private final Writer out;
    private final char delimiter;
    private final String lineEnd;

    /** @param lineEnd {@code \n} for COPY, {@code \r\n} for the CSV format (ogr2ogr's) */
    CsvWriter(Writer out, char delimiter, String lineEnd) {
        this.out = out;
        this.delimiter = delimiter;
        this.lineEnd = lineEnd;
    }

    void writeRecord(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            Object value = values.get(i);
            if (value != null) {
                out.write(quote(text(value)));
            }
        }
        out.write(lineEnd);
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Boolean b) {
            return b ? "t" : "f";
        }
        return value.toString();
    }

    private String quote(String text) {
        boolean needsQuotes = text.isEmpty() || text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0
                              || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return needsQuotes ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
