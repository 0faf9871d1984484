package io.github.camelcarto.local.v2;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.camelcarto.local.engine.Notice;
import io.github.camelcarto.local.http.HttpCall;
import io.github.camelcarto.local.http.Json;

/**
 * The default v2 answer, {@code {"rows":[...],"time":s,"fields":{...},"total_rows":n}}, as the real server streams
 * it: rows of every statement of {@code q} (its quirk), {@code fields} and {@code total_rows} of the last one,
 * {@code notices}/{@code warnings}/{@code infos} when statements raised any. Streaming starts with the first row; an
 * error after that ends the document with an {@code error} member and status 200, as on CARTO.
 */
final class V2JsonAnswer extends V2Answer {

    private final long startNanos;
    private JsonGenerator out;
    private long rowsWritten;
    private List<V2Field> lastFields = List.of();
    private long lastCount;

    V2JsonAnswer(HttpCall call, Connection connection, V2Query query, long startNanos) {
        super(call, connection, query);
        this.startNanos = startNanos;
    }

    @Override
    public void rows(ResultSet rows, String statement, boolean last) throws SQLException, IOException {
        List<V2Field> fields = fields(rows, statement);
        long written = 0;
        while (nextOnPage(rows)) {
            // a JavaScript object: a repeated column name keeps its first position and its last value
            Map<String, Object> row = new LinkedHashMap<>();
            Map<String, V2Field> fieldOf = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                V2Field field = fields.get(i);
                if (!query.skipfields().contains(field.name())) {
                    row.put(field.name(), V2Values.read(rows, i + 1, field));
                    fieldOf.put(field.name(), field);
                }
            }
            start();
            out.writeStartObject();
            for (Map.Entry<String, Object> cell : row.entrySet()) {
                out.writeFieldName(cell.getKey());
                V2Values.writeJson(out, cell.getValue(), fieldOf.get(cell.getKey()));
            }
            out.writeEndObject();
            written++;
        }
        rowsWritten += written;
        if (last) {
            lastFields = fields;
            lastCount = written;
        }
    }

    @Override
    public void updated(long count, boolean last) {
        if (last) {
            lastFields = List.of();
            lastCount = count;
        }
    }

    /** Ends the document: time, fields, total_rows (the last statement's count, else every row's), notices. */
    void finish(List<Notice> notices) throws IOException {
        start();
        end();
        writeNotices(notices);
        out.writeEndObject();
        out.close();
    }

    /**
     * Ends a document whose rows already went out with the error that stopped it.
     * @return false when nothing was sent yet, so the caller can answer with an HTTP error instead
     */
    boolean failAfterStreaming(String message) throws IOException {
        if (out == null) {
            return false;
        }
        end();
        out.writeArrayFieldStart("error");
        out.writeString(message);
        out.writeEndArray();
        out.writeEndObject();
        out.close();
        return true;
    }

    private void start() throws IOException {
        if (out == null) {
            call.setHeader("Content-Disposition", "inline; filename=" + query.filename() + ".json");
            out = Json.MAPPER.getFactory().createGenerator(call.startStreaming("application/json; charset=utf-8"));
            out.writeStartObject();
            out.writeArrayFieldStart("rows");
        }
    }

    private void end() throws IOException {
        out.writeEndArray();
        out.writeNumberField("time", (System.nanoTime() - startNanos) / 1e9);
        out.writeObjectFieldStart("fields");
        // a JavaScript object too: one entry per name, in its first position, describing its last column
        Map<String, V2Field> byName = new LinkedHashMap<>();
        for (V2Field field : lastFields) {
            if (!query.skipfields().contains(field.name())) {
                byName.put(field.name(), field);
            }
        }
        for (V2Field field : byName.values()) {
            out.writeObjectFieldStart(field.name());
            out.writeStringField("type", field.v2Type());
            if (field.geometry() != null) {
                if (field.geometry().wkbtype() != null) {
                    out.writeStringField("wkbtype", field.geometry().wkbtype());
                }
                out.writeNumberField("dims", field.geometry().dims());
                out.writeNumberField("srid", field.geometry().srid());
            } else {
                out.writeStringField("pgtype", field.pgType());
            }
            out.writeEndObject();
        }
        out.writeEndObject();
        out.writeNumberField("total_rows", lastCount != 0 ? lastCount : rowsWritten);
    }

    /** {@code "notices":[...]}, {@code "warnings":[...]}, ... in the order their severities first appeared. */
    private void writeNotices(List<Notice> notices) throws IOException {
        Map<String, List<String>> bySeverity = new LinkedHashMap<>();
        for (Notice notice : notices) {
            bySeverity.computeIfAbsent(notice.severity() + "s", s -> new java.util.ArrayList<>()).add(notice.message());
        }
        for (Map.Entry<String, List<String>> severity : bySeverity.entrySet()) {
            out.writeArrayFieldStart(severity.getKey());
            for (String message : severity.getValue()) {
                out.writeString(message);
            }
            out.writeEndArray();
        }
    }
}
