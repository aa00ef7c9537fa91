package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diplograph.learn.LinearModel;
import org.diplograph.model.Candidate;
import org.diplograph.model.Statement;

/**
 * A candidate statement and how the attribution model judged it: the statement the rules built (speaker, cue,
 * claims — possibly none), its features, the probability that it is the right speaker of its cue, and the
 * probability that its speaker is a speaker of the article at all.
 *
 * @param statement          the candidate
 * @param features           the candidate's features
 * @param group              the candidates of one cue share a group, of which at most one is chosen
 * @param probability        the model's probability for the candidate, NaN without a model
 * @param speakerFeatures    the features of its speaker over the article (empty when not chosen)
 * @param speakerProbability the model's probability that the speaker is a real speaker, NaN when not judged
 * @param accepted           whether it is part of the output
 */
public record Proposal(Statement statement, List<String> features, int group, double probability,
                       List<String> speakerFeatures, double speakerProbability, boolean accepted) {
    public Proposal {
        features = List.copyOf(features);
        speakerFeatures = List.copyOf(speakerFeatures);
    }

    /** The candidate as explanations show it: the features that fired with their weights, strongest first. */
    public Candidate toCandidate(LinearModel model) {
        List<Candidate.Weighted> w = new ArrayList<>();
        for (String f : speakerFeatures) w.add(new Candidate.Weighted(f, model == null ? 0 : model.weight(f)));
        for (String f : features) w.add(new Candidate.Weighted(f, model == null ? 0 : model.weight(f)));
        w.sort(Comparator.comparingDouble((Candidate.Weighted x) -> -Math.abs(x.weight())));
        return new Candidate(statement.speaker(), statement.cueSpan(), statement.ruleId(),
                statement.claims().size(), group, probability,
                speakerProbability, accepted, w);
    }
}
