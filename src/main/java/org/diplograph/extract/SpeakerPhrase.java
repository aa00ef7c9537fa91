package org.diplograph.extract;

import java.util.Set;
import org.diplograph.gazetteer.CommonWords;
import org.diplograph.gazetteer.Entity;
import org.diplograph.gazetteer.Entry;
import org.diplograph.gazetteer.Gender;
import org.diplograph.model.Role;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;
import org.diplograph.text.Token;

/**
 * A parsed speaker phrase: title, institution, country, name — any of them may be missing. {@link ArabicSpeakers}
 * and {@link EnglishSpeakers} fill it in; {@link #toFound} turns it into a speaker. Also holds what both languages'
 * rules share: the scan for an unknown personal name and the words that end one, and building a person's speaker.
 */
final class SpeakerPhrase {
    /** Words that end an unknown Arabic personal name (folded). */
    static final Set<String> AR_STOP = Set.of("في", "من", "على", "الى", "الي", "عن", "مع", "ان", "بان", "لان", "انه", "انها",
            "الذي", "التي", "الذين", "اليوم", "امس", "غدا", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
            "الجمعه", "خلال", "بعد", "قبل", "عقب", "اثناء", "لدي", "حول", "كما", "وقد", "قد", "لقد", "هذا", "هذه", "ذلك",
            "تلك", "ايضا", "بشان", "نحو", "ضد", "عبر", "حيث", "او", "ثم", "لكن", "الا", "اذا", "ما", "لا", "لم", "لن",
            "عند", "منذ", "حتي", "بين", "امام", "وفق", "وفقا", "بحسب", "حسب", "صباح", "مساء", "الليله", "بيان", "تصريح",
            "تصريحات", "مؤتمر", "مقابله", "كلمه", "لقاء", "اتصال", "تغريده", "رساله", "هو", "هي", "هم", "نفسه", "ذاته",
            "الرسمي", "الرسميه", "العام", "الخاص", "الدائم", "الاسبق", "السابق", "السابقه", "الجديد", "بدوره", "بدورها",
            "يوم", "اول", "الاول", "لوكاله", "لديها", "لديه", "لدينا", "لديهم", "له", "لها", "قوله", "قولها", "قولهم", "لصحيفه", "لقناه", "وكاله");
    /** Words that end an unknown English personal name (folded). */
    static final Set<String> EN_STOP = Set.of("the", "a", "an", "of", "for", "to", "in", "on", "at", "and", "that",
            "this", "who", "which", "with", "by", "from", "as", "he", "she", "they", "it", "we", "i", "also", "has", "had",
            "have", "was", "were", "is", "are", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "said", "told", "added", "but", "after", "before", "during", "statement", "earlier", "later", "then",
            "when", "while", "however", "meanwhile", "minister", "ministry", "president", "spokesman", "spokeswoman");
    /** Words that follow a personal name in Arabic news (folded). */
    private static final Set<String> NAME_FOLLOWERS = Set.of("ان", "بان", "انه", "انها", "في", "خلال", "اليوم", "امس",
            "غدا", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "مساء", "صباح", "عقب",
            "اثناء", "لدي", "لوكاله", "لصحيفه", "لقناه", "لموقع", "عبر", "علي", "الي", "عن", "امام", "بعد", "قبل",
            "مع", "من", "حول", "بشان", "انهم", "وسط");
    /** Institution kinds that speak for a state even when the state is left unnamed. */
    static final Set<String> STATE_INSTITUTIONS = Set.of("foreign-ministry", "presidency", "government",
            "defence-ministry", "royal-court");
    /** Nouns for "the statement" standing as subject: the statement of the last speaker. */
    static final Set<String> STATEMENT_NOUNS = Set.of("البيان", "بيان", "البلاغ", "statement", "communique");

    Entry.Title title;
    String institutionKind;
    String country;
    String org;
    Entity person;
    String personText;
    Entity standalone;         // a state, metonym, organisation or institution speaking on its own
    Entry.Via standaloneVia;
    String standaloneText;
    int from, to;
    boolean surname;
    /** A speaker the phrase refers back to ("the ministry"), taken as it is. */
    Found coreferent;

    String ruleSuffix() {
        if (coreferent != null) return ".coreference";
        return title != null ? (person != null ? ".title-name" : personText != null ? ".title-unknown-name" : ".title")
                : person != null ? (surname ? ".surname" : ".name") : standalone != null ? ".agent" : "";
    }

    /** True when the phrase opens with "the" or its title carries the Arabic article: it refers back. */
    private boolean definite(ArticleAnalysis a) {
        Token first = a.token(from);
        return first != null && (first.is("the") || (a.arabic && first.text().startsWith("ال")));
    }

    Found toFound(ArticleAnalysis a, Gender cueGender, Discourse d, PersonIndex persons) {
        if (coreferent != null) return coreferent.at(from, to);
        Gender g = person != null && person.gender() != Gender.UNKNOWN ? person.gender()
                : title != null && title.gender() == Gender.FEMININE ? Gender.FEMININE
                : title != null && title.gender() == Gender.MASCULINE && cueGender == Gender.UNKNOWN ? Gender.MASCULINE
                : cueGender;
        if (person != null) {
            String inst = institutionKind;
            String ctry = country != null ? country : person.country();
            Role role = title != null ? title.role() : person.role();
            return new Found(new Speaker(personText, person.labelEn(), SpeakerType.PERSON, ctry,
                    org != null ? org : person.org(), role, null, inst != null ? inst : person.institutionKind(),
                    person.id(), person.wikidata()), g, from, to, null);
        }
        if (personText != null) {
            return new Found(new Speaker(personText, null, SpeakerType.PERSON, country, org,
                    title == null ? null : title.role(), null, institutionKind, null, null), g, from, to, null);
        }
        if (title != null) {
            Found co = d.byRole(title.role(), country, g, from);
            if (co != null) return co.at(from, to).withRule(null);
            // "the spokesman added", المتحدث: a definite role with no state is of the institution that spoke last
            if (country == null && org == null && definite(a)) {
                Found inst = d.lastInstitution();
                if (inst != null) {
                    country = inst.speaker().country();
                    if (institutionKind == null) institutionKind = inst.speaker().institutionKind();
                }
            }
            // a role with no name and nobody named in it before: an unnamed official of that state
            if (country == null && org == null) return null;
            // named by its role phrase (المتحدث باسم وزارة الخارجية التركية, G7 foreign ministers), still unnamed
            int end = to;
            while (end > from && !a.token(end - 1).word()) end--;
            String described = end > from ? a.original(from, end) : null;
            return new Found(new Speaker(described, null, SpeakerType.UNNAMED, country, org, title.role(), null,
                    institutionKind, null, null), g, from, to, null);
        }
        if (standalone != null) {
            Entity e = standalone;
            if (e.kind() == Entity.Kind.STATE && (standaloneVia == Entry.Via.NAME || standaloneVia == Entry.Via.CAPITAL))
                return new Found(new Speaker(stateName(standaloneText, e, standaloneVia, a.arabic), e.labelEn(),
                        SpeakerType.STATE, e.code(), null, null, null, null, e.id(), e.wikidata()), g, from, to, null);
            if (e.kind() == Entity.Kind.STATE && standaloneVia == Entry.Via.METONYM)
                return new Found(new Speaker(standaloneText, null, SpeakerType.INSTITUTION, e.code(), null, null,
                        standaloneText, "presidency", null, null), g, from, to, null);
            if (e.kind() == Entity.Kind.ACTOR)
                return new Found(new Speaker(standaloneText, e.labelEn(), SpeakerType.INSTITUTION, null, e.code(), null,
                        standaloneText, null, e.id(), e.wikidata()), g, from, to, null);
            // وأضافت الوزارة، وقالت السفارة: a body named again by its kind alone is the one of that kind that spoke last
            if (e.kind() == Entity.Kind.INSTITUTION_KIND && country == null && org == null && to - from == 1 && definite(a)) {
                Found same = d.lastInstitution(institutionKind);
                if (same != null) return same.at(from, to);
            }
            if (e.kind() == Entity.Kind.INSTITUTION_KIND && (country != null || org != null))
                return new Found(new Speaker(a.original(from, to), null, SpeakerType.INSTITUTION, country, org, null,
                        a.original(from, to), institutionKind, null, null), g, from, to, null);
            // رحبت وزارة الخارجية بحكومة الوحدة الوطنية …: a ministry named in full speaks even when its state
            // is not named with it
            // (وزارة الاتصالات: a ministry with its portfolio, too)
            if (e.kind() == Entity.Kind.INSTITUTION_KIND && to - from >= 2
                    && (STATE_INSTITUTIONS.contains(institutionKind) || "ministry".equals(institutionKind)))
                return new Found(new Speaker(a.original(from, to), null, SpeakerType.INSTITUTION, null, null, null,
                        a.original(from, to), institutionKind, null, null), g, from, to, null);
        }
        return null;
    }

    /**
     * The end of an unknown personal name starting at i: 1–4 words that are no function word, cue or title, and
     * that are followed by what follows names in news (punctuation, إن/أن, في, a day); else i.
     */
    static int unknownName(ArticleAnalysis a, int i, int limit) {
        int j = nameRun(a, i, limit);
        if (!a.arabic) return j;
        while (j > i && !(j >= limit || NAME_FOLLOWERS.contains(a.token(j).text()) || !a.token(j).word()
                || a.cue(j) != null || a.title(j) != null)) j--;
        return j;
    }

    private static int nameRun(ArticleAnalysis a, int i, int limit) {
        int j = i;
        while (j < limit && j - i < 4) {
            Token t = a.token(j);
            if (a.arabic && joiningHyphen(a, j, i, limit)) { j++; continue; }
            if (!t.word() || t.isLatin() != a.token(i).isLatin()) break;
            String w = t.text();
            if (AR_STOP.contains(w) || EN_STOP.contains(w) || a.cue(j) != null || a.title(j) != null) break;
            if (a.name(j) != null && a.name(j).first(Entry.Name.class).entity().kind() != Entity.Kind.PERSON) break;
            if (a.relation(j) != null || a.stance(j) != null) break;
            if (a.arabic && j == i && w.startsWith("ال") && !(j + 1 < limit && a.is(j + 1, "،"))) {
                // a word with the article right after a title is an adjective (الروسي), not a first name,
                // unless it stands alone before a comma (الجبير،)
                break;
            }
            if (!a.arabic && !a.capitalised(j)) break;
            // عقد الرئيس المصري مؤتمرا صحفيا: a common noun in the accusative is the verb's object, not a name
            if (a.arabic && j == i && CommonWords.bundled().containsAccusative(w)) break;
            if (a.arabic && !arabicNameWord(a, j, j == i)) break;
            if (w.chars().anyMatch(Character::isDigit)) break;
            j++;
        }
        return j;
    }

    /**
     * Whether token j, inside a name run that started at {@code from}, is a hyphen glued to the word after it, joining
     * two parts of one name (تاي -بروك زيرهون، مون جيه-إن).
     */
    static boolean joiningHyphen(ArticleAnalysis a, int j, int from, int limit) {
        Token t = a.token(j);
        return j > from && j + 1 < limit && t.is("-") && a.token(j + 1).word() && !a.token(j + 1).isLatin()
                && t.end() == a.token(j + 1).start();
    }

    /** Sources and officials (folded) who speak to a medium named next with ل. */
    private static final Set<String> SOURCE_HEADS = Set.of("مصدر", "مصادر", "مسؤول", "مسؤوله", "مسؤولون", "مسؤولين",
            "دبلوماسي", "دبلوماسيون", "متحدث", "متحدثه", "المصدر", "المسؤول");
    /** Words that follow an unnamed source where a name would stand: مسؤول تحدث شريطة عدم الكشف عن هويته (folded). */
    private static final Set<String> ANONYMOUS_FOLLOWERS = Set.of("تحدث", "تحدثت", "يتحدث", "تتحدث", "تحدثوا", "شريطه");

    /**
     * The name of a state speaking: as written, except a capital speaking for its state (موسكو نفت، Ankara said),
     * which is named by the state's name in the article's language — readers, and the annotators, name the state.
     */
    static String stateName(String written, Entity e, Entry.Via via, boolean arabic) {
        String label = arabic ? e.labelAr() : e.labelEn();
        return via == Entry.Via.CAPITAL && label != null ? label : written;
    }

    /**
     * Whether Arabic token j may stand in a personal name: not a word glued to Latin letters (لـCNN), not a
     * preposition written with tatweel (لـواس، بـ), and, opening a name, not a verb that follows an unnamed source.
     */
    static boolean arabicNameWord(ArticleAnalysis a, int j, boolean first) {
        String o = a.original(j, j + 1);
        if (o.chars().anyMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
        if (o.length() > 2 && o.charAt(1) == '\u0640' && "لبك".indexOf(o.charAt(0)) >= 0) return false;
        // وقال مصدر لبي بي سي: a ل-word right after a source or an official is whom they spoke to
        if (first && j > 0 && o.startsWith("ل") && SOURCE_HEADS.contains(a.token(j - 1).text())) return false;
        return !(first && ANONYMOUS_FOLLOWERS.contains(a.token(j).text()));
    }

    static String foldedWords(ArticleAnalysis a, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (b.length() > 0) b.append(' ');
            b.append(a.token(i).text());
        }
        return b.toString();
    }

    static String localKind(Entity e) {
        return e.id().substring(e.id().indexOf('/') + 1);
    }

    static Speaker personSpeaker(String text, Entity e, String country, String org, Role role) {
        return new Speaker(text, e.labelEn(), SpeakerType.PERSON, country != null ? country : e.country(),
                org != null ? org : e.org(), role != null ? role : e.role(), null, e.institutionKind(), e.id(), e.wikidata());
    }
}
