package org.diplograph.model;

import java.util.List;
import java.util.Objects;

/**
 * What a speaker claimed about one relation between actors.
 *
 * @param relation     relation type
 * @param participants actor codes (ISO alpha-3 or guideline actor codes), in order of first mention, no duplicates
 * @param stance       speaker's attitude
 * @param act          speech act
 * @param evidence     the span of the article body that carries the claim
 * @param ruleId       the rule that produced it (for --explain and provenance)
 */
public record Claim(Relation relation, List<String> participants, Stance stance, Act act, Span evidence,
                    String ruleId) {
    public Claim {
        Objects.requireNonNull(relation, "relation");
        participants = List.copyOf(participants);
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(evidence, "evidence");
    }
}
