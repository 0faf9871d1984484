package io.github.camelcarto.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvReportTest {

    @Test
    void columnsFollowTheSchemaAndFieldsAreQuotedWhenNeeded() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("total", 10.5);
        row.put("city", "Valencia, \"centre\"");
        row.put("note", null);
        List<Map<String, Object>> schema = List.of(Map.of("name", "city"), Map.of("name", "total"), Map.of("name", "note"));

        assertEquals("city,total,note\r\n\"Valencia, \"\"centre\"\"\",10.5,\r\n", CsvReport.format(List.of(row), schema));
    }

    @Test
    void withoutASchemaTheFirstRowNamesTheColumns() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("a", 1);
        row.put("b", "two\nlines");

        assertEquals("a,b\r\n1,\"two\nlines\"\r\n", CsvReport.format(List.of(row), null));
    }

    @Test
    void noRowsGiveTheHeaderOnly() {
        assertEquals("city\r\n", CsvReport.format(List.of(), List.of(Map.of("name", "city"))));
    }
}
