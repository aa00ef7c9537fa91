package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.eval.NameNorm;
import org.diplograph.gazetteer.CommonWords;
import org.diplograph.gazetteer.Entry;
import org.diplograph.gazetteer.Match;
import org.diplograph.model.Claim;
import org.diplograph.model.Speaker;
import org.diplograph.model.Statement;

/**
 * The features of a candidate statement that the attribution model weighs: which rule proposed it and with which
 * cue, what kind of speaker it found and how well the lexicon knows it, what the content holds (claims, named
 * actors, relation words, quotation marks), where in the article it stands, and — once the whole article is read
 * — how often the same speaker was proposed. Features are strings; a feature either fires or not.
 */
final class AttributionFeatures {
    private AttributionFeatures() {}

    /**
     * The features of one candidate.
     *
     * @param cue      the reporting cue, or null for a quotation continued from an earlier sentence
     * @param segFrom  first token of the statement's content
     * @param segTo    end (exclusive) of its content
     * @param sentence index of the sentence in the article
     */
    static List<String> local(ArticleAnalysis a, Statement st, Match cue, int segFrom, int segTo, int sentence,
                              List<String> context) {
        Set<String> f = new LinkedHashSet<>(context);
        Speaker sp = st.speaker();
        String lang = a.arabic ? "ar" : "en";
        String rule = st.ruleId() == null ? "none" : st.ruleId();
        int plus = rule.indexOf('+');
        String base = base(rule);
        String family = family(rule);
        String type = sp.type().code();
        f.add("bias");
        f.add("lang=" + lang);
        f.add("rule=" + base);
        f.add("family=" + family);
        for (String extra : plus < 0 ? new String[0] : rule.substring(plus + 1).split("\\+")) f.add("rule+" + extra);
        f.add("type=" + type);
        f.add("type×family=" + type + "|" + family);
        if (cue != null) {
            Entry.Cue c = cue.first(Entry.Cue.class);
            f.add("cue=" + c.id());
            f.add("form=" + c.form());
            f.add("act=" + c.act().code());
            f.add("cue×type=" + c.id() + "|" + type);
            if (c.relay()) f.add("relay");
        } else {
            f.add("form=quote");
        }
        if (sp.entityId() != null) f.add("known");
        if (sp.country() != null) f.add("has-country");
        if (sp.org() != null) f.add("has-org");
        if (sp.role() != null) f.add("role=" + sp.role().code());
        List<String> name = NameNorm.tokens(sp.name());
        f.add("name-tokens=" + Math.min(name.size(), 4));
        if (!name.isEmpty()) {
            String first = name.get(0);
            if (a.arabic && (first.startsWith("لل") || first.startsWith("بال") || first.startsWith("وال")
                    || first.startsWith("فال") || first.startsWith("كال")))
                f.add("name-proclitic");
            if (name.stream().anyMatch(t -> t.length() <= 2)) f.add("name-short-token");
            if (a.arabic && sp.type() == org.diplograph.model.SpeakerType.PERSON && sp.entityId() == null) {
                // an unknown name made of words news writes with the article is a noun phrase (خبراء أسلحة)
                CommonWords common = CommonWords.bundled();
                long n = name.stream().filter(common::contains).count();
                f.add("name-common=" + (n == 0 ? "none" : n == name.size() ? "all" : common.contains(first) ? "first" : "some"));
                if (first.endsWith("ون") || first.endsWith("ين") || first.endsWith("ات")) f.add("name-plural-ending");
            }
        }
        int claims = st.claims().size();
        f.add("claims=" + Math.min(claims, 3));
        f.add("claims×type=" + Math.min(claims, 1) + "|" + type);
        f.add("claims×family=" + Math.min(claims, 1) + "|" + family);
        for (Claim c : st.claims()) f.add("relation=" + c.relation().code());
        int actors = 0, relations = 0, quotes = 0;
        Set<String> foreign = new java.util.HashSet<>();
        for (int i = Math.max(0, segFrom); i < Math.min(segTo, a.tokens.size()); i++) {
            Match m = a.name(i);
            String code = m == null ? null : m.first(Entry.Name.class).entity().participantCode();
            if (code != null) {
                actors++;
                if (!code.equals(sp.country()) && !code.equals(sp.org())) foreign.add(code);
            }
            if (a.relation(i) != null) relations++;
            if (a.is(i, "\"")) quotes++;
        }
        f.add("actors=" + Math.min(actors, 3));
        f.add("other-actors=" + Math.min(foreign.size(), 2));
        f.add("relation-words=" + Math.min(relations, 2));
        f.add("actors×claims=" + Math.min(actors, 2) + "|" + Math.min(claims, 1));
        if (quotes > 0) f.add("quoted");
        f.add("sentence=" + bucket(sentence, 0, 1, 3, 6, 12));
        f.add("length=" + bucket(segTo - segFrom, 4, 10, 20, 40));
        return new ArrayList<>(f);
    }

    /** The rule without its refinements: "ar.verb-subject" of "ar.verb-subject.title-name+role-coreference". */
    static String family(String rule) {
        if (rule == null) return "none";
        String base = base(rule);
        String[] parts = base.split("\\.");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : base;
    }

    /** The rule without what later stages appended after "+": "ar.verb-subject.title-name" of "…+role-coreference". */
    private static String base(String rule) {
        int plus = rule.indexOf('+');
        return plus < 0 ? rule : rule.substring(0, plus);
    }

    /**
     * What stands around the speaker phrase {@code [from, to)}: the word class right after it and right before it
     * (a comma, a complementiser, a role noun, a preposition, a quotation mark …). Nothing for a speaker taken
     * from the discourse (from &lt; 0).
     */
    static List<String> around(ArticleAnalysis a, int from, int to) {
        if (from < 0 || to <= from) return List.of("span=none");
        List<String> f = new ArrayList<>();
        f.add("next=" + wordClass(a, to));
        f.add("prev=" + wordClass(a, from - 1));
        f.add("span-tokens=" + Math.min(to - from, 6));
        return f;
    }

    private static final Set<String> COMPLEMENTISERS = Set.of("ان", "انه", "انها", "انهم", "بان", "بانه", "that");
    private static final Set<String> PREPOSITIONS = Set.of("في", "من", "على", "علي", "عن", "الى", "الي", "خلال", "مع",
            "لدي", "عبر", "in", "on", "at", "for", "to", "from", "during", "with", "of");
    private static final Set<String> EN_TIMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "on");

    static String wordClass(ArticleAnalysis a, int i) {
        org.diplograph.text.Token t = a.token(i);
        if (t == null) return "edge";
        String w = t.text();
        if (w.equals("،") || w.equals(",")) return "comma";
        if (w.equals(":")) return "colon";
        if (w.equals("\"")) return "quote";
        if (w.equals(".") || w.equals("؟") || w.equals("!")) return "stop";
        if (!t.word()) return "punct";
        if (COMPLEMENTISERS.contains(w)) return "complementiser";
        if (CandidateProposer.AR_TIMES.contains(w) || EN_TIMES.contains(w)) return "time";
        if (PREPOSITIONS.contains(w)) return "preposition";
        if (a.cue(i) != null) return "cue";
        if (CandidateProposer.isRole(a, i)) return "role";
        if (a.name(i) != null) return "name";
        if (a.relation(i) != null) return "relation-word";
        return a.arabic && w.startsWith("ال") ? "definite" : "word";
    }

    /**
     * Adds the article-level features: how many candidates of the article have the same speaker, and whether any
     * of them carries a claim.
     */
    static List<List<String>> withArticle(List<Statement> statements, List<List<String>> local, String title,
                                          List<String> pair) {
        List<String> titleTokens = NameNorm.tokens(title);
        List<String> keys = statements.stream().map(st -> key(st.speaker())).toList();
        Map<String, Integer> count = new HashMap<>(), withClaims = new HashMap<>();
        for (int n = 0; n < statements.size(); n++) {
            count.merge(keys.get(n), 1, Integer::sum);
            if (!statements.get(n).claims().isEmpty()) withClaims.merge(keys.get(n), 1, Integer::sum);
        }
        List<List<String>> out = new ArrayList<>();
        for (int n = 0; n < statements.size(); n++) {
            String k = keys.get(n);
            List<String> f = new ArrayList<>(local.get(n));
            f.add("repeat=" + bucket(count.get(k), 1, 2, 3, 5));
            f.add("speaker-has-claims=" + withClaims.containsKey(k));
            // the headline names whom the article is about: a speaker named there is one of its main speakers
            Speaker sp = statements.get(n).speaker();
            List<String> name = NameNorm.tokens(sp.name());
            if (!name.isEmpty() && !titleTokens.isEmpty()) {
                String last = name.get(name.size() - 1);
                if (last.length() >= 3 && titleTokens.contains(last)) f.add("in-title");
            }
            if (sp.country() != null && pair.contains(sp.country())) f.add("country-in-pair");
            out.add(f);
        }
        return out;
    }

    /** The speaker as scoring groups it: by normalised name, else by country and organisation. */
    static String key(Speaker sp) {
        String n = NameNorm.norm(sp.name());
        return n.isEmpty() ? "unnamed|" + sp.country() + "|" + sp.org() : n;
    }

    /** The index of the last bound not above {@code v}, as a string ("0" below the first). */
    private static String bucket(int v, int... bounds) {
        int b = 0;
        for (int i = 0; i < bounds.length; i++) if (v >= bounds[i]) b = i;
        return v < bounds[0] ? "<" + bounds[0] : ">=" + bounds[b];
    }
}
