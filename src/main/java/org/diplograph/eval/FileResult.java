package org.diplograph.eval;

import java.util.List;

/**
 * The score of one gold file.
 *
 * @param key        the gold key ("ar/003")
 * @param predicted  whether a prediction was found for it
 * @param tally      its counts
 * @param mismatches what was missed or spurious, in score.py's order
 */
public record FileResult(String key, boolean predicted, Tally tally, List<Mismatch> mismatches) {
    public FileResult {
        mismatches = List.copyOf(mismatches);
    }

    /** The language the file counts under: the first segment of its key. */
    public String language() {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }
}
