package org.diplograph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading JSON values as Python's {@code dict.get} sees them: absent and null are both null. */
final class Json {
    private Json() {}

    /** A field as a string: null when absent or null; other scalars as their text. */
    static String text(JsonNode node, String field) {
        if (node == null || !node.isObject()) return null;
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) return null;
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** The elements of an array field (empty when absent, null, or not an array: score.py's {@code x.get(f) or []}). */
    static List<JsonNode> elements(JsonNode node, String field) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || !node.isObject()) return out;
        JsonNode v = node.get(field);
        if (v != null && v.isArray()) v.forEach(out::add);
        return out;
    }

    /** The strings of an array field; null elements stay null. */
    static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : elements(node, field)) out.add(e.isNull() ? null : e.isValueNode() ? e.asText() : e.toString());
        return out;
    }

    static List<ScoredClaim> claims(JsonNode node, String field) {
        List<ScoredClaim> out = new ArrayList<>();
        for (JsonNode c : elements(node, field)) out.add(new ScoredClaim(text(c, "relation"), strings(c, "participants"), text(c, "stance")));
        return out;
    }
}
