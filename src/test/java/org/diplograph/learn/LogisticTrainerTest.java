package org.diplograph.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Logistic regression on toy problems. */
class LogisticTrainerTest {
    /** "good" marks the right candidates, "bad" the wrong ones; "bias" and "noise" fire on both. */
    private static List<Example> separable() {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(new Example(List.of("bias", "good", i % 2 == 0 ? "noise" : "other"), true));
            out.add(new Example(List.of("bias", "bad", i % 3 == 0 ? "noise" : "other"), false));
        }
        return out;
    }

    @Test
    void learnsASeparableProblem() {
        LinearModel m = new LogisticTrainer().train(separable());
        assertThat(m.weight("good")).isPositive();
        assertThat(m.weight("bad")).isNegative();
        assertThat(m.probability(List.of("bias", "good"))).isGreaterThan(0.5);
        assertThat(m.probability(List.of("bias", "bad"))).isLessThan(0.5);
        assertThat(m.probability(List.of("bias", "good", "noise"))).isGreaterThan(m.probability(List.of("bias", "bad", "noise")));
        assertThat(m.threshold()).isEqualTo(0.5);
        assertThat(m.provenance()).isEmpty();
        for (Example e : separable())
            assertThat(m.accepts(e.features())).as("%s", e).isEqualTo(e.positive());
    }

    @Test
    void sameSeedGivesIdenticalWeights() throws Exception {
        LinearModel a = new LogisticTrainer().seed(7).epochs(10).train(separable());
        LinearModel b = new LogisticTrainer().seed(7).epochs(10).train(separable());
        for (String f : List.of("bias", "good", "bad", "noise", "other"))
            assertThat(a.weight(f)).as(f).isEqualTo(b.weight(f));
        java.io.StringWriter wa = new java.io.StringWriter(), wb = new java.io.StringWriter();
        a.write(wa);
        b.write(wb);
        assertThat(wa.toString()).isEqualTo(wb.toString());
    }

    @Test
    void moreEpochsSeparateTheClassesFurther() {
        LinearModel few = new LogisticTrainer().epochs(1).train(separable());
        LinearModel many = new LogisticTrainer().epochs(40).train(separable());
        assertThat(many.probability(List.of("bias", "good"))).isGreaterThan(few.probability(List.of("bias", "good")));
        assertThat(many.probability(List.of("bias", "bad"))).isLessThan(few.probability(List.of("bias", "bad")));
    }

    @Test
    void theAveragedWeightsAreTheMeanOfTheSecondHalfsEpochsAndOneEpochIsItsOwnAverage() {
        // two epochs: the second is the half averaged, so averaging changes nothing
        LinearModel two = new LogisticTrainer().epochs(2).train(separable());
        LinearModel twoLast = new LogisticTrainer().epochs(2).averaging(false).train(separable());
        assertThat(two.weight("good")).isEqualTo(twoLast.weight("good"));
        // over more epochs the average lies between the early and the last weights of a growing weight
        LinearModel averaged = new LogisticTrainer().epochs(20).train(separable());
        LinearModel last = new LogisticTrainer().epochs(20).averaging(false).train(separable());
        LinearModel half = new LogisticTrainer().epochs(10).averaging(false).train(separable());
        assertThat(averaged.weight("good")).isLessThan(last.weight("good")).isGreaterThan(half.weight("good"));
        assertThat(averaged.probability(List.of("bias", "good"))).isGreaterThan(0.5);
        assertThat(averaged.probability(List.of("bias", "bad"))).isLessThan(0.5);
    }

    @Test
    void aStrongerL2PenaltyKeepsWeightsSmaller() {
        LinearModel weak = new LogisticTrainer().l2(0).train(separable());
        LinearModel strong = new LogisticTrainer().l2(1.0).train(separable());
        assertThat(Math.abs(strong.weight("good"))).isLessThan(Math.abs(weak.weight("good")));
    }

    @Test
    void allPositiveOrAllNegativeExamplesAreRejected() {
        List<Example> positive = List.of(new Example(List.of("a"), true), new Example(List.of("b"), true));
        List<Example> negative = List.of(new Example(List.of("a"), false));
        assertThatThrownBy(() -> new LogisticTrainer().train(positive))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 right of 2");
        assertThatThrownBy(() -> new LogisticTrainer().train(negative))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 right of 1");
        assertThatThrownBy(() -> new LogisticTrainer().train(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExampleCopiesItsFeatures() {
        List<String> f = new ArrayList<>(List.of("a"));
        Example e = new Example(f, true);
        f.add("b");
        assertThat(e.features()).containsExactly("a");
    }
}
