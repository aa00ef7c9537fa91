package org.diplograph.eval;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of scoring predictions against gold files.
 *
 * @param files          one result per gold file, in gold order
 * @param countryCorrect matched speakers whose predicted country equals the gold country
 * @param countryTotal   matched speakers whose gold statement has a country
 */
public record Scores(List<FileResult> files, int countryCorrect, int countryTotal) {
    public Scores {
        files = List.copyOf(files);
    }

    /** Gold keys with no prediction, in gold order. */
    public List<String> missing() {
        return files.stream().filter(f -> !f.predicted()).map(FileResult::key).toList();
    }

    /** Counts per language (the first segment of the gold key), languages in sorted order. */
    public SortedMap<String, Tally> byLanguage() {
        SortedMap<String, Tally> out = new TreeMap<>(Py.CODE_POINT_ORDER);
        for (FileResult f : files) out.merge(f.language(), f.tally(), Tally::plus);
        return out;
    }

    /** Counts over all files. */
    public Tally overall() {
        return files.stream().map(FileResult::tally).reduce(Tally.ZERO, Tally::plus);
    }

    public double speakerF1() { return overall().speaker().prf().f1(); }

    public double claimF1() { return overall().claims(Level.STRICT).prf().f1(); }

    public double relationF1() { return overall().claims(Level.RELATION).prf().f1(); }
}
