package org.diplograph.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 char indices into a text (Java string indices).
 * Output formats convert to Unicode code points where a spec asks for them.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start)
            throw new IllegalArgumentException("invalid span: start=%d, end=%d".formatted(start, end));
    }

    public int length() { return end - start; }

    public boolean overlaps(Span other) { return start < other.end && other.start < end; }

    public boolean contains(Span other) { return start <= other.start && other.end <= end; }

    public String of(CharSequence text) { return text.subSequence(start, end).toString(); }

    /**
     * This span of {@code text} without what does not belong to the words it covers: white space and punctuation
     * at either end ({@code . , ، ; ؛ : ! ? ؟ - – — …}), a quote mark at either end with no other quote mark inside
     * the span to pair with, and a bracket at either end that is not closed (or opened) inside it. A quotation quoted
     * whole keeps its marks ({@code "…"}, {@code «…»}, {@code (…)}). This is the one place evidence is trimmed;
     * the span itself when nothing would be left.
     */
    public Span trimmed(CharSequence text) {
        if (end > text.length()) throw new IllegalArgumentException("span [%d, %d) lies outside a text of length %d"
                .formatted(start, end, text.length()));
        int s = start, e = end;
        boolean changed = true;
        while (s < e && changed) {
            changed = false;
            if (strayAtStart(text, s, e)) { s++; changed = true; }
            if (s < e && strayAtEnd(text, s, e)) { e--; changed = true; }
        }
        return s == e || (s == start && e == end) ? this : new Span(s, e);
    }

    private static final String PUNCTUATION = ".,،;؛:!?؟-–—…";
    /** Quote marks of every script and style: writers mix them (”…“ in Arabic text), so any two pair. */
    private static final String QUOTES = "\"'“”„‘’‚«»‹›";
    private static final String OPEN_BRACKETS = "([{";
    private static final String CLOSE_BRACKETS = ")]}";

    private static boolean strayAtStart(CharSequence text, int s, int e) {
        char c = text.charAt(s);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || PUNCTUATION.indexOf(c) >= 0) return true;
        if (QUOTES.indexOf(c) >= 0) return find(text, s + 1, e, QUOTES) < 0;
        int b = OPEN_BRACKETS.indexOf(c);
        if (b >= 0) return find(text, s + 1, e, CLOSE_BRACKETS.substring(b, b + 1)) < 0;
        return CLOSE_BRACKETS.indexOf(c) >= 0;
    }

    private static boolean strayAtEnd(CharSequence text, int s, int e) {
        char c = text.charAt(e - 1);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || PUNCTUATION.indexOf(c) >= 0) return true;
        if (QUOTES.indexOf(c) >= 0) return find(text, s, e - 1, QUOTES) < 0;
        int b = CLOSE_BRACKETS.indexOf(c);
        if (b >= 0) return find(text, s, e - 1, OPEN_BRACKETS.substring(b, b + 1)) < 0;
        return OPEN_BRACKETS.indexOf(c) >= 0;
    }

    /** The first index in {@code [s, e)} of one of {@code chars}, or -1. */
    private static int find(CharSequence text, int s, int e, String chars) {
        for (int i = s; i < e; i++) if (chars.indexOf(text.charAt(i)) >= 0) return i;
        return -1;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
