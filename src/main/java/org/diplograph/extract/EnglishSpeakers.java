package org.diplograph.extract;

import static org.diplograph.extract.SpeakerPhrase.STATEMENT_NOUNS;
import static org.diplograph.extract.SpeakerPhrase.foldedWords;
import static org.diplograph.extract.SpeakerPhrase.localKind;
import static org.diplograph.extract.SpeakerPhrase.personSpeaker;
import static org.diplograph.extract.SpeakerPhrase.unknownName;

import java.util.Map;
import java.util.Set;
import org.diplograph.gazetteer.Entity;
import org.diplograph.gazetteer.Entry;
import org.diplograph.gazetteer.Gender;
import org.diplograph.gazetteer.Match;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;
import org.diplograph.text.Token;

/**
 * The English attribution rules, tried in order: "according to X", "he/she added", "the statement said",
 * "X said" (over asides and an apposition: "X, the spokesman of Y, said"), and "said X" after a quote or a comma.
 * Also a second, coordinated subject ("Tehran and Riyadh called …").
 */
final class EnglishSpeakers {
    private static final Set<String> EN_TITLE_ADJECTIVES = Set.of("chief", "top", "senior", "main",
            "former", "new", "acting", "outgoing", "incoming");
    private static final Set<String> EN_VERB_ADJUNCTS = Set.of("also", "has", "have", "had", "was", "were", "is", "will",
            "would", "again", "later", "earlier", "then", "previously", "separately", "reportedly", "once", "today",
            "yesterday", "tonight", "recently", "further");
    private static final Set<String> EN_DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");
    /** Words that may end an English organisation's name after a known part: "the AU Commission". */
    private static final Set<String> EN_ORG_TAILS = Set.of("commission", "ministry", "government", "office", "council",
            "secretariat", "department", "administration", "presidency", "mission", "embassy", "delegation");
    /** Time and place phrases that may stand between an English subject and its verb: "X, on Saturday, said". */
    private static final Set<String> EN_ASIDE_STARTS = Set.of("on", "in", "at", "earlier", "later", "last", "this",
            "speaking", "during", "after", "while");
    private static final Map<String, Gender> EN_PRONOUNS = Map.of("he", Gender.MASCULINE, "she", Gender.FEMININE,
            "they", Gender.PLURAL, "we", Gender.UNKNOWN, "i", Gender.UNKNOWN);

    private final PersonIndex persons;

    EnglishSpeakers(PersonIndex persons) {
        this.persons = persons;
    }

    /** The speaker of the finite cue {@code cue} (entry {@code c}) in sentence {@code [sFrom, sTo)}, or null. */
    Found find(ArticleAnalysis a, Match cue, Entry.Cue c, int sFrom, int sTo, int sentence, Discourse d) {
        int k = cue.endToken();
        if (c.relay()) {
            SpeakerPhrase p = englishPhrase(a, k, sTo, d);
            Found f = p == null ? null : p.toFound(a, Gender.UNKNOWN, d, persons);
            return f == null ? null : f.withRule("en.according-to");
        }
        // "he said", "she added"
        int b = cue.startToken() - 1;
        if (b >= sFrom && EN_PRONOUNS.containsKey(a.token(b).text())) {
            if (a.is(b, "we") || a.is(b, "i")) return null;
            Found f = d.last(EN_PRONOUNS.get(a.token(b).text()), sentence, 8, true);
            return f == null ? null : f.at(b, b + 1).withRule("en.pronoun");
        }
        if (b >= sFrom && STATEMENT_NOUNS.contains(a.token(b).text())) {
            Found f = d.lastIssuer(sentence, 10);
            return f == null ? null : f.at(b, b + 1).withRule("en.statement-subject");
        }
        // "X said" with the subject before the cue: scan back over a name, an apposition between commas, a title
        Found before = englishBefore(a, cue, sFrom, d);
        if (before != null) return before;
        // "said X", "said the Russian Foreign Ministry": only after a quote or a comma ('"…," said X'), since
        // elsewhere what follows "said" is the content ("said Pakistan has been …")
        int prev = cue.startToken() - 1;
        if (prev < sFrom || !(a.is(prev, ",") || a.is(prev, "\"") || a.is(prev, "'"))) return null;
        SpeakerPhrase p = englishPhrase(a, k, sTo, d);
        if (p != null) {
            Found f = p.toFound(a, Gender.UNKNOWN, d, persons);
            if (f != null) return f.withRule("en.verb-subject" + p.ruleSuffix());
        }
        return null;
    }

    /** A second subject coordinated before the one found: "Tehran and Riyadh called …". Null when there is none. */
    Found coordinated(ArticleAnalysis a, Found f, Match cue, int sFrom) {
        if (f.from() >= cue.startToken()) return null;
        int and = f.from() - 1;
        if (and - 1 < sFrom || !a.is(and, "and")) return null;
        for (int start = Math.max(sFrom, and - 4); start < and; start++) {
            Match m = a.name(start);
            if (m == null || m.endToken() != and) continue;
            Entity e = m.first(Entry.Name.class).entity();
            Entry.Via via = m.first(Entry.Name.class).via();
            if (e.kind() == Entity.Kind.PERSON)
                return new Found(personSpeaker(a.original(m), e, null, null, null), e.gender(), start, and, "en.coordinated-subject");
            if (e.kind() == Entity.Kind.STATE && via != Entry.Via.DEMONYM)
                return new Found(new Speaker(SpeakerPhrase.stateName(a.original(m), e, via, false), e.labelEn(),
                        SpeakerType.STATE, e.code(), null, null, null, null, e.id(), e.wikidata()), Gender.UNKNOWN, start,
                        and, "en.coordinated-subject");
        }
        return null;
    }

    private Found englishBefore(ArticleAnalysis a, Match cue, int sFrom, Discourse d) {
        Found f = englishBefore(a, withoutAside(a, cue.startToken(), sFrom), sFrom, d);
        if (f != null) return f;
        // "An Iranian official who spoke on condition of anonymity said …": the subject ends before its relative
        // clause
        for (int i = cue.startToken() - 2; i > sFrom && i >= cue.startToken() - 12; i--) {
            if (!a.is(i, "who")) continue;
            int end = a.is(i - 1, ",") ? i - 1 : i;
            Found g = englishSubjectEndingAt(a, end, sFrom, d);
            return g == null ? null : g.withRule("en.subject-relative-verb");
        }
        return null;
    }

    /**
     * Where the subject must end: before the cue, before adverbs and time phrases right before it
     * (on Wednesday "emphatically" rejected), or before an aside between commas (", on Saturday, April 15,").
     */
    private static int withoutAside(ArticleAnalysis a, int end, int sFrom) {
        end = withoutAdverbs(a, end, sFrom);
        if (end - 1 < sFrom || !a.is(end - 1, ",")) return end;
        for (int i = end - 2; i >= Math.max(sFrom, end - 9); i--) {
            if (!a.is(i, ",")) continue;
            if (EN_ASIDE_STARTS.contains(a.token(i + 1).text())) return i;
            // the aside may itself hold a comma (on Saturday, April 15,)
            if (i - 1 >= sFrom) {
                for (int j = i - 1; j >= Math.max(sFrom, i - 5); j--)
                    if (a.is(j, ",") && EN_ASIDE_STARTS.contains(a.token(j + 1).text())) return j;
            }
            return end;
        }
        return end;
    }

    private static int withoutAdverbs(ArticleAnalysis a, int end, int sFrom) {
        int e = end;
        while (e - 1 >= sFrom) {
            Token t = a.token(e - 1);
            String w = t.text();
            boolean adverb = t.is("\"") || t.is("'") || EN_VERB_ADJUNCTS.contains(w) || (t.word() && t.isLatin() && w.endsWith("ly")
                    && w.length() > 4 && !a.capitalised(e - 1));
            if (adverb) { e--; continue; }
            // "on Wednesday", "on April 15"
            if (e - 2 >= sFrom && a.is(e - 2, "on") && (EN_DAYS.contains(w) || t.word() && Character.isDigit(w.charAt(0)))) {
                e -= 2;
                continue;
            }
            if (e - 3 >= sFrom && a.is(e - 3, "on") && Character.isDigit(w.charAt(0))) { e -= 3; continue; }
            break;
        }
        return e;
    }

    private Found englishBefore(ArticleAnalysis a, int end, int sFrom, Discourse d) {
        // skip an apposition: NAME, the spokesman of X, said
        if (end - 1 >= sFrom && a.is(end - 1, ",")) {
            int comma = -1;
            for (int i = end - 2; i >= Math.max(sFrom, end - 20); i--)
                if (a.is(i, ",") || a.is(i, "\"")) { comma = i; break; }
            if (comma > sFrom) {
                int t = comma + 1;
                if (a.is(t, "a") || a.is(t, "an")) t++;
                SpeakerPhrase apposition = englishPhrase(a, t, end - 1, d);
                Found subject = englishSubjectEndingAt(a, comma, sFrom, d);
                if (subject != null) {
                    if (apposition != null && apposition.title != null && subject.speaker().type() == SpeakerType.PERSON) {
                        Speaker s = subject.speaker();
                        subject = new Found(new Speaker(s.name(), s.nameEn(), s.type(),
                                s.country() != null ? s.country() : apposition.country,
                                s.org() != null ? s.org() : apposition.org, apposition.title.role(), s.institution(),
                                apposition.institutionKind != null ? apposition.institutionKind : s.institutionKind(),
                                s.entityId(), s.wikidata()), subject.gender(), subject.from(), end, subject.rule());
                    }
                    return subject.withRule("en.subject-apposition-verb");
                }
            }
        }
        Found f = englishSubjectEndingAt(a, end, sFrom, d);
        return f == null ? null : f.withRule("en.subject-verb");
    }

    /** A speaker phrase ending just before token {@code end}: the longest parse from a start up to 10 tokens back. */
    private Found englishSubjectEndingAt(ArticleAnalysis a, int end, int sFrom, Discourse d) {
        for (int start = Math.max(sFrom, end - 10); start < end; start++) {
            SpeakerPhrase p = englishPhrase(a, start, end, d);
            if (p != null && p.to == end) {
                Found f = p.toFound(a, Gender.UNKNOWN, d, persons);
                if (f != null) return f.at(start, end);
            }
        }
        return null;
    }

    /**
     * An English speaker phrase from token k: [the] [DEMONYM|STATE] [INSTITUTION] [TITLE] [NAME], or
     * [NAME] alone, or a state/organisation/institution.
     */
    SpeakerPhrase englishPhrase(ArticleAnalysis a, int k, int limit, Discourse d) {
        SpeakerPhrase p = new SpeakerPhrase();
        p.from = k;
        int i = k;
        // "…," the ministry said: the ministry that spoke last
        if (i + 1 < limit && a.is(i, "the") && a.is(i + 1, "ministry") && a.name(i) == null) {
            Found inst = d.lastInstitution();
            String kind = inst == null ? null : inst.speaker().institutionKind();
            if (kind != null && kind.endsWith("ministry")) {
                p.to = i + 2;
                p.coreferent = inst;
                return p;
            }
        }
        // "the European Union": the name's match starts at "the"; skip the article only when no name starts there
        if (i < limit && a.is(i, "the") && a.name(i) == null) i++;
        if (i < limit && EN_TITLE_ADJECTIVES.contains(a.token(i).text())) i++; // the chief spokesperson
        boolean host = false;
        for (int steps = 0; i < limit && steps < 8; steps++) {
            Token tok = a.token(i);
            if (tok.is("'") && a.is(i + 1, "s") && i > k) { i += 2; continue; } // Russia's foreign ministry
            if ((tok.is("of") || tok.is("for") || tok.is("'") || tok.is("s")) && p.title != null) { i++; continue; }
            if (tok.is("at") && p.title != null) { i++; continue; }
            if ((tok.is("to") || tok.is("in")) && p.title != null) { host = true; i++; continue; }
            if (tok.is("the") && p.title != null && a.name(i) == null) { i++; continue; }
            Match t = a.title(i);
            if (t != null && p.person == null) {
                p.title = t.first(Entry.Title.class);
                if (p.institutionKind == null) p.institutionKind = p.title.institutionKind();
                i = t.endToken();
                continue;
            }
            Match m = a.name(i);
            if (m != null) {
                Entity e = m.first(Entry.Name.class).entity();
                Entry.Via via = m.first(Entry.Name.class).via();
                i = m.endToken();
                if (host) { host = false; continue; }
                switch (e.kind()) {
                    case PERSON -> { p.person = e; p.personText = a.original(m); p.to = i; return withApposition(a, p, limit, d); }
                    case STATE -> {
                        // the Taiwan Affairs Office: an office about a state, not of it
                        if (a.is(i, "affairs")) continue;
                        if (p.country == null) p.country = e.code();
                        if (p.title == null && p.standalone == null) { p.standalone = e; p.standaloneVia = via; p.standaloneText = a.original(m); }
                    }
                    case ACTOR -> {
                        if (p.org == null) p.org = e.code();
                        if (p.title == null && p.standalone == null) { p.standalone = e; p.standaloneVia = via; p.standaloneText = a.original(m); }
                    }
                    case INSTITUTION_KIND -> {
                        p.institutionKind = localKind(e);
                        if (p.title == null) { p.standalone = e; p.standaloneVia = via; p.standaloneText = a.original(m); }
                    }
                }
                continue;
            }
            break;
        }
        while (i < limit && (p.standalone != null || p.title != null) && EN_ORG_TAILS.contains(a.token(i).text())) i++;
        p.to = i;
        if (p.standalone != null && p.standalone.kind() == Entity.Kind.INSTITUTION_KIND) p.standaloneText = a.original(k, i);
        if (i < limit && a.capitalised(i)) {
            int end = unknownName(a, i, limit);
            if (end > i) {
                String folded = foldedWords(a, i, end);
                Found known = d.bySurname(folded);
                Entity lex = persons.bySurname(folded);
                // "…," Leyva said: a lone surname the article gave in full before (Alvaro Leyva)
                String full = known == null && lex == null && p.title == null && end - i == 1 ? fullName(a, i) : null;
                if (known != null || lex != null || p.title != null || end - i >= 2 || full != null) {
                    if (known != null) {
                        p.personText = known.speaker().name();
                        if (p.title == null) {
                            Speaker s = known.speaker();
                            p.person = new Entity(Entity.Kind.PERSON, s.entityId(),
                                    null, null, s.nameEn(), s.country(), s.org(), s.role(), s.institutionKind(), known.gender(), s.wikidata());
                        }
                    } else if (lex != null) {
                        p.person = lex;
                        p.personText = lex.labelEn();
                    } else {
                        p.personText = full != null ? full : a.original(i, end);
                    }
                    p.to = end;
                    p.standalone = null;
                }
            }
        }
        if (p.title == null && p.standalone == null && p.person == null && p.personText == null) return null;
        if (p.standalone != null && p.standalone.kind() == Entity.Kind.STATE && p.standaloneVia == Entry.Via.DEMONYM)
            return p.title == null ? null : p;
        return p.personText != null ? withApposition(a, p, limit, d) : p;
    }

    /**
     * The full name an English surname at token {@code i} stands for: the longest run of two or three capitalised
     * unknown words ending with the same word elsewhere in the article, first-named first (Alvaro Leyva … Leyva
     * said), or null when the article has none.
     */
    static String fullName(ArticleAnalysis a, int i) {
        String surname = a.token(i).text();
        String best = null;
        for (int j = 1; j < a.tokens.size(); j++) {
            if (j == i || !a.token(j).text().equals(surname) || !a.capitalised(j)) continue;
            int start = j;
            while (start > 0 && j - start < 2 && a.capitalised(start - 1) && a.name(start - 1) == null
                    && a.title(start - 1) == null && a.cue(start - 1) == null
                    && !SpeakerPhrase.EN_STOP.contains(a.token(start - 1).text())) start--;
            if (start == j) continue;
            String run = a.original(start, j + 1);
            if (best == null || run.length() > best.length()) best = run;
        }
        return best;
    }

    /** NAME, [the|a] TITLE of INSTITUTION: takes role, country and institution from the apposition. */
    private SpeakerPhrase withApposition(ArticleAnalysis a, SpeakerPhrase p, int limit, Discourse d) {
        int c = p.to;
        if (p.title != null || c >= limit || !a.is(c, ",")) return p;
        int t = c + 1;
        if (t < limit && (a.is(t, "the") || a.is(t, "a") || a.is(t, "an"))) t++;
        if (t >= limit || a.title(t) == null) return p;
        SpeakerPhrase q = englishPhrase(a, t, limit, d);
        if (q == null || q.title == null || q.personText != null) return p;
        p.title = q.title;
        if (p.country == null) p.country = q.country;
        if (p.org == null) p.org = q.org;
        if (q.institutionKind != null) p.institutionKind = q.institutionKind;
        return p;
    }

    /** The speaker phrase around the title at token {@code i} (the Russian Foreign Minister Sergei Lavrov), or null. */
    SpeakerPhrase phraseAroundTitle(ArticleAnalysis a, int i, int limit, Discourse d) {
        return englishPhrase(a, englishPhraseStart(a, i), limit, d);
    }

    /** Where an English phrase around the title at {@code i} starts: back over a demonym or institution before it. */
    private static int englishPhraseStart(ArticleAnalysis a, int i) {
        int start = i;
        while (start > 0 && start > i - 4) {
            Match m = null;
            for (int j = start - 1; j >= Math.max(0, start - 3) && m == null; j--) {
                Match c = a.name(j);
                if (c != null && c.endToken() == start && c.first(Entry.Name.class).entity().kind() != Entity.Kind.PERSON) m = c;
            }
            if (m == null) break;
            start = m.startToken();
        }
        return start;
    }
}
