package org.diplograph.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A claim as the scorer sees it, gold or predicted.
 *
 * @param relation     relation code, or null
 * @param participants actor codes as given (order and repeats do not matter; null and "" are ignored)
 * @param stance       stance code, or null
 */
public record ScoredClaim(String relation, List<String> participants, String stance) {
    public ScoredClaim {
        participants = Collections.unmodifiableList(new ArrayList<>(participants)); // may hold nulls, as JSON can
    }

    /** The participants that count (not null, not empty), as a set; empty means the claim is dropped. */
    public Set<String> parts() {
        Set<String> out = new TreeSet<>(Py.CODE_POINT_ORDER);
        for (String p : participants) if (p != null && !p.isEmpty()) out.add(p);
        return out;
    }

    /**
     * The comparison key of this claim at {@code level} (score.py {@code claim_keys}), or null when it has no
     * participants. Fields the level ignores are null, so keys of one level compare as score.py's tuples do.
     */
    public Key key(Level level) {
        Set<String> parts = parts();
        if (parts.isEmpty()) return null;
        return switch (level) {
            case STRICT -> new Key(relation, parts, stance);
            case RELATION -> new Key(relation, parts, null);
            case ACTORS -> new Key(null, parts, null);
        };
    }

    /** A claim key of one level. */
    public record Key(String relation, Set<String> parts, String stance) {
        public Key {
            TreeSet<String> sorted = new TreeSet<>(Py.CODE_POINT_ORDER);
            sorted.addAll(parts);
            parts = Collections.unmodifiableSet(sorted);
        }

        /**
         * score.py's {@code str()} of a strict key tuple for statement {@code index}, e.g.
         * {@code (0, 'talks', frozenset({'RUS', 'USA'}), 'positive')}; the frozenset is written sorted
         * (Python writes it in hash order, which changes from run to run).
         */
        public String pythonString(int index) {
            StringBuilder b = new StringBuilder("frozenset({");
            int i = 0;
            for (String p : parts) b.append(i++ > 0 ? ", " : "").append(Py.repr(p));
            b.append("})");
            return "(%d, %s, %s, %s)".formatted(index, Py.repr(relation), b, Py.repr(stance));
        }
    }
}
