package org.diplograph.extract;

import static org.diplograph.extract.SpeakerPhrase.personSpeaker;

import org.diplograph.gazetteer.Entity;
import org.diplograph.gazetteer.Entry;
import org.diplograph.gazetteer.Gender;
import org.diplograph.gazetteer.Match;
import org.diplograph.text.Token;

/**
 * Attribution: finds the speaker of a reporting cue with ordered rules (sieves); the first that matches wins and
 * its id is recorded. Hands each cue to the rules of the article's language: {@link ArabicSpeakers} (verb–subject
 * قالت المتحدثة باسم … ماريا زاخاروفا, subject–verb بيسكوف قال, relays نقلت وكالة … عن …, continuations without a
 * subject وأضاف by gender) or {@link EnglishSpeakers} ("X said", "said X", "according to X", "he/she added",
 * "the minister said").
 */
final class SpeakerFinder {
    private final PersonIndex persons;
    private final ArabicSpeakers arabic;
    private final EnglishSpeakers english;

    SpeakerFinder(PersonIndex persons) {
        this.persons = persons;
        this.arabic = new ArabicSpeakers(persons);
        this.english = new EnglishSpeakers(persons);
    }

    /** The speaker of the finite cue {@code cue} in sentence {@code [sFrom, sTo)}, or null. */
    Found find(ArticleAnalysis a, Match cue, int sFrom, int sTo, int sentence, Discourse d) {
        Entry.Cue c = cue.first(Entry.Cue.class);
        return a.arabic ? arabic.find(a, cue, c, sFrom, sTo, sentence, d) : english.find(a, cue, c, sFrom, sTo, sentence, d);
    }

    /**
     * The speaker of a participle cue (قائلا، مشيرة إلى) in a sentence whose main verb is not a reporting cue:
     * the first person or role named in the clause before it, of agreeing gender.
     */
    Found participleSubject(ArticleAnalysis a, Match participle, int sFrom, Discourse d) {
        return arabic.participleSubject(a, participle, sFrom, d);
    }

    /**
     * A second subject coordinated with the one found: "وزيرا الخارجية السعودي فيصل بن فرحان، والإيراني حسين أمير
     * عبد اللهيان", "Tehran and Riyadh called …". Null when there is none.
     */
    Found coordinated(ArticleAnalysis a, Found f, Match cue, int sFrom, int sTo) {
        if (f.from() < 0) return null;
        return a.arabic ? arabic.coordinated(a, f, cue, sTo) : english.coordinated(a, f, cue, sFrom);
    }

    /** The speaker phrase starting at token i (title, institution, state, name …), or null. */
    SpeakerPhrase phrase(ArticleAnalysis a, int i, int limit, Discourse d) {
        return a.arabic ? arabic.phrase(a, i, limit, d) : english.englishPhrase(a, i, limit, d);
    }

    /**
     * The speaker of a headline-style line "SPEAKER: what was said" (نتنياهو: إيران تجاوزت الخط الأحمر; "Lavrov:
     * …"): a speaker phrase filling tokens {@code [from, colon)} exactly, or null.
     */
    Found headline(ArticleAnalysis a, int from, int colon, Discourse d) {
        if (colon - from < 1 || colon - from > 8) return null;
        SpeakerPhrase p = phrase(a, from, colon, d);
        if (p == null || p.to != colon) return null;
        Found f = p.toFound(a, Gender.UNKNOWN, d, persons);
        return f == null ? null : f.at(from, colon).withRule((a.arabic ? "ar" : "en") + ".headline-colon");
    }

    /**
     * The speaker of an Arabic verbal noun cue (إعلان مبعوث الأمم المتحدة، مارتن غريفيث، أن …; ترحيب مصر بالاتفاق):
     * the speaker phrase right after it, when what was said follows — a complementiser or colon within a few words,
     * or, for a noun of attitude, its object with ب or ل right after the phrase. Null otherwise: the noun is then
     * what someone else speaks about (رفض تصريحات الوزير).
     */
    Found verbalNoun(ArticleAnalysis a, Match noun, int sTo, Discourse d) {
        if (!a.arabic) return null;
        SpeakerPhrase p = arabic.phrase(a, noun.endToken(), sTo, d);
        if (p == null || p.to <= noun.endToken()) return null;
        Entry.Cue c = noun.first(Entry.Cue.class);
        boolean attitude = c.stance() != org.diplograph.model.Stance.NEUTRAL;
        boolean said = false;
        for (int j = p.to; j < Math.min(sTo, p.to + 8) && !said; j++) {
            Token t = a.token(j);
            if (VERBAL_NOUN_CONTENT.contains(t.text())) said = true;
            else if (attitude && j - p.to <= 1 && t.word() && t.text().length() > 3
                    && (t.text().startsWith("ب") || t.text().startsWith("ل"))) said = true;
            else if (a.cue(j) != null || a.relation(j) != null || a.stance(j) != null) break;
        }
        if (!said) return null;
        Found f = p.toFound(a, Gender.UNKNOWN, d, persons);
        return f == null ? null : f.withRule("ar.verbal-noun");
    }

    /** Words that open what a verbal noun's speaker said (folded). */
    private static final java.util.Set<String> VERBAL_NOUN_CONTENT = java.util.Set.of("ان", "بان", "انه", "انها",
            "بانه", "بانها", "انهم", ":");

    PersonIndex persons() { return persons; }

    /** Persons named anywhere in the article with a title (وزير الخارجية … مارغو والستروم), for later surnames. */
    void mentions(ArticleAnalysis a, Discourse d) {
        for (int i = 0; i < a.tokens.size(); i++) {
            Match m = a.name(i);
            if (m != null && m.first(Entry.Name.class).entity().kind() == Entity.Kind.PERSON) {
                Entity e = m.first(Entry.Name.class).entity();
                d.mention(new Found(personSpeaker(a.original(m), e, null, null, null), e.gender(), i, m.endToken(), "mention"));
                continue;
            }
            if (a.title(i) == null) continue;
            int limit = Math.min(a.tokens.size(), i + 14);
            SpeakerPhrase p = a.arabic ? arabic.phrase(a, i, limit, d) : english.phraseAroundTitle(a, i, limit, d);
            if (p != null && p.personText != null && p.person == null) {
                Found f = p.toFound(a, Gender.UNKNOWN, d, persons);
                if (f != null) d.mention(f);
            }
        }
    }
}
