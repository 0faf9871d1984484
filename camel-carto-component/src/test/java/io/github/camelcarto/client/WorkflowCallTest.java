package io.github.camelcarto.client;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkflowCallTest {

    @Test
    void buildsTheCallCartoDocumentsWithValuesAsParameters() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("number_of_clusters", 2);
        values.put("buffer_radius", 500);
        values.put("store_type", "Supermarket'; DROP TABLE x; --");
        WorkflowCall call = WorkflowCall.of("workflows-api-demo.workflows_temp.wfproc_f2f8df5df4ddf279", values, null);
        assertEquals("CALL `workflows-api-demo.workflows_temp.wfproc_f2f8df5df4ddf279`"
                     + "(@number_of_clusters, @buffer_radius, @store_type)", call.sql());
        assertEquals(values, call.parameters().toJsonValue());
        assertTrue(call.parameters().isNamed());
    }

    @Test
    void keepsAProcedureTheUserAlreadyQuoted() {
        assertEquals("CALL `p.d.wfproc`()", WorkflowCall.of("`p.d.wfproc`", null, null).sql());
        assertEquals("CALL \"DB\".\"SCHEMA\".\"WFPROC\"()", WorkflowCall.of("\"DB\".\"SCHEMA\".\"WFPROC\"", Map.of(), null).sql());
    }

    @Test
    void rejectsNamesThatCouldSmuggleSql() {
        assertThrows(IllegalArgumentException.class, () -> WorkflowCall.of("p.d.x`; DROP TABLE t; --", null, null));
        assertThrows(IllegalArgumentException.class, () -> WorkflowCall.of("p.d.x(1); select 1", null, null));
        assertThrows(IllegalArgumentException.class, () -> WorkflowCall.of("`p.d.x`; select 1", null, null));
    }

    @Test
    void parameterOrderDecidesThePositions() {
        Map<String, Object> values = new HashMap<>(Map.of("b", 2, "a", 1, "c", 3));
        assertEquals("CALL `p.d.w`(@c, @a, @b)", WorkflowCall.of("p.d.w", values, "c, a,b").sql());
    }

    @Test
    void parameterOrderMustMatchTheValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkflowCall.of("p.d.w", Map.of("a", 1, "x", 2), "a,b"));
        assertTrue(e.getMessage().contains("no value for [b]"), e.getMessage());
        assertTrue(e.getMessage().contains("not in parameterOrder: [x]"), e.getMessage());
    }

    @Test
    void anUnorderedMapIsRefusedBecauseACallIsPositional() {
        Map<String, Object> values = new HashMap<>(Map.of("a", 1, "b", 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkflowCall.of("p.d.w", values, null));
        assertTrue(e.getMessage().contains("parameterOrder"), e.getMessage());
        // a sorted map has a defined order
        assertEquals("CALL `p.d.w`(@a, @b)", WorkflowCall.of("p.d.w", new TreeMap<>(values), null).sql());
    }

    @Test
    void badParameterNamesAreRefused() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("a); DROP TABLE t; --", 1);
        assertThrows(IllegalArgumentException.class, () -> WorkflowCall.of("p.d.w", values, null));
    }
}
