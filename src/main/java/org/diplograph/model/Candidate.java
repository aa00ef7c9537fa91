package org.diplograph.model;

import java.util.List;

/**
 * A candidate speaker the extractor weighed, kept or not: for {@code extract --explain}, so that a curator sees
 * why a statement was (or was not) attributed.
 *
 * @param speaker     the candidate speaker
 * @param cueSpan     where its cue stands in the body, or null for a continued quotation
 * @param rule        the rule that proposed it
 * @param claims      how many claims the rules found in its content (a candidate without any is never kept)
 * @param group       candidates of one cue share a group; at most one of them is kept
 * @param probability the attribution model's probability that this is the speaker of its cue, NaN without a model
 * @param speakerProbability the model's probability that the speaker is a real speaker of the article, NaN when
 *                    the candidate was not chosen for its cue or there is no model
 * @param accepted    whether it became a statement
 * @param features    the features that fired, each with its weight, strongest first
 */
public record Candidate(Speaker speaker, Span cueSpan, String rule, int claims, int group, double probability,
                        double speakerProbability, boolean accepted,
                        List<Weighted> features) {
    public Candidate {
        features = List.copyOf(features);
    }

    /** A feature and its weight in the model. */
    public record Weighted(String feature, double weight) {}
}
