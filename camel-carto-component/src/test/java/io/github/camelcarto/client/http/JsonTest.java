package io.github.camelcarto.client.http;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonTest {

    private static final String ROW = """
            {"i": 7, "l": 9000000000, "big": 123456789012345678901234567890, "d": 1.5, "s": "Madrid",
             "t": true, "n": null, "geom": {"type": "Point", "coordinates": [-3.7, 40.4]},
             "tags": ["a", 1, null, {"x": false}], "empty": {}}""";

    /** The tree walk gives what Jackson's own conversion gives: same values, same Java types, same key order. */
    @Test
    void toMapGivesWhatConvertValueGives() throws Exception {
        JsonNode row = Json.MAPPER.readTree(ROW);

        Map<String, Object> walked = Json.toMap(row);

        assertEquals(Json.MAPPER.convertValue(row, LinkedHashMap.class), walked);
        assertEquals(new ArrayList<>(Json.MAPPER.convertValue(row, LinkedHashMap.class).keySet()),
                new ArrayList<>(walked.keySet()));
        assertInstanceOf(Integer.class, walked.get("i"));
        assertInstanceOf(Long.class, walked.get("l"));
        assertInstanceOf(BigInteger.class, walked.get("big"));
        assertInstanceOf(Double.class, walked.get("d"));
        assertNull(walked.get("n"));
        assertEquals(Map.of("type", "Point", "coordinates", List.of(-3.7, 40.4)), walked.get("geom"));
        assertEquals(Arrays.asList("a", 1, null, Map.of("x", false)), walked.get("tags"));
    }

    @Test
    void toListGivesWhatConvertValueGives() throws Exception {
        JsonNode array = Json.MAPPER.readTree("[1, \"two\", [3.0], {\"four\": 4}, null]");

        assertEquals(Json.MAPPER.convertValue(array, List.class), Json.toList(array));
    }

    @Test
    void aNodeOfAnotherShapeIsRefusedAsBefore() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> Json.toMap(Json.MAPPER.readTree("[1]")));
    }
}
