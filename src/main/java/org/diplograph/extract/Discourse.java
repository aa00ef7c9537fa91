package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.gazetteer.Gender;
import org.diplograph.model.Role;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;
import org.diplograph.text.ArabicFolding;

/**
 * What the article has said so far about its speakers: the speakers in order (for continuations such as
 * وأضاف / "he added", resolved to the last speaker of matching gender) and the full names introduced (so a
 * later surname, بيسكوف, resolves to دميتري بيسكوف). One per article; not shared between threads.
 */
final class Discourse {
    private record Seen(Speaker speaker, Gender gender, int sentence) {}

    private final List<Seen> speakers = new ArrayList<>();
    private final List<Found> mentions = new ArrayList<>();

    /** Remembers a person named anywhere in the article (a title and a name), for later surnames. */
    void mention(Found f) {
        mentions.add(f);
    }

    void add(Found f, int sentence) {
        speakers.add(new Seen(f.speaker(), f.gender(), sentence));
    }

    /** The most recent speaker whose gender agrees, within {@code maxBack} sentences. */
    Found last(Gender gender, int sentence, int maxBack, boolean personsOnly) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            Seen s = speakers.get(i);
            if (sentence - s.sentence() > maxBack) break;
            if (personsOnly && s.speaker().type() != SpeakerType.PERSON) continue;
            if (s.gender().agreesWith(gender)) return new Found(s.speaker(), s.gender(), -1, -1, null);
        }
        return null;
    }

    /**
     * The most recent speaker that issues statements (an institution, an organisation or a state) within
     * {@code maxBack} sentences, else the most recent speaker of any kind: "the final statement" of a summit is
     * the organisation's, not the last person quoted.
     */
    Found lastIssuer(int sentence, int maxBack) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            Seen s = speakers.get(i);
            if (sentence - s.sentence() > maxBack) break;
            if (s.speaker().type() == SpeakerType.INSTITUTION || s.speaker().type() == SpeakerType.STATE)
                return new Found(s.speaker(), s.gender(), -1, -1, null);
        }
        return last(Gender.UNKNOWN, sentence, maxBack, false);
    }

    /** The most recent institution speaking in the article (for "the ministry" named again), or null. */
    Found lastInstitution() {
        return lastInstitution(null);
    }

    /**
     * The most recent institution of this kind speaking in the article, or null: وأضافت الوزارة after وزارة الخارجية
     * الفرنسية spoke (a plain ministry may be any ministry). Any kind when {@code kind} is null.
     */
    Found lastInstitution(String kind) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            Seen s = speakers.get(i);
            if (s.speaker().type() == SpeakerType.INSTITUTION && s.speaker().country() != null
                    && (kind == null || sameKind(kind, s.speaker().institutionKind())))
                return new Found(s.speaker(), s.gender(), -1, -1, null);
        }
        return null;
    }

    private static boolean sameKind(String said, String held) {
        return said.equals(held) || (said.equals("ministry") && held != null && held.endsWith("-ministry"));
    }

    /**
     * An earlier named person with this role (and country, when given) and agreeing gender: "the minister" after
     * "Minister X"; المتحدثة is not the spokesman named before. Speakers come first, then persons named in the article
     * with a title: with the role's state given, any of them; without it (وأكد الوزير، وقال وزير الخارجية), the
     * nearest one named before token {@code before}.
     */
    Found byRole(Role role, String country, Gender gender, int before) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            Speaker s = speakers.get(i).speaker();
            if (s.type() == SpeakerType.PERSON && s.name() != null && sameRole(role, s.role())
                    && (country == null || country.equals(s.country())) && speakers.get(i).gender().agreesWith(gender))
                return new Found(s, speakers.get(i).gender(), -1, -1, null);
        }
        Found nearest = null;
        for (Found f : mentions) {
            Speaker s = f.speaker();
            if (s.type() != SpeakerType.PERSON || s.name() == null || !sameRole(role, s.role()) || !f.gender().agreesWith(gender))
                continue;
            if (country != null && country.equals(s.country())) return new Found(s, f.gender(), -1, -1, null);
            if (country == null && f.to() >= 0 && f.to() <= before) nearest = new Found(s, f.gender(), -1, -1, null);
        }
        return nearest;
    }

    /** True when a role word can refer to a holder of {@code held}: "the minister" also to the foreign minister. */
    private static boolean sameRole(Role said, Role held) {
        return said == held || (said == Role.MINISTER && held == Role.FOREIGN_MINISTER);
    }

    /**
     * An earlier speaker, else a person named in the article, whose name is or contains the folded words
     * {@code folded} (a surname, or a family name written first: وانغ for وانغ يي).
     */
    Found bySurname(String folded) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            Speaker s = speakers.get(i).speaker();
            if (namedBy(s, folded)) return new Found(s, speakers.get(i).gender(), -1, -1, null);
        }
        Found any = null;
        for (Found f : mentions) {
            if (!namedBy(f.speaker(), folded)) continue;
            // of several mentions of the name, the one that says which state the person serves
            if (f.speaker().country() != null || f.speaker().org() != null) return new Found(f.speaker(), f.gender(), -1, -1, null);
            if (any == null) any = new Found(f.speaker(), f.gender(), -1, -1, null);
        }
        return any;
    }

    private static boolean namedBy(Speaker s, String folded) {
        if (s.type() != SpeakerType.PERSON || s.name() == null || folded.length() < 3) return false;
        for (String name : new String[] {s.name(), s.nameEn()}) {
            if (name == null) continue;
            String n = ArabicFolding.fold(name);
            if (n.equals(folded) || n.endsWith(" " + folded) || n.startsWith(folded + " ") || n.contains(" " + folded + " "))
                return true;
        }
        return false;
    }
}
