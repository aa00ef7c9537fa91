package org.diplograph.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predictions against gold files exactly as {@code shared/eval/score.py} does.
 * <pre>
 *   Scores s = Scorer.score(GoldFiles.load(Path.of("gold")), Predictions.read(Path.of("out.jsonl")));
 *   ScoreReport.print(s, out, false, false);
 * </pre>
 */
public final class Scorer {
    private Scorer() {}

    /**
     * Scores {@code predictions} against {@code gold} (gold key → file, in the map's iteration order, which
     * {@link GoldFiles#load} makes score.py's). A prediction belongs to the longest gold key that its file
     * path without extension ends with; of several predictions for one key the last counts; the statements
     * of a prediction are merged by speaker; gold statements take, in order, the first unused predicted
     * speaker that {@link SpeakerMatch#same matches}.
     */
    public static Scores score(Map<String, GoldFile> gold, List<Prediction> predictions) {
        Map<String, Prediction> byKey = new HashMap<>();
        for (Prediction p : predictions) {
            String k = keyOf(p.file(), gold.keySet());
            if (k != null) byKey.put(k, p);
        }
        List<FileResult> files = new ArrayList<>();
        int[] country = new int[2]; // correct, total
        for (Map.Entry<String, GoldFile> e : gold.entrySet()) {
            Prediction pred = byKey.get(e.getKey());
            files.add(scoreFile(e.getKey(), e.getValue(), pred, country));
        }
        return new Scores(files, country[0], country[1]);
    }

    private static FileResult scoreFile(String k, GoldFile g, Prediction pred, int[] country) {
        List<Group> groups = mergeBySpeaker(pred == null ? List.of() : pred.statements());
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<Level, Counts> claims = new EnumMap<>(Level.class);
        for (Level l : Level.values()) claims.put(l, Counts.ZERO);
        List<Mismatch> mismatches = new ArrayList<>();
        List<GoldFile.Statement> statements = g.statements();
        for (int gi = 0; gi < statements.size(); gi++) {
            GoldFile.Statement gs = statements.get(gi);
            Integer match = null;
            for (int pi = 0; pi < groups.size(); pi++) {
                if (!used.contains(pi) && SpeakerMatch.same(gs, groups.get(pi).speaker())) {
                    match = pi;
                    break;
                }
            }
            List<ScoredClaim> predClaims;
            if (match != null) {
                used.add(match);
                tp++;
                if (gs.speakerCountry() != null && !gs.speakerCountry().isEmpty()) {
                    country[1]++;
                    if (gs.speakerCountry().equals(groups.get(match).speaker().country())) country[0]++;
                }
                predClaims = groups.get(match).claims();
            } else {
                fn++;
                predClaims = List.of();
                String who = gs.speaker().isEmpty() ? "(unnamed " + (gs.speakerCountry() == null ? "None" : gs.speakerCountry()) + ")"
                        : Py.repr(gs.speaker().subList(0, 1));
                mismatches.add(new Mismatch(Mismatch.Kind.MISSED_SPEAKER, k, who));
            }
            for (Level lv : Level.values()) {
                Set<ScoredClaim.Key> gk = keys(gs.claims(), lv);
                Set<ScoredClaim.Key> pk = keys(predClaims, lv);
                claims.merge(lv, Counts.compare(gk, pk), Counts::plus);
                if (lv == Level.STRICT && match != null) {
                    mismatches.addAll(claimMismatches(Mismatch.Kind.MISSED_CLAIM, k, gi, gk, pk));
                    mismatches.addAll(claimMismatches(Mismatch.Kind.SPURIOUS_CLAIM, k, gi, pk, gk));
                }
            }
        }
        for (int pi = 0; pi < groups.size(); pi++) {
            if (used.contains(pi)) continue;
            fp++;
            mismatches.add(new Mismatch(Mismatch.Kind.SPURIOUS_SPEAKER, k, Py.repr(groups.get(pi).speaker().name())));
            for (Level lv : Level.values()) claims.merge(lv, new Counts(0, keys(groups.get(pi).claims(), lv).size(), 0), Counts::plus);
        }
        return new FileResult(k, pred != null, new Tally(new Counts(tp, fp, fn), claims), mismatches);
    }

    /** score.py's {@code claim_keys}: the distinct keys of claims that have participants. */
    static Set<ScoredClaim.Key> keys(List<ScoredClaim> claims, Level level) {
        Set<ScoredClaim.Key> out = new HashSet<>();
        for (ScoredClaim c : claims) {
            ScoredClaim.Key key = c.key(level);
            if (key != null) out.add(key);
        }
        return out;
    }

    /** The keys of {@code these} not in {@code those}, as lines sorted the way score.py sorts their str(). */
    private static List<Mismatch> claimMismatches(Mismatch.Kind kind, String k, int gi, Set<ScoredClaim.Key> these,
                                                  Set<ScoredClaim.Key> those) {
        return these.stream().filter(x -> !those.contains(x)).map(x -> x.pythonString(gi))
                .sorted(Py.CODE_POINT_ORDER).map(s -> new Mismatch(kind, k, s)).toList();
    }

    /** A predicted speaker with the claims of all its statements. */
    private record Group(Prediction.Speaker speaker, List<ScoredClaim> claims) {}

    /** How score.py groups statements: normalised name, and for a speaker without a name its country and org. */
    private record GroupKey(String norm, boolean named, String country, String org) {}

    /** score.py's {@code merge_by_speaker}: statements grouped by speaker in first-seen order, claims concatenated. */
    private static List<Group> mergeBySpeaker(List<Prediction.Statement> statements) {
        Map<GroupKey, Group> groups = new LinkedHashMap<>();
        for (Prediction.Statement st : statements) {
            Prediction.Speaker sp = st.speaker();
            GroupKey key = sp.named() ? new GroupKey(NameNorm.norm(sp.name()), true, null, null)
                    : new GroupKey(NameNorm.norm(sp.name()), false, sp.country(), sp.org());
            groups.computeIfAbsent(key, x -> new Group(sp, new ArrayList<>())).claims().addAll(st.claims());
        }
        return new ArrayList<>(groups.values());
    }

    /**
     * score.py's {@code key_of}: the longest gold key that the file path, without its extension, equals or ends
     * with after a "/"; null when none does (or when the path is empty, where score.py stops with an error).
     */
    public static String keyOf(String file, Collection<String> keys) {
        String f = withoutSuffix(file == null ? "" : file.replace('\\', '/'));
        if (f == null) return null;
        String best = null;
        for (String k : keys) {
            if ((f.equals(k) || f.endsWith("/" + k)) && (best == null || Py.len(k) > Py.len(best))) best = k;
        }
        return best;
    }

    /** {@code PurePosixPath(path).with_suffix("").as_posix()}, or null where Python raises (no file name). */
    static String withoutSuffix(String path) {
        String root = path.startsWith("//") && !path.startsWith("///") ? "//" : path.startsWith("/") ? "/" : "";
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) if (!p.isEmpty() && !p.equals(".")) parts.add(p);
        if (parts.isEmpty()) return null;
        String name = parts.get(parts.size() - 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && dot < name.length() - 1) parts.set(parts.size() - 1, name.substring(0, dot));
        return root + String.join("/", parts);
    }
}
