package org.diplograph.gazetteer;

import java.util.List;

/**
 * A lexicon match over tokens {@code [startToken, endToken)}.
 *
 * @param startToken  first token
 * @param endToken    token after the last
 * @param start       folded start offset, after any proclitic (و ب ل …) that was stripped
 * @param end         folded end offset
 * @param prefix      the stripped proclitic, "" when none
 * @param entries     what the matched surface stands for (several when ambiguous)
 */
public record Match(int startToken, int endToken, int start, int end, String prefix, List<Entry> entries) {
    public Match {
        entries = List.copyOf(entries);
    }

    public int tokenCount() { return endToken - startToken; }

    /** The first entry of the given type, or null. */
    public <T extends Entry> T first(Class<T> type) {
        for (Entry e : entries)
            if (type.isInstance(e)) return type.cast(e);
        return null;
    }

    public boolean has(Class<? extends Entry> type) { return first(type) != null; }
}
