package org.diplograph.text;

import java.util.Objects;
import org.diplograph.model.Span;

/**
 * The folded copy of a text ({@link ArabicFolding}) with a map from every folded index back to the original.
 * <pre>
 *   NormalizedText t = NormalizedText.of("قالتْ زاخاروفا");
 *   Span raw = t.toOriginal(0, 4);   // covers "قالتْ" with its sukun
 * </pre>
 */
public final class NormalizedText {
    private final String original;
    private final String folded;
    private final int[] toOriginal; // folded index -> original index; length folded.length() + 1

    private NormalizedText(String original, String folded, int[] toOriginal) {
        this.original = original;
        this.folded = folded;
        this.toOriginal = toOriginal;
    }

    /** Folds {@code original}, keeping the offset map. */
    public static NormalizedText of(String original) {
        Objects.requireNonNull(original, "original");
        StringBuilder b = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        for (int i = 0; i < original.length(); i++) {
            char f = ArabicFolding.fold(original.charAt(i));
            if (f == ArabicFolding.REMOVED) continue;
            map[b.length()] = i;
            b.append(f);
        }
        map[b.length()] = original.length();
        int[] exact = java.util.Arrays.copyOf(map, b.length() + 1);
        return new NormalizedText(original, b.toString(), exact);
    }

    public String original() { return original; }

    public String text() { return folded; }

    public int length() { return folded.length(); }

    /**
     * The original span covering folded {@code [start, end)}: from the original char of {@code start} up to the
     * original char of {@code end} (the next kept char), so the marks folding removed inside the range and right
     * after its last letter (قالتْ) are included.
     */
    public Span toOriginal(int start, int end) {
        if (start < 0 || end > folded.length() || end < start)
            throw new IllegalArgumentException("invalid folded range: start=%d, end=%d, length=%d"
                    .formatted(start, end, folded.length()));
        if (start == end) return new Span(toOriginal[start], toOriginal[start]);
        int last = toOriginal[end - 1] + 1;
        int next = toOriginal[end];
        // the diacritics and tatweel directly after the last kept char belong to it (not invisible format chars)
        while (last < next && ArabicFolding.isMark(original.charAt(last))) last++;
        return new Span(toOriginal[start], last);
    }

    public Span toOriginal(Span folded) { return toOriginal(folded.start(), folded.end()); }
}
