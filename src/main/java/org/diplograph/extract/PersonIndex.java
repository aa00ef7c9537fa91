package org.diplograph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.gazetteer.Entity;
import org.diplograph.gazetteer.CommonWords;
import org.diplograph.gazetteer.GivenNames;
import org.diplograph.gazetteer.NameSkeleton;
import org.diplograph.gazetteer.Lexicon;
import org.diplograph.text.ArabicFolding;

/**
 * What the curated persons teach about names: persons by surname (the last word of their Arabic and English names,
 * folded), kept only where the surname belongs to one person (بيسكوف → Dmitry Peskov); and the words Arabic names
 * are made of, for names the lexicon does not know: given names (the first word of a curated name, and the given
 * names of {@link GivenNames}) and the parts with the article that stand inside names (الدين، الله، الجبير).
 * Built once per lexicon.
 */
final class PersonIndex {
    private final Map<String, Entity> bySurname;
    private final Set<String> givenNames;
    private final Set<String> definiteParts;
    private final Map<String, Entity> bySkeleton;

    PersonIndex(Lexicon lexicon) {
        Map<String, Entity> map = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Set<String> given = new HashSet<>(GivenNames.bundled().names());
        Set<String> parts = new HashSet<>(GivenNames.bundled().definiteParts());
        Map<String, Entity> skeletons = new HashMap<>();
        Set<String> ambiguousSkeletons = new HashSet<>();
        for (Lexicon.Surface s : lexicon.surfaces()) {
            if (!(s.entry() instanceof org.diplograph.gazetteer.Entry.Name n) || n.entity().kind() != Entity.Kind.PERSON) continue;
            if (s.tokens().size() < 2) continue;
            String skeleton = NameSkeleton.of(String.join(" ", s.tokens()));
            if (skeleton.length() >= 5) {
                Entity had = skeletons.putIfAbsent(skeleton, n.entity());
                if (had != null && !had.id().equals(n.entity().id())) ambiguousSkeletons.add(skeleton);
            }
            String first = s.tokens().get(0);
            // الشيخ، الأمير، السيد: a title written into the name, not a given name
            if (isArabic(first) && !first.startsWith("ال") && first.length() >= 2) given.add(first);
            for (String t : s.tokens().subList(1, s.tokens().size())) if (t.startsWith("ال") && t.length() >= 4) parts.add(t);
            String last = s.tokens().get(s.tokens().size() - 1);
            if (last.length() < 3) continue;
            Entity prev = map.putIfAbsent(last, n.entity());
            if (prev != null && !prev.id().equals(n.entity().id())) ambiguous.add(last);
        }
        ambiguous.forEach(map::remove);
        this.bySurname = Map.copyOf(map);
        ambiguousSkeletons.forEach(skeletons::remove);
        this.bySkeleton = Map.copyOf(skeletons);
        this.givenNames = Set.copyOf(given);
        this.definiteParts = Set.copyOf(parts);
    }

    private static boolean isArabic(String w) {
        return !w.isEmpty() && Character.UnicodeBlock.of(w.charAt(0)) == Character.UnicodeBlock.ARABIC;
    }

    /**
     * The one curated person whose name, in some spelling, has the skeleton of {@code name} (two or more words:
     * هيذر ناورت → Heather Nauert), or null.
     */
    Entity bySpelling(String name) {
        if (name == null || name.strip().split("\\s+").length < 2) return null;
        String skeleton = NameSkeleton.of(name);
        return skeleton.length() >= 5 ? bySkeleton.get(skeleton) : null;
    }

    /** True when the folded Arabic word (its conjunction و stripped first) is a given name. */
    boolean givenName(String folded) {
        return givenNames.contains(folded) || givenNames.contains(ArabicFolding.withoutConjunction(folded));
    }

    /** Words that open a compound name whose second word has the article (عبد الله، أبو الغيط), folded. */
    private static final Set<String> COMPOUND_HEADS = Set.of("عبد", "ابو", "بو", "ام", "ابن");

    /** Whether a folded word without the article may stand in an unknown name: a given name, or not a common word. */
    boolean nameWord(String folded) {
        CommonWords common = CommonWords.bundled();
        return givenName(folded) || !(common.contains(folded) || common.containsAccusative(folded));
    }

    /**
     * Whether a folded word with the article may stand inside a name after the word {@code previous}: a part of
     * curated names (الدين، الله، الجبير), any such word after عبد or أبو (عبد الملك، أبو الغيط), or a family name of
     * the -ي form when the name opened with a given name (أحمد الرميحي).
     */
    boolean definiteNameWord(String folded, String previous, boolean openedByGivenName) {
        return definiteParts.contains(folded) || COMPOUND_HEADS.contains(previous)
                || (openedByGivenName && folded.endsWith("ي") && folded.length() >= 5);
    }

    /**
     * Whether folded words read as a personal name rather than a noun phrase: the first a given name or not a common
     * word, each later one a {@link #nameWord} or, with the article, a {@link #definiteNameWord} (رفيع المستوى، شهود
     * عيان، محور صعدة are not names; خالد اليماني is).
     */
    boolean couldBeName(List<String> words) {
        if (words.isEmpty() || words.get(0).startsWith("ال")) return false;
        boolean given = givenName(words.get(0));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("ال") ? !definiteNameWord(w, words.get(i - 1), given) : !nameWord(w)) return false;
        }
        return true;
    }

    /** The one curated person with this folded surname, or null. */
    Entity bySurname(String folded) {
        return bySurname.get(ArabicFolding.fold(folded));
    }
}
