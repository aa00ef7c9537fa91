package org.diplograph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One gold file of the annotation guideline, as far as scoring needs it.
 *
 * @param key        the path relative to the gold folder without extension ("ar/003"); its first segment is the language
 * @param statements one entry per speaker
 */
public record GoldFile(String key, List<Statement> statements) {
    public GoldFile {
        statements = List.copyOf(statements);
    }

    /** The language the file is counted under: the first segment of its key. */
    public String language() {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }

    /** Reads a gold file's JSON object. */
    public static GoldFile fromJson(String key, JsonNode root) {
        List<Statement> statements = new ArrayList<>();
        for (JsonNode s : Json.elements(root, "statements")) {
            statements.add(new Statement(Json.strings(s, "speaker"), Json.text(s, "speaker_type"),
                    Json.text(s, "speaker_country"), Json.text(s, "speaker_org"), Json.claims(s, "claims")));
        }
        return new GoldFile(key, statements);
    }

    /**
     * One gold statement (one speaker).
     *
     * @param speaker        acceptable names, fullest first; empty for an unnamed speaker
     * @param speakerType    person, institution, state or unnamed
     * @param speakerCountry ISO alpha-3 of the state the speaker speaks for, or null
     * @param speakerOrg     actor code of the organisation the speaker speaks for, or null
     * @param claims         the speaker's claims
     */
    public record Statement(List<String> speaker, String speakerType, String speakerCountry, String speakerOrg,
                            List<ScoredClaim> claims) {
        public Statement {
            speaker = java.util.Collections.unmodifiableList(new ArrayList<>(speaker));
            claims = List.copyOf(claims);
        }
    }
}
