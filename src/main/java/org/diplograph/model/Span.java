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

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
