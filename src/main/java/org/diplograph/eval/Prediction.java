package org.diplograph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of one {@code extract} output object that scoring reads.
 *
 * @param file       the article path the prediction is for (matched to a gold key), or null
 * @param statements predicted statements, several per speaker allowed (they are merged)
 */
public record Prediction(String file, List<Statement> statements) {
    public Prediction {
        statements = List.copyOf(statements);
    }

    /** Reads one object of the JSON Lines output described in shared/spec/extract-output.md. */
    public static Prediction fromJson(JsonNode obj) {
        List<Statement> statements = new ArrayList<>();
        for (JsonNode st : Json.elements(obj, "statements")) {
            JsonNode sp = st.get("speaker");
            Speaker speaker = new Speaker(Json.text(sp, "name"), Json.text(sp, "type"), Json.text(sp, "country"), Json.text(sp, "org"));
            statements.add(new Statement(speaker, Json.claims(st, "claims")));
        }
        return new Prediction(Json.text(obj, "file"), statements);
    }

    /** One predicted statement. */
    public record Statement(Speaker speaker, List<ScoredClaim> claims) {
        public Statement {
            java.util.Objects.requireNonNull(speaker, "speaker");
            claims = List.copyOf(claims);
        }
    }

    /**
     * A predicted speaker; every field may be null.
     *
     * @param name    the name as written in the article
     * @param type    person, institution, state or unnamed
     * @param country ISO alpha-3 of the state the speaker speaks for
     * @param org     actor code of the organisation the speaker speaks for
     */
    public record Speaker(String name, String type, String country, String org) {
        /** True when the name is present and not empty (Python truthiness). */
        public boolean named() { return name != null && !name.isEmpty(); }
    }
}
