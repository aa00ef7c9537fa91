package org.diplograph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The percentile bootstrap over articles: intervals of one scoring, and the paired difference of two. */
class BootstrapTest {
    /** A file whose speakers and claims all have the given counts. */
    private static FileResult file(String key, int tp, int fp, int fn) {
        Counts c = new Counts(tp, fp, fn);
        return new FileResult(key, true, new Tally(c, Map.of(Level.STRICT, c, Level.RELATION, c, Level.ACTORS, c)), List.of());
    }

    private static Scores scores(int... tpFpFn) {
        List<FileResult> files = new ArrayList<>();
        for (int i = 0; i < tpFpFn.length; i += 3) files.add(file("ar/" + i, tpFpFn[i], tpFpFn[i + 1], tpFpFn[i + 2]));
        return new Scores(files, 0, 0);
    }

    @Test
    void identicalFilesGiveAnIntervalOfOnePoint() {
        Bootstrap.Result r = Bootstrap.of(scores(2, 1, 1, 2, 1, 1, 2, 1, 1), 200, 1);
        double f1 = 2 * (2 / 3.0) * (2 / 3.0) / (4 / 3.0);
        assertThat(r.samples()).isEqualTo(200);
        assertThat(r.speaker().low()).isCloseTo(f1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.speaker().high()).isCloseTo(f1, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void theIntervalHoldsTheObservedScoreAndWidensWithUnevenFiles() {
        Scores s = scores(5, 0, 0, 0, 3, 3, 4, 1, 0, 1, 2, 2, 3, 0, 1);
        Bootstrap.Result r = Bootstrap.of(s, 1000, 7);
        double observed = s.speakerF1();
        assertThat(r.speaker().low()).isLessThan(observed);
        assertThat(r.speaker().high()).isGreaterThan(observed);
        assertThat(r.speaker().high() - r.speaker().low()).isGreaterThan(0.1);
        // the same seed draws the same resamples
        assertThat(Bootstrap.of(s, 1000, 7)).isEqualTo(r);
    }

    @Test
    void aComparisonPairsTheFilesAndSaysHowOftenTheFirstIsHigher() {
        Scores before = scores(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        Scores after = scores(2, 0, 0, 1, 1, 1, 2, 0, 0, 1, 1, 1);
        Bootstrap.Comparison c = Bootstrap.compare(after, before, 500, 3);
        assertThat(c.delta().get("speaker")).isCloseTo(after.speakerF1() - before.speakerF1(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.delta().get("speaker")).isPositive();
        // every file is as good or better after: no resample can be worse
        assertThat(c.interval().get("speaker").low()).isGreaterThanOrEqualTo(0.0);
        assertThat(c.better().get("speaker")).isGreaterThan(0.9);
        Bootstrap.Comparison same = Bootstrap.compare(before, before, 100, 3);
        assertThat(same.better().get("strict")).isZero();
        assertThat(same.interval().get("relation")).isEqualTo(new Bootstrap.Interval(0, 0));
    }

    @Test
    void predictionsOfOtherFilesCannotBeCompared() {
        Scores a = scores(1, 0, 0);
        Scores b = new Scores(List.of(file("en/1", 1, 0, 0)), 0, 0);
        assertThatThrownBy(() -> Bootstrap.compare(a, b, 10, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same gold files");
    }
}
