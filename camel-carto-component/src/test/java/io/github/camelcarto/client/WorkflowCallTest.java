package io.github.camelcarto.client;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkflowCallTest {

    private static final WarehouseDialect BIGQUERY = WarehouseDialect.bigquery;

    @Test
    void buildsTheCallCartoDocumentsWithValuesAsParameters() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("number_of_clusters", 2);
        values.put("buffer_radius", 500);
        values.put("store_type", "Supermarket'; DROP TABLE x; --");
        WorkflowCall call = WorkflowCall.of(BIGQUERY, "workflows-api-demo.workflows_temp.wfproc_f2f8df5df4ddf279", values, null);
        assertEquals("CALL `workflows-api-demo.workflows_temp.wfproc_f2f8df5df4ddf279`"
                     + "(@number_of_clusters, @buffer_radius, @store_type)", call.sql());
        assertEquals(values, call.parameters().toJsonValue());
        assertTrue(call.parameters().isNamed());
    }

    @Test
    void keepsAProcedureTheUserAlreadyQuoted() {
        assertEquals("CALL `p.d.wfproc`()", WorkflowCall.of(BIGQUERY, "`p.d.wfproc`", null, null).sql());
        assertEquals("CALL \"DB\".\"SCHEMA\".\"WFPROC\"()", WorkflowCall.of(BIGQUERY, "\"DB\".\"SCHEMA\".\"WFPROC\"", Map.of(), null).sql());
    }

    @Test
    void rejectsNamesThatCouldSmuggleSql() {
        assertThrows(IllegalArgumentException.class, () -> WorkflowCall.of(BIGQUERY, "p.d.x`; DROP TABLE t; --", null, null));
        assertThrows(IllegalArgumentException.class, () -> WorkflowCall.of(BIGQUERY, "p.d.x(1); select 1", null, null));
        assertThrows(IllegalArgumentException.class, () -> WorkflowCall.of(BIGQUERY, "`p.d.x`; select 1", null, null));
    }

    @Test
    void parameterOrderDecidesThePositions() {
        Map<String, Object> values = new HashMap<>(Map.of("b", 2, "a", 1, "c", 3));
        assertEquals("CALL `p.d.w`(@c, @a, @b)", WorkflowCall.of(BIGQUERY, "p.d.w", values, "c, a,b").sql());
    }

    @Test
    void parameterOrderMustMatchTheValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkflowCall.of(BIGQUERY, "p.d.w", Map.of("a", 1, "x", 2), "a,b"));
        assertTrue(e.getMessage().contains("no value for [b]"), e.getMessage());
        assertTrue(e.getMessage().contains("not in parameterOrder: [x]"), e.getMessage());
    }

    @Test
    void anUnorderedMapIsRefusedBecauseACallIsPositional() {
        Map<String, Object> values = new HashMap<>(Map.of("a", 1, "b", 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkflowCall.of(BIGQUERY, "p.d.w", values, null));
        assertTrue(e.getMessage().contains("parameterOrder"), e.getMessage());
        // a sorted map has a defined order
        assertEquals("CALL `p.d.w`(@a, @b)", WorkflowCall.of(BIGQUERY, "p.d.w", new TreeMap<>(values), null).sql());
    }

    @Test
    void badParameterNamesAreRefused() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("a); DROP TABLE t; --", 1);
        assertThrows(IllegalArgumentException.class, () -> WorkflowCall.of(BIGQUERY, "p.d.w", values, null));
    }

    /** Snowflake binds positional :1, :2 (carto-api.md 1.4); names are identifiers, double-quoted where needed. */
    @Test
    void snowflakeCallsWithPositionalColonParametersInTheDeclaredOrder() {
        Map<String, Object> values = new HashMap<>(Map.of("radius", 500, "kind", "Supermarket"));
        WorkflowCall call = WorkflowCall.of(WarehouseDialect.snowflake, "CARTO_DB.WORKFLOWS_TEMP.WFPROC_ABC", values, "kind,radius");
        assertEquals("CALL CARTO_DB.WORKFLOWS_TEMP.WFPROC_ABC(:1, :2)", call.sql());
        assertEquals(List.of("Supermarket", 500), call.parameters().toJsonValue());
        assertEquals("CALL \"carto-db\".WORKFLOWS_TEMP.\"wfproc_abc\"()",
                WorkflowCall.of(WarehouseDialect.snowflake, "\"carto-db\".WORKFLOWS_TEMP.\"wfproc_abc\"", null, null).sql());
    }

    /** PostgreSQL and Redshift bind positional $1, $2; a List gives the values in order. */
    @Test
    void postgresqlAndRedshiftCallWithDollarParameters() {
        for (WarehouseDialect dialect : List.of(WarehouseDialect.postgresql, WarehouseDialect.redshift)) {
            WorkflowCall call = WorkflowCall.of(dialect, "carto.wfproc_abc", List.of(500, "Supermarket"), null);
            assertEquals("CALL carto.wfproc_abc($1, $2)", call.sql());
            assertEquals(List.of(500, "Supermarket"), call.parameters().toJsonValue());
        }
    }

    @Test
    void eachDialectRefusesWhatItCannotCall() {
        IllegalArgumentException backticks = assertThrows(IllegalArgumentException.class,
                () -> WorkflowCall.of(WarehouseDialect.snowflake, "`p.d.w`", null, null));
        assertTrue(backticks.getMessage().contains("snowflake") && backticks.getMessage().contains("double quotes"),
                backticks.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> WorkflowCall.of(WarehouseDialect.postgresql, "carto.w\"; DROP TABLE t; --", null, null));
        IllegalArgumentException list = assertThrows(IllegalArgumentException.class,
                () -> WorkflowCall.of(BIGQUERY, "p.d.w", List.of(1), null));
        assertTrue(list.getMessage().contains("named parameters"), list.getMessage());
    }

    @Test
    void anOutputTableIsNamedAsTheDialectNamesTables() {
        assertEquals("`p.d.out_1`", BIGQUERY.quote("p.d.out_1"));
        assertEquals("CARTO_DB.WORKFLOWS_TEMP.OUT_1", WarehouseDialect.snowflake.quote("CARTO_DB.WORKFLOWS_TEMP.OUT_1"));
    }
}
