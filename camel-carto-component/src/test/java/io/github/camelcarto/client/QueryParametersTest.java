package io.github.camelcarto.client;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryParametersTest {

    @Test
    void aMapIsNamedAndALeadingAtIsDropped() {
        QueryParameters parameters = QueryParameters.of(Map.of("@city", "Madrid"), "test");
        assertTrue(parameters.isNamed());
        assertEquals(Map.of("city", "Madrid"), parameters.toJsonValue());
    }

    @Test
    void aListOrArrayIsPositional() {
        assertEquals(List.of(1, "a"), QueryParameters.of(List.of(1, "a"), "test").toJsonValue());
        assertEquals(List.of(1, "a"), QueryParameters.of(new Object[] { 1, "a" }, "test").toJsonValue());
        assertFalse(QueryParameters.of(List.of(1), "test").isNamed());
    }

    @Test
    void anythingElseNamesItsSourceAndType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QueryParameters.of("city=Madrid", "Header CamelCartoQueryParameters"));
        assertTrue(e.getMessage().startsWith("Header CamelCartoQueryParameters must be a Map"), e.getMessage());
        assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
    }

    @Test
    void emptyMeansNone() {
        assertTrue(QueryParameters.of(Map.of(), "t").isEmpty());
        assertTrue(QueryParameters.of(null, "t").isEmpty());
    }

    @Test
    void namesMustBeIdentifiers() {
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.named(Map.of("a b", 1)));
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.named(Map.of("1a", 1)));
    }
}
