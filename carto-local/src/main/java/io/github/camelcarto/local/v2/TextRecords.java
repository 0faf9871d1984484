package io.github.camelcarto.local.v2;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL's COPY text format: one line per record, tab-separated, {@code \N} for null, backslash escapes. */
final class TextRecords implements EmulatedCopy.RecordSource {

    private final BufferedReader in;
    private final char delimiter;
    private final String nullText;

    TextRecords(BufferedReader in, char delimiter, String nullText) {
        this.in = in;
        this.delimiter = delimiter;
        this.nullText = nullText;
    }

    @Override
    public List<String> next() throws IOException {
        String line = in.readLine();
        while (line != null && line.isEmpty()) {
            line = in.readLine();
        }
        if (line == null || line.equals("\\.")) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == delimiter) {
                fields.add(raw.toString().equals(nullText) ? null : field.toString());
                field.setLength(0);
                raw.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                raw.append(c).append(next);
                field.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                field.append(c);
                raw.append(c);
            }
        }
        fields.add(raw.toString().equals(nullText) ? null : field.toString());
        return fields;
    }

    static String escape(String value, char delimiter) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (c == delimiter) {
                        escaped.append('\\');
                    }
                    escaped.append(c);
                }
            }
        }
        return escaped.toString();
    }
}
