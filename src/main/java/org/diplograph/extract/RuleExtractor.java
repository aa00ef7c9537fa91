package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.gazetteer.Entity;
import org.diplograph.gazetteer.Entry;
import org.diplograph.gazetteer.Gender;
import org.diplograph.gazetteer.Lexicon;
import org.diplograph.gazetteer.LexiconMatcher;
import org.diplograph.gazetteer.Match;
import org.diplograph.learn.LinearModel;
import org.diplograph.model.Act;
import org.diplograph.model.Candidate;
import org.diplograph.model.Article;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Claim;
import org.diplograph.model.Span;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;
import org.diplograph.model.Stance;
import org.diplograph.model.Statement;
import org.diplograph.text.NormalizedText;
import org.diplograph.text.Sentence;
import org.diplograph.text.Token;
import org.diplograph.text.Tokenizer;

/**
 * The lexicon-driven extractor: reporting cues → speakers (ordered rules) → claims. Statements without a
 * diplomatic claim are dropped, as the annotation guideline asks.
 */
public final class RuleExtractor implements Extractor {
    public static final String VERSION = "0.1.0";
    private static final Set<String> COMPLEMENTISERS = Set.of("ان", "بان", "انه", "انها", "انهم", ":", "\"",
            "لان");
    /** Complementisers carrying the subject pronoun of the verb after them (إنه أبلغ: that he informed). */
    private static final Set<String> PRONOUN_COMPLEMENTISERS = Set.of("انه", "انها", "انهم", "بانه", "بانها", "بانهم");
    /** Words that open an adjunct after an English cue ("…, X said in an interview"): the content came before. */
    private static final Set<String> EN_ADJUNCT_STARTS = Set.of("in", "at", "on", "during", "after", "before", "while",
            "when", "to", "from", ".", ",", "\"", "'");
    private static final Set<String> NOISE_STARTS = Set.of("اقرا", "read", "تابع", "شاهد", "المصدر", "source");
    /** Words that introduce a related headline inside a body (قد يهمك/، اقرأ أيضا:، Read also:), folded. */
    private static final Set<String> LEAD_INS = Set.of("قد", "يهمك", "اقرا", "ايضا", "المزيد", "للمزيد", "شاهد", "read",
            "also", "more", "/", ":", "-", "|");

    private final LexiconMatcher matcher;
    private final SpeakerFinder speakers;
    private final ClaimFinder claims = new ClaimFinder();
    private final CandidateProposer proposer;
    private final LinearModel model;

    private final boolean explaining;

    private RuleExtractor(Lexicon lexicon, LinearModel model) {
        this.matcher = new LexiconMatcher(lexicon);
        this.speakers = new SpeakerFinder(new PersonIndex(lexicon));
        this.proposer = new CandidateProposer(speakers);
        this.model = model;
        this.explaining = false;
    }

    private RuleExtractor(RuleExtractor base, boolean explaining) {
        this.matcher = base.matcher;
        this.speakers = base.speakers;
        this.proposer = base.proposer;
        this.model = base.model;
        this.explaining = explaining;
    }

    /** The same extractor, whose output also lists every candidate weighed with its features (for --explain). */
    public RuleExtractor explaining() {
        return new RuleExtractor(this, true);
    }

    /** The extractor with the bundled attribution model ({@link AttributionModels#bundled()}). */
    public static RuleExtractor create(Lexicon lexicon) {
        return new RuleExtractor(lexicon, AttributionModels.bundled());
    }

    /**
     * The extractor with a given attribution model, or with none: then a candidate is kept exactly when it carries
     * a claim (the rules alone, as before the model).
     */
    public static RuleExtractor create(Lexicon lexicon, LinearModel model) {
        return new RuleExtractor(lexicon, model);
    }

    @Override
    public String name() { return "rules"; }

    @Override
    public String version() { return VERSION; }

    @Override
    public ArticleExtraction extract(Article article) {
        List<Statement> kept = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Proposal p : propose(article)) {
            if (p.accepted()) kept.add(p.statement());
            if (explaining) candidates.add(p.toCandidate(model));
        }
        return new ArticleExtraction(article, kept, List.of(), candidates);
    }

    /**
     * Every reporting cue of the article with the shape of its context (two word classes before, four after), for
     * coverage reports.
     */
    public List<CueOccurrence> cueOccurrences(Article article) {
        ArticleAnalysis a = new ArticleAnalysis(article, matcher);
        List<CueOccurrence> out = new ArrayList<>();
        for (int i = 0; i < a.tokens.size(); i++) {
            Match m = a.cue(i);
            if (m == null) continue;
            StringBuilder shape = new StringBuilder();
            for (int j = i - 2; j < i; j++) shape.append(AttributionFeatures.wordClass(a, j)).append(' ');
            shape.append("| CUE |");
            for (int j = m.endToken(); j < m.endToken() + 4; j++) shape.append(' ').append(AttributionFeatures.wordClass(a, j));
            out.add(new CueOccurrence(m.first(Entry.Cue.class).id(), m.first(Entry.Cue.class).form().name(),
                    a.text.toOriginal(m.start(), m.end()), shape.toString()));
            i = m.endToken() - 1;
        }
        return out;
    }

    /**
     * Every candidate statement of the article, judged: the rules propose a speaker for each cue (and for quotations
     * that go on), the claims of its content are found, and the model weighs the candidate's features. With no
     * model, a candidate is accepted when it has a claim.
     */
    public List<Proposal> propose(Article article) {
        ArticleAnalysis a = new ArticleAnalysis(article, matcher);
        List<Statement> out = new ArrayList<>();
        List<List<String>> features = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();   // candidates of one cue share a group; at most one is kept
        Discourse discourse = new Discourse();
        speakers.mentions(a, discourse);
        List<String> pair = salientPair(a);
        Found quoting = null;      // the speaker of a quotation still open at the end of the previous sentence
        int quotedSentences = 0, quotingParagraph = -1, lastParagraph = -1;
        for (Sentence s : a.sentences) {
            int sFrom = s.tokens().get(0).index(), sTo = sFrom + s.tokens().size();
            Statement headline = headline(a, sFrom, sTo, discourse, pair, s.index());
            if (headline != null) {
                // نتنياهو: إيران تجاوزت الخط الأحمر — a line (a related headline included) that is one statement
                out.add(headline);
                features.add(AttributionFeatures.local(a, headline, null, sFrom, sTo, s.index(), List.of("headline-line")));
                groups.add(groups.size());
                quoting = null;
                continue;
            }
            if (isNoise(a, sFrom, sTo)) { quoting = null; continue; }
            boolean oddQuotes = quoteCount(a, sFrom, sTo) % 2 == 1;
            // a quotation left open goes on in the same paragraph, or in a new one that opens with a quote mark
            if (quoting != null && s.paragraph() != quotingParagraph && !a.is(sFrom, "\"")) quoting = null;
            // a paragraph that opens a quotation left open, right after a statement, quotes its speaker
            // (X spoke about …¶“…, which the EU welcomes. …): the cues inside it are quoted, not new statements
            boolean quotedParagraph = false;
            if (quoting == null && oddQuotes && a.is(sFrom, "\"") && s.paragraph() != lastParagraph) {
                Found previous = discourse.last(Gender.UNKNOWN, s.index(), 1, false);
                if (previous != null) {
                    quoting = previous;
                    quotedParagraph = true;
                    quotedSentences = 0;
                }
            }
            lastParagraph = s.paragraph();
            if (quoting != null && (quotedParagraph || !hasAttributedCue(a, sFrom, sTo, s.index(), discourse))) {
                Entry.Cue neutral = new Entry.Cue("quote", Act.ASSERT, Stance.NEUTRAL, Entry.CueForm.FINITE,
                        quoting.gender(), false);
                List<Claim> cl = claims.find(a, sFrom, sTo, quoting.speaker(), neutral, pair, Set.of());
                Statement st = new Statement(quoting.speaker(), null, null, a.span(sFrom, sTo), cl, "quote-continuation");
                out.add(st);
                features.add(AttributionFeatures.local(a, st, null, sFrom, sTo, s.index(), List.of()));
                groups.add(groups.size());
                quotingParagraph = s.paragraph();
                if ((oddQuotes && !quotedParagraph) || ++quotedSentences > 8) quoting = null;
                continue;
            }
            quoting = null;
            List<Match> cues = new ArrayList<>();
            for (int i = sFrom; i < sTo; i++) {
                Match m = a.cue(i);
                if (m != null && m.first(Entry.Cue.class).form() == Entry.CueForm.FINITE) cues.add(m);
            }
            List<Found> found = new ArrayList<>();
            List<Match> used = new ArrayList<>();
            List<List<Found>> alternatives = new ArrayList<>();
            List<Boolean> inContent = new ArrayList<>();
            int reported = Integer.MAX_VALUE; // where the content of the first statement starts (after إن/أن)
            for (Match cue : cues) {
                if (!found.isEmpty() && cue.startToken() < found.get(found.size() - 1).to()) continue;
                // a cue inside a quotation opened after an earlier cue of this sentence is quoted, not a new statement
                if (!found.isEmpty() && quoteCount(a, used.get(used.size() - 1).endToken(), cue.startToken()) % 2 == 1) continue;
                // "… إنه أبلغ الرئيس التركي": after a complementiser with a pronoun the verb's subject is that pronoun,
                // the speaker already found; what follows the verb is its object
                if (!found.isEmpty() && cue.startToken() >= reported && PRONOUN_COMPLEMENTISERS.contains(
                        a.token(cue.startToken() - 1) == null ? "" : a.token(cue.startToken() - 1).text())) continue;
                // وجدد رفض السعودية …: a cue right after another cue is its object (a verbal noun), not a verb of its own
                if (a.cue(cue.startToken() - 1) != null) continue;
                Found f = speakers.find(a, cue, sFrom, sTo, s.index(), discourse);
                if (f != null && f.rule() == null) f = null;
                List<Found> alts = new ArrayList<>(proposer.alternatives(a, cue, f, sFrom, sTo, discourse));
                if (f == null) {
                    if (alts.isEmpty()) continue;
                    f = alts.remove(0);
                    // "قال مسؤول …، رفض الكشف عن اسمه، إن …": a proposed speaker already speaking in this sentence goes
                    // on with the same statement; a later cue must not cut its content
                    if (!found.isEmpty() && AttributionFeatures.key(f.speaker())
                            .equals(AttributionFeatures.key(found.get(found.size() - 1).speaker()))) continue;
                }
                // "X said that Y discussed …": a subject–verb cue inside reported content is reported, not a statement
                if (cue.startToken() >= reported && f.rule().contains("subject-verb")) continue;
                // a verb without subject inside the reported content of the same speaker is part of that content
                if (cue.startToken() >= reported && f.rule().endsWith("continuation")
                        && f.speaker().equals(found.get(found.size() - 1).speaker())) continue;
                if (found.isEmpty())
                    reported = a.arabic ? complement(a, f.to() > cue.endToken() ? f.to() : cue.endToken(), sTo)
                            : Math.max(cue.endToken(), f.to());
                inContent.add(cue.startToken() >= reported);
                found.add(f);
                used.add(cue);
                alternatives.add(alts);
                discourse.add(f, s.index());
            }
            if (found.isEmpty() && a.arabic) {
                // a participle (قائلا إن) after a main verb that is no reporting cue: the clause's subject speaks
                for (int i = sFrom; i < sTo && found.isEmpty(); i++) {
                    Match m = a.cue(i);
                    if (m == null || m.first(Entry.Cue.class).form() != Entry.CueForm.PARTICIPLE) continue;
                    Found f = speakers.participleSubject(a, m, sFrom, discourse);
                    if (f == null) continue;
                    found.add(f.at(f.from(), m.endToken()));
                    used.add(m);
                    alternatives.add(List.of());
                    inContent.add(false);
                    discourse.add(f, s.index());
                }
            }
            if (a.arabic) {
                // إعلان المبعوث الأممي، مارتن غريفيث، أن …: a verbal noun before every other statement of the sentence
                int before = used.isEmpty() ? sTo : Math.min(used.get(0).startToken(),
                        found.get(0).from() >= 0 ? found.get(0).from() : sTo);
                for (int i = sFrom; i < before; i++) {
                    Match m = a.cue(i);
                    if (m == null || m.first(Entry.Cue.class).form() != Entry.CueForm.VERBAL_NOUN) continue;
                    Found f = speakers.verbalNoun(a, m, sTo, discourse);
                    if (f == null || f.to() > before) continue;
                    found.add(0, f);
                    used.add(0, m);
                    alternatives.add(0, List.of());
                    inContent.add(0, false);
                    discourse.add(f, s.index());
                    break;
                }
            }
            for (int n = 0; n < found.size(); n++) {
                Found f = found.get(n);
                Match cue = used.get(n);
                int segStart = n == 0 ? sFrom : Math.max(used.get(n).startToken(), found.get(n - 1).to() < 0 ? sFrom : found.get(n - 1).to());
                if (n > 0) segStart = Math.max(segStart, used.get(n - 1).endToken());
                int segEnd = n + 1 < found.size() ? Math.min(used.get(n + 1).startToken(),
                        found.get(n + 1).from() >= 0 ? found.get(n + 1).from() : sTo) : sTo;
                if (segEnd <= segStart) segEnd = sTo;
                Entry.Cue cueEntry = cue.first(Entry.Cue.class);
                if (cueEntry.relay() && f.to() >= 0 && sTo - f.to() <= 2 && cue.startToken() > segStart + 2) {
                    // "…, بحسب والستروم." / "…, according to X.": the content comes before the relay
                    segEnd = cue.startToken();
                } else {
                if (a.arabic && f.to() >= 0 && f.to() >= cue.endToken()) segStart = complement(a, Math.max(segStart, f.to()), segEnd);
                else if (a.arabic && f.from() < 0) segStart = complement(a, Math.max(segStart, cue.endToken()), segEnd);
                // "In a joint statement after signing the agreement, Tehran and Riyadh highlighted the need …": with
                // the speaker before the verb and words after it, the content follows the verb; what precedes the
                // speaker is circumstance
                else if (!a.arabic && f.from() >= 0 && f.to() <= cue.startToken() && segEnd - cue.endToken() >= 3
                        && !EN_ADJUNCT_STARTS.contains(a.token(cue.endToken()).text()))
                    segStart = Math.max(segStart, cue.endToken());
                }
                // "«نحن ندعم الحوار …»، قال لافروف.": an Arabic verb late in its sentence, after a comma or a closing
                // quote, with nothing said after the speaker: what was said comes before the verb
                if (a.arabic && n == 0 && words(a, Math.max(segStart, f.to()), segEnd) < 2
                        && cue.startToken() - sFrom >= 3 && (a.is(cue.startToken() - 1, "،")
                        || a.is(cue.startToken() - 1, ",") || a.is(cue.startToken() - 1, "\""))) {
                    segStart = sFrom;
                    segEnd = cue.startToken();
                }
                Entry.Cue c = cue.first(Entry.Cue.class);
                List<Claim> cl = claims.find(a, segStart, segEnd, f.speaker(), c, pair, cueAndSpeaker(cue, f));
                // an empty content (the speaker phrase ran to the end): the statement's span is its sentence
                Span whole = segEnd > segStart ? a.span(segStart, segEnd) : a.span(sFrom, sTo);
                Span cueSpan = a.text.toOriginal(cue.start(), cue.end());
                Statement st = new Statement(f.speaker(), a.original(cue), cueSpan, whole, cl, f.rule());
                List<Found> alts = alternatives.get(n);
                // what the cue's candidates share: how many there are, whether the cue stands in reported content
                List<String> ofCue = new ArrayList<>();
                ofCue.add("alternatives=" + Math.min(alts.size(), 3));
                if (inContent.get(n)) ofCue.add("cue-in-content");
                if (n > 0) ofCue.add("later-cue");
                List<String> context = new ArrayList<>(AttributionFeatures.around(a, f.from(), f.to()));
                context.addAll(ofCue);
                int group = groups.size();
                out.add(st);
                features.add(AttributionFeatures.local(a, st, cue, segStart, segEnd, s.index(), context));
                groups.add(group);
                for (Found alt : alts) {
                    List<Claim> altClaims = claims.find(a, segStart, segEnd, alt.speaker(), c, pair, cueAndSpeaker(cue, alt));
                    Statement as = new Statement(alt.speaker(), a.original(cue), cueSpan, whole, altClaims, alt.rule());
                    List<String> altContext = new ArrayList<>(AttributionFeatures.around(a, alt.from(), alt.to()));
                    altContext.addAll(ofCue);
                    altContext.add("alternative-to=" + AttributionFeatures.family(f.rule()));
                    out.add(as);
                    features.add(AttributionFeatures.local(a, as, cue, segStart, segEnd, s.index(), altContext));
                    groups.add(group);
                }
                Found also = speakers.coordinated(a, f, cue, sFrom, sTo);
                List<Found> coordinated = new ArrayList<>();
                if (also != null) coordinated.add(also);
                for (Found more : proposer.coordinatedAfter(a, f, sTo))
                    if (coordinated.stream().noneMatch(x -> x.speaker().equals(more.speaker()))) coordinated.add(more);
                for (Found co : coordinated) {
                    Statement cs = new Statement(co.speaker(), a.original(cue), cueSpan, whole, cl, co.rule());
                    List<String> coContext = new ArrayList<>(AttributionFeatures.around(a, co.from(), co.to()));
                    coContext.add("coordinated");
                    out.add(cs);
                    features.add(AttributionFeatures.local(a, cs, cue, segStart, segEnd, s.index(), coContext));
                    groups.add(groups.size());
                    discourse.add(co, s.index());
                }
            }
            if (!found.isEmpty() && oddQuotes) {
                quoting = found.get(found.size() - 1);
                quotedSentences = 0;
                quotingParagraph = s.paragraph();
            }
        }
        List<Statement> cleaned = new ArrayList<>(out.size());
        for (Statement st : out) {
            Speaker sp = linked(SpeakerNames.clean(st.speaker()));
            cleaned.add(sp == st.speaker() ? st : new Statement(sp, st.cue(), st.cueSpan(), st.span(), st.claims(), st.ruleId()));
        }
        List<Statement> consolidated = SpeakerNames.consolidate(sameNames(statesThroughMinistries(resolveRoles(cleaned))));
        // a "name" with no word of three letters (لـ، ال) is a stray clitic, not a speaker
        List<Statement> named = new ArrayList<>();
        List<List<String>> kept = new ArrayList<>();
        List<Integer> keptGroups = new ArrayList<>();
        for (int n = 0; n < consolidated.size(); n++) {
            if (!SpeakerNames.isWordless(consolidated.get(n).speaker())) {
                named.add(consolidated.get(n));
                kept.add(features.get(n));
                keptGroups.add(groups.get(n));
            }
        }
        features = kept;
        groups = keptGroups;
        List<List<String>> all = AttributionFeatures.withArticle(named, features, article.title(), pair);
        if (model != null) return AttributionDecision.decide(named, all, groups, model);
        List<Proposal> proposals = new ArrayList<>(named.size());
        for (int n = 0; n < named.size(); n++) {
            Statement st = named.get(n);
            // without a model: the rules' own choice for each cue, kept when it has a claim (as before the model)
            boolean keep = !st.claims().isEmpty() && !st.ruleId().startsWith("cand.");
            proposals.add(new Proposal(st, all.get(n), groups.get(n), Double.NaN, List.of(), Double.NaN, keep));
        }
        return proposals;
    }

    /**
     * One name per speaker in an article: an institution named "وزارة الخارجية الأمريكية" once and "الخارجية
     * الأمريكية" later, a curated person named in full and then by surname, a state by two of its names — each gets
     * the longest name the article used for it.
     */
    static List<Statement> sameNames(List<Statement> statements) {
        Map<String, String> longest = new HashMap<>();
        for (Statement st : statements) {
            String key = identity(st.speaker());
            if (key != null && st.speaker().name() != null)
                longest.merge(key, st.speaker().name(), (x, y) -> y.length() > x.length() ? y : x);
        }
        List<Statement> out = new ArrayList<>();
        for (Statement st : statements) {
            Speaker sp = st.speaker();
            String key = identity(sp);
            String name = key == null ? null : longest.get(key);
            if (name == null || name.equals(sp.name())) { out.add(st); continue; }
            Speaker renamed = new Speaker(name, sp.nameEn(), sp.type(), sp.country(), sp.org(), sp.role(),
                    sp.type() == SpeakerType.INSTITUTION ? name : sp.institution(), sp.institutionKind(), sp.entityId(),
                    sp.wikidata());
            out.add(new Statement(renamed, st.cue(), st.cueSpan(), st.span(), st.claims(), st.ruleId()));
        }
        return out;
    }

    /** What makes two speakers of one article the same one, or null when only their names can tell. */
    private static String identity(Speaker sp) {
        if (sp.entityId() != null) return sp.entityId();
        return switch (sp.type()) {
            case INSTITUTION -> sp.institutionKind() == null ? null
                    : "institution/" + sp.country() + "/" + sp.org() + "/" + sp.institutionKind();
            case STATE -> sp.country() == null ? null : "state/" + sp.country();
            case UNNAMED -> "unnamed/" + sp.country() + "/" + sp.org() + "/" + sp.role() + "/" + sp.institutionKind();
            default -> null;
        };
    }

    /**
     * A state speaking in an article where exactly one of its governing institutions (foreign ministry, presidency,
     * government …) also speaks ("Sudan announced …", "the Sudanese foreign ministry said …") speaks through that
     * institution: one speaker, as annotators merge them.
     */
    static List<Statement> statesThroughMinistries(List<Statement> statements) {
        Map<String, Set<Speaker>> institutions = new HashMap<>();
        for (Statement st : statements) {
            Speaker sp = st.speaker();
            if (sp.type() == SpeakerType.INSTITUTION && sp.country() != null && sp.org() == null
                    && sp.institutionKind() != null && SpeakerPhrase.STATE_INSTITUTIONS.contains(sp.institutionKind()))
                institutions.computeIfAbsent(sp.country(), k -> new HashSet<>()).add(sp);
        }
        List<Statement> out = new ArrayList<>();
        for (Statement st : statements) {
            Speaker sp = st.speaker();
            Set<Speaker> same = sp.type() == SpeakerType.STATE ? institutions.get(sp.country()) : null;
            if (same == null || same.size() != 1) { out.add(st); continue; }
            out.add(new Statement(same.iterator().next(), st.cue(), st.cueSpan(), st.span(), st.claims(),
                    st.ruleId() + "+state-institution"));
        }
        return out;
    }

    /**
     * Article-level coreference of roles: an unnamed speaker ("a Chinese government spokesperson") and exactly one
     * named person of the same role whose state is the same or unknown ("Zhu Fenglian, spokesperson for …") are one
     * speaker; the person takes the state the unnamed mention gave.
     */
    static List<Statement> resolveRoles(List<Statement> statements) {
        List<Speaker> named = statements.stream().map(Statement::speaker)
                .filter(sp -> sp.type() == SpeakerType.PERSON && sp.name() != null && sp.role() != null).distinct().toList();
        Map<Speaker, Speaker> replace = new HashMap<>();
        for (Statement st : statements) {
            Speaker u = st.speaker();
            if (u.type() != SpeakerType.UNNAMED || u.role() == null || replace.containsKey(u)) continue;
            List<Speaker> same = named.stream().filter(n -> n.role() == u.role()
                    && (n.country() == null || n.country().equals(u.country()))
                    && (n.org() == null || n.org().equals(u.org()))).map(Speaker::name).distinct()
                    .map(name -> named.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow()).toList();
            if (same.size() != 1) continue;
            Speaker n = same.get(0);
            Speaker merged = new Speaker(n.name(), n.nameEn(), n.type(), n.country() != null ? n.country() : u.country(),
                    n.org() != null ? n.org() : u.org(), n.role(), n.institution() != null ? n.institution() : u.institution(),
                    n.institutionKind() != null ? n.institutionKind() : u.institutionKind(), n.entityId(), n.wikidata());
            replace.put(u, merged);
            for (Speaker other : named) if (other.name().equals(n.name())) replace.put(other, merged);
        }
        if (replace.isEmpty()) return statements;
        List<Statement> out = new ArrayList<>();
        for (Statement st : statements) {
            Speaker sp = replace.getOrDefault(st.speaker(), st.speaker());
            out.add(sp == st.speaker() ? st : new Statement(sp, st.cue(), st.cueSpan(), st.span(), st.claims(),
                    st.ruleId() + "+role-coreference"));
        }
        return out;
    }

    /**
     * Where the reported content starts after an Arabic speaker: at إن/أن/: or an opening quote when one comes
     * within a few words, so circumstantial phrases (في مؤتمر صحفي مع نظيره …) are not read as claims.
     */
    private static int complement(ArticleAnalysis a, int from, int to) {
        for (int i = from; i < Math.min(to, from + 10); i++) {
            Token t = a.token(i);
            // a quote opens the content only right after the speaker or a colon; later it quotes a word of the object
            boolean quote = t.is("\"") && (i - from <= 1 || a.is(i - 1, ":"));
            if (quote || (!t.is("\"") && COMPLEMENTISERS.contains(t.text()))) return i;
            if (a.relation(i) != null && !a.is(i - 1, "في") && !a.is(i - 1, "خلال")) return from;
            // a named actor before any complementiser is the object of the verb (اتهم … النظام الإيراني بـ)
            if (a.name(i) != null && a.name(i).first(Entry.Name.class).entity().participantCode() != null
                    && !a.is(i - 1, "مع") && !a.is(i - 1, "في") && !a.is(i - 1, "لدى") && !a.is(i - 1, "لدي")) return from;
        }
        return from;
    }

    /** The tokens of the cue and of the speaker phrase: no claim is read from them. */
    private static Set<Integer> cueAndSpeaker(Match cue, Found speaker) {
        Set<Integer> tokens = new HashSet<>();
        for (int i = cue.startToken(); i < cue.endToken(); i++) tokens.add(i);
        if (speaker.from() >= 0) for (int i = speaker.from(); i < speaker.to(); i++) tokens.add(i);
        return tokens;
    }

    /** The word tokens in {@code [from, to)}. */
    private static int words(ArticleAnalysis a, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < to && i < a.tokens.size(); i++) if (a.token(i).word()) n++;
        return n;
    }

    /** True when the sentence has a reporting cue whose speaker can be found (a new statement starts). */
    private boolean hasAttributedCue(ArticleAnalysis a, int sFrom, int sTo, int sentence, Discourse d) {
        for (int i = sFrom; i < sTo; i++) {
            Match m = a.cue(i);
            if (m == null || m.first(Entry.Cue.class).form() != Entry.CueForm.FINITE) continue;
            Found f = speakers.find(a, m, sFrom, sTo, sentence, d);
            if (f != null && f.rule() != null && !f.rule().endsWith("continuation")) return true;
        }
        return false;
    }

    private static int quoteCount(ArticleAnalysis a, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (a.is(i, "\"")) n++;
        return n;
    }

    /** "Read also" lines, source lines and app promotions carry no statements of this article. */
    /**
     * The statement of a headline-style line: after an optional lead-in (قد يهمك/، اقرأ أيضا:), a speaker phrase,
     * a colon and at least three words said; null when the line is not one.
     */
    private Statement headline(ArticleAnalysis a, int sFrom, int sTo, Discourse d, List<String> pair, int sentence) {
        int start = sFrom;
        while (start < sTo && start - sFrom < 4 && LEAD_INS.contains(a.token(start).text())) start++;
        int colon = -1;
        for (int i = start + 1; i < Math.min(sTo, start + 9); i++) if (a.is(i, ":")) { colon = i; break; }
        if (colon < 0 || sTo - colon - 1 < 3) return null;
        Found f = speakers.headline(a, start, colon, d);
        if (f == null) return null;
        Entry.Cue said = new Entry.Cue("headline", Act.ASSERT, Stance.NEUTRAL, Entry.CueForm.FINITE, Gender.UNKNOWN, false);
        List<Claim> cl = claims.find(a, colon + 1, sTo, f.speaker(), said, pair, Set.of());
        d.add(f, sentence);
        return new Statement(f.speaker(), a.original(colon, colon + 1), a.span(colon, colon + 1), a.span(colon + 1, sTo),
                cl, f.rule());
    }

    private static boolean isNoise(ArticleAnalysis a, int from, int to) {
        Token t = a.token(from);
        return t != null && NOISE_STARTS.contains(t.text()) && to - from < 12;
    }

    /**
     * The two states the article is about, for "the two countries" / البلدين: the two most named states of the
     * headline (weighted) and the first three sentences, else of the whole article.
     */
    private List<String> salientPair(ArticleAnalysis a) {
        Map<String, Integer> lead = new HashMap<>(), all = new HashMap<>();
        // the headline names what the article is about: its states count three times in the lead
        if (a.article.title() != null) {
            NormalizedText title = NormalizedText.of(a.article.title());
            List<Token> tt = Tokenizer.tokenize(title.text());
            for (Match m : matcher.matchAll(title, tt, 0, tt.size(), e -> e instanceof Entry.Name)) {
                Entity e = m.first(Entry.Name.class).entity();
                Token before = m.startToken() > 0 ? tt.get(m.startToken() - 1) : null;
                if (e.kind() == Entity.Kind.STATE && !ClaimFinder.isPlace(m, before)) lead.merge(e.code(), 3, Integer::sum);
            }
        }
        int leadEnd = a.sentences.size() > 3 ? a.sentences.get(3).tokens().get(0).index() : a.tokens.size();
        for (int i = 0; i < a.tokens.size(); i++) {
            Match m = a.name(i);
            if (m == null) continue;
            Entity e = m.first(Entry.Name.class).entity();
            // talks in Baghdad are not about Iraq: a capital named as a place does not count
            if (e.kind() != Entity.Kind.STATE || ClaimFinder.isPlace(m, a.token(i - 1))) continue;
            all.merge(e.code(), 1, Integer::sum);
            if (i < leadEnd) lead.merge(e.code(), 1, Integer::sum);
            i = m.endToken() - 1;
        }
        Map<String, Integer> use = lead.size() >= 2 ? lead : all;
        return use.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).map(Map.Entry::getKey).toList();
    }

    /** An unknown person whose name is a curated person's in another spelling (هيذر ناورت: Heather Nauert) is that person. */
    private Speaker linked(Speaker sp) {
        if (sp.type() != SpeakerType.PERSON || sp.entityId() != null) return sp;
        Entity e = speakers.persons().bySpelling(sp.name());
        return e == null ? sp : SpeakerPhrase.personSpeaker(sp.name(), e, null, null, null);
    }
}
