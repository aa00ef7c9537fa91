package org.diplograph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.diplograph.gazetteer.Entity;
import org.diplograph.gazetteer.Lexicon;
import org.diplograph.text.ArabicFolding;

/**
 * Curated persons by surname (the last word of their Arabic and English names, folded), kept only where the
 * surname belongs to one person: بيسكوف → Dmitry Peskov. Built once per lexicon.
 */
final class PersonIndex {
    private final Map<String, Entity> bySurname;

    PersonIndex(Lexicon lexicon) {
        Map<String, Entity> map = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Lexicon.Surface s : lexicon.surfaces()) {
            if (!(s.entry() instanceof org.diplograph.gazetteer.Entry.Name n) || n.entity().kind() != Entity.Kind.PERSON) continue;
            if (s.tokens().size() < 2) continue;
            String last = s.tokens().get(s.tokens().size() - 1);
            if (last.length() < 3) continue;
            Entity prev = map.putIfAbsent(last, n.entity());
            if (prev != null && !prev.id().equals(n.entity().id())) ambiguous.add(last);
        }
        ambiguous.forEach(map::remove);
        this.bySurname = Map.copyOf(map);
    }

    /** The one curated person with this folded surname, or null. */
    Entity bySurname(String folded) {
        return bySurname.get(ArabicFolding.fold(folded));
    }
}
