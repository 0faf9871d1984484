package io.github.camelcarto.samples;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One CARTO answer: its endpoint, HTTP status, body, and where its shape comes from.
 *
 * @param exact  true: an answer has exactly these fields; false: CARTO adds fields that vary (by provider, by API),
 *               so only the fields shown are required
 * @param source the CARTO code or page the shape comes from, and what in it is assumed
 */
public record CartoSample(String name, String endpoint, int status, boolean exact, String source, String body) {

    /**
     * The body with some values replaced, e.g. {@code Map.of("/externalId", "job_1", "/0/error", "No match")}: each
     * key a JSON pointer to an existing field or array element, each value anything Jackson can write.
     */
    public String bodyWith(Map<String, ?> replacements) {
        JsonNode root = CartoSamples.parse(body);
        replacements.forEach((pointer, value) -> replace(root, JsonPointer.compile(pointer), value));
        try {
            return CartoSamples.JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A replacement value cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Where an actual answer's shape (field names and JSON types) differs from this sample's; empty when it has the
     * same shape. See {@link JsonShape} for the rules.
     */
    public List<String> shapeDifferences(String actualJson) {
        return JsonShape.differences(CartoSamples.parse(body), CartoSamples.parse(actualJson), exact);
    }

    private void replace(JsonNode root, JsonPointer pointer, Object value) {
        JsonNode parent = root.at(pointer.head());
        JsonNode replacement = CartoSamples.JSON.valueToTree(value);
        if (parent instanceof ObjectNode object && object.has(pointer.last().getMatchingProperty())) {
            object.set(pointer.last().getMatchingProperty(), replacement);
        } else if (parent instanceof ArrayNode array && pointer.last().mayMatchElement()
                   && pointer.last().getMatchingIndex() < array.size()) {
            array.set(pointer.last().getMatchingIndex(), replacement);
        } else {
            throw new IllegalArgumentException("Sample " + name + " has nothing at " + pointer + " to replace");
        }
    }
}
