package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.learn.LinearModel;
import org.diplograph.model.Statement;

/**
 * The two decisions of the attribution model over an article's candidates.
 * <ol>
 *   <li>For each cue, the most probable of its candidates is chosen (candidate features, no prefix).</li>
 *   <li>The chosen candidates are grouped by speaker, as the scorer merges them; each speaker is judged on what
 *       the whole article says of it (speaker features, prefixed {@code sp:}): how many cues chose it and by which
 *       rules, whether any carried a claim, its kind. A speaker at or above the threshold keeps all its
 *       statements.</li>
 * </ol>
 * Both stages are logistic models whose weights live in one {@link LinearModel} (the {@code sp:} prefix keeps them
 * apart); the threshold is the speaker stage's.
 */
final class AttributionDecision {
    static final String SPEAKER_PREFIX = "sp:";

    /** Candidate features a speaker carries into the speaker stage: these ones … */
    private static final Set<String> CARRIED = Set.of("known", "has-country", "has-org", "quoted", "cue-in-content",
            "in-title", "country-in-pair");
    /** … and those of these kinds (prefixes). */
    private static final List<String> CARRIED_KINDS = List.of("type=", "rule=", "family=", "cue=", "role=", "relation=",
            "lang=", "name-", "type×family=", "form=", "actors=", "other-actors=", "relation-words=", "next=");

    private AttributionDecision() {}

    /** In each group the candidate of highest probability (the first on a tie). */
    static boolean[] chosen(List<Integer> groups, double[] probability) {
        boolean[] keep = new boolean[probability.length];
        Map<Integer, Integer> best = new HashMap<>();
        for (int n = 0; n < probability.length; n++)
            best.merge(groups.get(n), n, (x, y) -> probability[y] > probability[x] ? y : x);
        for (int n : best.values()) keep[n] = true;
        return keep;
    }

    /** The chosen candidates by speaker (the scorer's merge key), in order of first appearance. */
    static Map<String, List<Integer>> bySpeaker(List<Statement> statements, boolean[] chosen) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int n = 0; n < statements.size(); n++)
            if (chosen[n]) out.computeIfAbsent(AttributionFeatures.key(statements.get(n).speaker()), k -> new ArrayList<>()).add(n);
        return out;
    }

    /** The features of one speaker: what its chosen candidates say together. */
    static List<String> speakerFeatures(List<Statement> statements, List<List<String>> features, List<Integer> chosen) {
        Set<String> f = new LinkedHashSet<>();
        f.add(SPEAKER_PREFIX + "bias");
        int claims = 0;
        Set<String> rules = new LinkedHashSet<>();
        for (int n : chosen) {
            Statement st = statements.get(n);
            claims += st.claims().size();
            rules.add(AttributionFeatures.family(st.ruleId()));
            for (String x : features.get(n))
                if (CARRIED.contains(x) || CARRIED_KINDS.stream().anyMatch(x::startsWith)) f.add(SPEAKER_PREFIX + x);
        }
        String type = statements.get(chosen.get(0)).speaker().type().code();
        f.add(SPEAKER_PREFIX + "cues=" + Math.min(chosen.size(), 4));
        f.add(SPEAKER_PREFIX + "claims=" + Math.min(claims, 3));
        f.add(SPEAKER_PREFIX + "claims×type=" + Math.min(claims, 1) + "|" + type);
        f.add(SPEAKER_PREFIX + "cues×type=" + Math.min(chosen.size(), 3) + "|" + type);
        f.add(SPEAKER_PREFIX + "rules=" + Math.min(rules.size(), 3));
        boolean onlyContinuations = rules.stream().allMatch(r -> r.equals("quote-continuation") || r.endsWith("continuation"));
        if (onlyContinuations) f.add(SPEAKER_PREFIX + "only-continuations");
        boolean onlyCandidates = rules.stream().allMatch(r -> r.startsWith("cand."));
        if (onlyCandidates) f.add(SPEAKER_PREFIX + "only-new-proposers");
        return new ArrayList<>(f);
    }

    /**
     * The whole decision for one article.
     *
     * @return one proposal per candidate, in the candidates' order
     */
    static List<Proposal> decide(List<Statement> statements, List<List<String>> features, List<Integer> groups,
                                 LinearModel model) {
        int size = statements.size();
        double[] p = new double[size];
        for (int n = 0; n < size; n++) p[n] = model.probability(features.get(n));
        boolean[] chosen = chosen(groups, p);
        double[] sp = new double[size];
        java.util.Arrays.fill(sp, Double.NaN);
        List<List<String>> spf = new ArrayList<>();
        for (int n = 0; n < size; n++) spf.add(List.of());
        for (List<Integer> ids : bySpeaker(statements, chosen).values()) {
            List<String> f = speakerFeatures(statements, features, ids);
            double q = model.probability(f);
            for (int n : ids) { sp[n] = q; spf.set(n, f); }
        }
        List<Proposal> out = new ArrayList<>(size);
        for (int n = 0; n < size; n++)
            out.add(new Proposal(statements.get(n), features.get(n), groups.get(n), p[n], spf.get(n), sp[n],
                    chosen[n] && sp[n] >= model.threshold()));
        return out;
    }
}
