package io.github.camelcarto.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The replay's comparison finds what differs, and only that. */
class JsonShapeTest {

    private static JsonNode json(String text) throws IOException {
        return HttpHelper.JSON.readTree(text);
    }

    @Test
    void equalAnswersMatchWhateverTheMemberOrderAndNumberSpelling() throws IOException {
        assertTrue(JsonShape.differences(json("{\"a\":1,\"b\":[1.5,\"x\"]}"), json("{\"b\":[1.50,\"x\"],\"a\":1.0}"), false).isEmpty());
    }

    @Test
    void extraMissingAndDifferentMembersAreReported() throws IOException {
        List<String> differences = JsonShape.differences(json("{\"a\":1,\"b\":2}"), json("{\"a\":3,\"c\":4}"), false);

        assertEquals(List.of("/a: expected 1, got 3", "/b: missing, expected 2", "/c: not in the recorded answer (4)"), differences);
    }

    @Test
    void partialComparisonIgnoresMembersTheRecordLeftOut() throws IOException {
        assertTrue(JsonShape.differences(json("{\"a\":1}"), json("{\"a\":1,\"extra\":true}"), true).isEmpty());
    }

    @Test
    void placeholdersStandForValuesThatCannotRepeat() throws IOException {
        JsonNode expected = json("{\"t\":\"<timestamp>\",\"id\":\"<uuid>\",\"n\":\"<number>\",\"s\":\"<string>\"}");

        assertTrue(JsonShape.differences(expected, json("{\"t\":\"2026-11-21T17:09:06.914Z\","
                + "\"id\":\"d53bc2c1-7b8e-46ec-a337-7a4bf1dccdb3\",\"n\":0.002,\"s\":\"x\"}"), false).isEmpty());
        assertEquals(4, JsonShape.differences(expected, json("{\"t\":\"yesterday\",\"id\":\"42\",\"n\":\"1\",\"s\":2}"), false).size());
    }
}
