package org.diplograph.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes {@link Scores} in score.py's layout, line for line. */
public final class ScoreReport {
    private static final List<Level> LEVELS = List.of(Level.STRICT, Level.RELATION, Level.ACTORS);

    private ScoreReport() {}

    /**
     * The lines score.py prints: with {@code errors}, each file's missed and spurious speakers and claims;
     * with {@code byFile}, each file's speaker and claim F1; then the table and summary lines.
     */
    public static List<String> lines(Scores s, boolean byFile, boolean errors) {
        List<String> out = new ArrayList<>();
        for (FileResult f : s.files()) {
            if (errors) f.mismatches().forEach(m -> out.add(m.line()));
            if (byFile) {
                out.add("%s: speaker F1 %s  claim F1 %s".formatted(f.key(), Py.fixed(f.tally().speaker().prf().f1(), 2),
                        Py.fixed(f.tally().claims(Level.STRICT).prf().f1(), 2)));
            }
        }
        List<String> missing = s.missing();
        int n = s.files().size();
        String articles = "articles: %d gold, %d predicted".formatted(n, n - missing.size());
        if (!missing.isEmpty()) {
            articles += " (no prediction for %d: %s%s)".formatted(missing.size(),
                    String.join(", ", missing.subList(0, Math.min(5, missing.size()))), missing.size() > 5 ? " ..." : "");
        }
        out.add(articles);
        out.add(Py.pad("", 10, true) + " " + Py.pad("speaker P/R/F1", 20, false) + " " + Py.pad("claim strict P/R/F1", 22, false)
                + " " + Py.pad("claim relation P/R/F1", 22, false) + " " + Py.pad("claim actors P/R/F1", 22, false));
        List<Map.Entry<String, Tally>> rows = new ArrayList<>(s.byLanguage().entrySet());
        rows.add(Map.entry("all", s.overall()));
        for (Map.Entry<String, Tally> row : rows) {
            StringBuilder line = new StringBuilder(Py.pad(row.getKey(), 10, true));
            line.append(' ').append(Py.pad(cell(row.getValue().speaker()), 20, false));
            for (Level lv : LEVELS) line.append(' ').append(Py.pad(cell(row.getValue().claims(lv)), 22, false));
            out.add(line.toString());
        }
        out.add("speaker country accuracy on matched speakers: %d/%d".formatted(s.countryCorrect(), s.countryTotal()));
        out.add("speaker_f1=%s claim_f1=%s relation_f1=%s".formatted(Py.fixed(s.speakerF1(), 3), Py.fixed(s.claimF1(), 3),
                Py.fixed(s.relationF1(), 3)));
        return out;
    }

    /** Prints {@link #lines} to {@code out}. */
    public static void print(Scores s, PrintWriter out, boolean byFile, boolean errors) {
        lines(s, byFile, errors).forEach(out::println);
        out.flush();
    }

    private static String cell(Counts c) {
        Prf p = c.prf();
        return Py.fixed(p.p(), 2) + "/" + Py.fixed(p.r(), 2) + "/" + Py.fixed(p.f1(), 2);
    }
}
