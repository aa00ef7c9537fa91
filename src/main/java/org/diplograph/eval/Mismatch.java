package org.diplograph.eval;

/**
 * One error of a prediction, as {@code score.py --errors} lists it.
 *
 * @param kind what went wrong
 * @param file the gold key ("ar/003")
 * @param what the speaker or claim, written as score.py writes it (Python repr)
 */
public record Mismatch(Kind kind, String file, String what) {
    public enum Kind {
        MISSED_SPEAKER("missed speaker"), SPURIOUS_SPEAKER("spurious speaker"),
        MISSED_CLAIM("missed claim"), SPURIOUS_CLAIM("spurious claim");

        private final String label;

        Kind(String label) { this.label = label; }

        public String label() { return label; }
    }

    /** The line score.py prints: {@code "  ar/003: missed speaker ['ماريا زاخاروفا']"}. */
    public String line() {
        return "  %s: %s %s".formatted(file, kind.label(), what);
    }
}
