package org.diplograph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How far a score would move on other articles like the scored ones: the percentile bootstrap over articles (the
 * files are drawn with replacement as many times as there are files, the F1s of each draw computed from the summed
 * counts, as the scorer sums them). With two predictions for the same gold, the same draws give the interval of
 * their difference and how often the first scores higher — whether a change is larger than what the choice of
 * articles alone explains.
 * <pre>
 *   Bootstrap.Result r = Bootstrap.of(scores, 1000, 1);
 *   Bootstrap.Comparison c = Bootstrap.compare(after, before, 1000, 1);
 * </pre>
 */
public final class Bootstrap {
    private Bootstrap() {}

    /** A 95% interval: the 2.5th and 97.5th percentiles of the resampled values. */
    public record Interval(double low, double high) {
        @Override
        public String toString() { return String.format(java.util.Locale.ROOT, "[%.3f, %.3f]", low, high); }
    }

    /**
     * The intervals of the overall scores.
     *
     * @param samples how many resamples were drawn
     */
    public record Result(int samples, Interval speaker, Interval strict, Interval relation) {}

    /**
     * The difference of two predictions' overall scores (first minus second) over the same resamples.
     *
     * @param delta    the observed difference of speaker, strict claim and relation F1
     * @param interval the 95% interval of each difference
     * @param better   the share of resamples in which the first scores strictly higher, for each
     */
    public record Comparison(int samples, Map<String, Double> delta, Map<String, Interval> interval,
                             Map<String, Double> better) {}

    private static final String[] TARGETS = {"speaker", "strict", "relation"};

    /** The 95% intervals of speaker, strict claim and relation F1 over {@code samples} resamples of the files. */
    public static Result of(Scores scores, int samples, long seed) {
        List<Tally> files = tallies(scores);
        double[][] values = new double[TARGETS.length][samples];
        Random random = new Random(seed);
        for (int s = 0; s < samples; s++) {
            double[] f = f1s(draw(files, null, random).get(0));
            for (int t = 0; t < TARGETS.length; t++) values[t][s] = f[t];
        }
        return new Result(samples, interval(values[0]), interval(values[1]), interval(values[2]));
    }

    /**
     * Compares two scorings of the same gold files (the predictions of two extractors): the files are paired by
     * key and drawn together.
     *
     * @throws IllegalArgumentException when the two do not score the same files
     */
    public static Comparison compare(Scores first, Scores second, int samples, long seed) {
        List<Tally> a = tallies(first), b = tallies(second);
        List<String> ka = first.files().stream().map(FileResult::key).toList();
        List<String> kb = second.files().stream().map(FileResult::key).toList();
        if (!ka.equals(kb)) throw new IllegalArgumentException("the two predictions are not scored on the same gold files");
        double[] observed = diff(f1s(sum(a)), f1s(sum(b)));
        double[][] values = new double[TARGETS.length][samples];
        int[] better = new int[TARGETS.length];
        Random random = new Random(seed);
        for (int s = 0; s < samples; s++) {
            List<Tally> pair = draw(a, b, random);
            double[] d = diff(f1s(pair.get(0)), f1s(pair.get(1)));
            for (int t = 0; t < TARGETS.length; t++) {
                values[t][s] = d[t];
                if (d[t] > 0) better[t]++;
            }
        }
        Map<String, Double> delta = new LinkedHashMap<>(), share = new LinkedHashMap<>();
        Map<String, Interval> intervals = new LinkedHashMap<>();
        for (int t = 0; t < TARGETS.length; t++) {
            delta.put(TARGETS[t], observed[t]);
            intervals.put(TARGETS[t], interval(values[t]));
            share.put(TARGETS[t], better[t] / (double) samples);
        }
        return new Comparison(samples, delta, intervals, share);
    }

    private static List<Tally> tallies(Scores scores) {
        return scores.files().stream().map(FileResult::tally).toList();
    }

    /** One resample: as many files as there are, drawn with replacement; the same draw for both lists. */
    private static List<Tally> draw(List<Tally> a, List<Tally> b, Random random) {
        Tally x = Tally.ZERO, y = Tally.ZERO;
        for (int i = 0; i < a.size(); i++) {
            int pick = random.nextInt(a.size());
            x = x.plus(a.get(pick));
            if (b != null) y = y.plus(b.get(pick));
        }
        List<Tally> out = new ArrayList<>(2);
        out.add(x);
        out.add(y);
        return out;
    }

    private static Tally sum(List<Tally> files) {
        return files.stream().reduce(Tally.ZERO, Tally::plus);
    }

    private static double[] f1s(Tally t) {
        return new double[] {t.speaker().prf().f1(), t.claims(Level.STRICT).prf().f1(), t.claims(Level.RELATION).prf().f1()};
    }

    private static double[] diff(double[] x, double[] y) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) d[i] = x[i] - y[i];
        return d;
    }

    private static Interval interval(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return new Interval(percentile(v, 0.025), percentile(v, 0.975));
    }

    /** The value at rank q·(n−1), linearly interpolated (numpy's default percentile). */
    private static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos), hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
