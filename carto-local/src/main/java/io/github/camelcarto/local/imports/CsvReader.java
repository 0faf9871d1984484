package io.github.camelcarto.local.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV record by record, streaming: quoted fields may hold delimiters, doubled quotes and line breaks.
 * As in PostgreSQL's COPY, an unquoted empty field reads as null and a quoted empty one as an empty string.
 */
public final class CsvReader {

    private final Reader in;
    private final char delimiter;
    private int lookahead = -2;

    public CsvReader(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The next record's fields, or null at the end of the input. */
    public List<String> next() throws IOException {
        int c = read();
        while (c == '\r' || c == '\n') {
            c = read();
        }
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (c == '"' && field.isEmpty() && !quoted) {
                quoted = true;
                readQuoted(field);
                c = read();
                continue;
            }
            if (c == delimiter || c == '\n' || c == '\r' || c == -1) {
                fields.add(field.isEmpty() && !quoted ? null : field.toString());
                if (c != delimiter) {
                    if (c == '\r') {
                        int after = read();
                        if (after != '\n') {
                            lookahead = after;
                        }
                    }
                    return fields;
                }
                field.setLength(0);
                quoted = false;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private void readQuoted(StringBuilder field) throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                throw new IOException("Unterminated quoted CSV field");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    lookahead = after;
                    return;
                }
            }
            field.append((char) c);
        }
    }

    private int read() throws IOException {
        if (lookahead != -2) {
            int c = lookahead;
            lookahead = -2;
            return c;
        }
        return in.read();
    }
}
