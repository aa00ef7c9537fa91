package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.diplograph.eval.NameNorm;
import org.diplograph.model.Statement;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;

/**
 * The last touch on a speaker's name as written: hashtag words joined by "_" are separated (#سيرغي_لافروف →
 * سيرغي لافروف), quotation marks and brackets around it are dropped, an institution named after the preposition
 * لـ (للخارجية الروسية) gets its article back (الخارجية الروسية), and an English body loses its article (the
 * Japanese government → Japanese government).
 */
final class SpeakerNames {
    private static final Pattern JOINERS = Pattern.compile("[#_]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String EDGE = "\"'“”«»‘’()[]،,.:;-–— ";

    private SpeakerNames() {}

    /**
     * One name per unknown speaker in an article: a person named "لو دريان" where "جان إيف لو دريان" also speaks, or
     * a body named "وزارة الخارجية" where "وزارة الخارجية الروسية" also speaks, takes the longer name (and the
     * longer one's state when it had none). Speakers the lexicon knows are left to their entity id.
     */
    static List<Statement> consolidate(List<Statement> statements) {
        List<Speaker> speakers = statements.stream().map(Statement::speaker).distinct().toList();
        Map<Speaker, Speaker> replace = new HashMap<>();
        for (Speaker sp : speakers) {
            if (sp.entityId() != null || sp.name() == null) continue;
            if (sp.type() != SpeakerType.PERSON && sp.type() != SpeakerType.INSTITUTION) continue;
            List<String> t = NameNorm.tokens(sp.name());
            if (t.isEmpty()) continue;
            Speaker best = null;
            for (Speaker other : speakers) {
                if (other == sp || other.type() != sp.type() || other.name() == null) continue;
                List<String> o = NameNorm.tokens(other.name());
                if (o.size() <= t.size()) continue;
                boolean same = sp.type() == SpeakerType.PERSON
                        ? o.subList(o.size() - t.size(), o.size()).equals(t)          // a surname part: the same person
                        : o.subList(0, t.size()).equals(t)                            // a shorter form of the body's name
                          && (sp.country() == null || sp.country().equals(other.country()));
                if (same && (best == null || other.name().length() > best.name().length())) best = other;
            }
            if (best != null) replace.put(sp, new Speaker(best.name(), best.nameEn() != null ? best.nameEn() : sp.nameEn(),
                    sp.type(), sp.country() != null ? sp.country() : best.country(), sp.org() != null ? sp.org() : best.org(),
                    sp.role() != null ? sp.role() : best.role(), sp.type() == SpeakerType.INSTITUTION ? best.name() : sp.institution(),
                    sp.institutionKind() != null ? sp.institutionKind() : best.institutionKind(), best.entityId(), best.wikidata()));
        }
        if (replace.isEmpty()) return statements;
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement st : statements) {
            Speaker sp = replace.get(st.speaker());
            out.add(sp == null ? st : new Statement(sp, st.cue(), st.cueSpan(), st.span(), st.claims(), st.ruleId()));
        }
        return out;
    }

    /** True when a speaker the lexicon does not know has a name without a word of three letters (لـ): a stray clitic. */
    static boolean isWordless(Speaker sp) {
        if (sp.name() == null || sp.type() == SpeakerType.UNNAMED || sp.entityId() != null) return false;
        return NameNorm.tokens(sp.name()).stream().noneMatch(t -> t.codePointCount(0, t.length()) >= 3);
    }

    static Speaker clean(Speaker sp) {
        String name = clean(sp.name());
        String institution = clean(sp.institution());
        // للجامعة أحمد أبو الغيط: a role's genitive left in front of a person's name
        if (name != null && sp.type() == SpeakerType.PERSON && name.startsWith("لل") && name.indexOf(' ') > 0)
            name = name.substring(name.indexOf(' ') + 1);
        // لوزارة الخارجية السعودية: the preposition ل on a body's name
        if (sp.type() == SpeakerType.INSTITUTION) name = withoutPreposition(name);
        // "the North Korean foreign ministry" and "North Korean foreign ministry" are one body, named without the article
        if (sp.type() != SpeakerType.PERSON) name = withoutEnglishArticle(name);
        institution = withoutEnglishArticle(institution);
        institution = withoutPreposition(institution);
        if (name != null && sp.type() == SpeakerType.INSTITUTION && name.startsWith("لل") && name.length() > 3)
            name = "ال" + name.substring(2);
        if (institution != null && institution.startsWith("لل") && institution.length() > 3)
            institution = "ال" + institution.substring(2);
        if (java.util.Objects.equals(name, sp.name()) && java.util.Objects.equals(institution, sp.institution())) return sp;
        return new Speaker(name, sp.nameEn(), sp.type(), sp.country(), sp.org(), sp.role(), institution,
                sp.institutionKind(), sp.entityId(), sp.wikidata());
    }

    private static String withoutEnglishArticle(String name) {
        return name != null && (name.startsWith("the ") || name.startsWith("The ")) ? name.substring(4) : name;
    }

    /** لوزارة الخارجية → وزارة الخارجية: ل before a noun that heads bodies' names is the preposition. */
    private static String withoutPreposition(String name) {
        if (name == null || !name.startsWith("ل") || name.startsWith("لل")) return name;
        int space = name.indexOf(' ');
        String head = org.diplograph.text.ArabicFolding.fold(space < 0 ? name.substring(1) : name.substring(1, space));
        return CandidateProposer.INSTITUTION_HEADS.contains(head) ? name.substring(1) : name;
    }

    static String clean(String s) {
        if (s == null) return null;
        String t = SPACES.matcher(JOINERS.matcher(s).replaceAll(" ")).replaceAll(" ");
        int from = 0, to = t.length();
        while (from < to && EDGE.indexOf(t.charAt(from)) >= 0) from++;
        while (to > from && EDGE.indexOf(t.charAt(to - 1)) >= 0) to--;
        // a bracket closed inside the name keeps its opening one: وكالة الأنباء الفلسطينية (وفا)
        String r = t.substring(from, to);
        if (r.indexOf('(') >= 0 && r.indexOf(')') < 0) r = r + ")";
        return r.isEmpty() ? null : r;
    }
}
