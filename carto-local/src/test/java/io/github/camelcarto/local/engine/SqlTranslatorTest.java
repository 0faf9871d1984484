package io.github.camelcarto.local.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SqlTranslatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static QueryParameters parameters(String json) throws Exception {
        return QueryParameters.of(JSON.readTree(json));
    }

    @Test
    void backtickNameBecomesOneQuotedIdentifier() throws Exception {
        PreparedSql sql = SqlTranslator.translate("SELECT * FROM `my-proj.dataset.ta\"ble`", QueryParameters.NONE);

        assertEquals("SELECT * FROM \"my-proj.dataset.ta\"\"ble\"", sql.sql());
    }

    @Test
    void namedParametersBecomeBindValuesInOrder() throws Exception {
        PreparedSql sql = SqlTranslator.translate("SELECT @b, @a, @b", parameters("{\"a\":1.5,\"b\":\"x\"}"));

        assertEquals("SELECT ?, ?, ?", sql.sql());
        assertEquals(List.of("x", 1.5, "x"), sql.values());
    }

    @Test
    void positionalParametersOfBothStyles() throws Exception {
        PreparedSql sql = SqlTranslator.translate("SELECT $2, :1, x::int, arr[1:2]", parameters("[10, true]"));

        assertEquals("SELECT ?, ?, x::int, arr[1:2]", sql.sql());
        assertEquals(List.of(true, 10L), sql.values());
    }

    @Test
    void literalsCommentsAndDollarQuotesAreLeftAlone() throws Exception {
        String text = "SELECT '@a $1', \"@b\", $$ @c $$ -- @d\n/* :1 */";

        assertEquals(text, SqlTranslator.translate(text, QueryParameters.NONE).sql());
    }

    @Test
    void aMissingValueIsReported() throws Exception {
        assertThrows(MissingParameterException.class, () -> SqlTranslator.translate("SELECT @a", parameters("{}")));
        assertThrows(MissingParameterException.class, () -> SqlTranslator.translate("SELECT $3", parameters("[1]")));
        assertThrows(MissingParameterException.class, () -> SqlTranslator.translate("SELECT $1", parameters("{\"a\":1}")));
    }

    @Test
    void scalarQueryParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> parameters("42"));
    }
}
