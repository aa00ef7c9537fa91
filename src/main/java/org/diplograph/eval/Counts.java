package org.diplograph.eval;

import java.util.Set;

/** True positives, false positives and false negatives of one target. */
public record Counts(int tp, int fp, int fn) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (tp < 0 || fp < 0 || fn < 0) throw new IllegalArgumentException("negative count: tp=%d, fp=%d, fn=%d".formatted(tp, fp, fn));
    }

    /** The counts of comparing one gold set with one predicted set. */
    public static Counts compare(Set<?> gold, Set<?> predicted) {
        int tp = (int) gold.stream().filter(predicted::contains).count();
        return new Counts(tp, predicted.size() - tp, gold.size() - tp);
    }

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** Precision, recall and F1, with the same floating-point operations as score.py. */
    public Prf prf() {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(p, r, f);
    }
}
