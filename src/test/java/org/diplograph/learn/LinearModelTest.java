package org.diplograph.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The logistic model's arithmetic and its text file. */
class LinearModelTest {
    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String written(LinearModel m) throws IOException {
        StringWriter w = new StringWriter();
        m.write(w);
        return w.toString();
    }

    @Test
    void writeThenReadKeepsWeightsThresholdAndProvenance() throws IOException {
        LinearModel m = new LinearModel(Map.of("rule=ar.verb-subject", 1.25, "type=person", -0.5, "cue=قال", 0.003125),
                0.375, List.of("trained on gold/ar", "5-fold cross-validation: speaker 0.70/0.60/0.65"));
        LinearModel back = LinearModel.read(utf8(written(m)), "test.tsv");
        assertThat(back.threshold()).isEqualTo(0.375);
        assertThat(back.provenance()).containsExactly("trained on gold/ar", "5-fold cross-validation: speaker 0.70/0.60/0.65");
        assertThat(back.size()).isEqualTo(3);
        assertThat(back.weight("rule=ar.verb-subject")).isEqualTo(1.25);
        assertThat(back.weight("type=person")).isEqualTo(-0.5);
        assertThat(back.weight("cue=قال")).isCloseTo(0.003125, within(1e-6));
    }

    @Test
    void theFileHasProvenanceThenThresholdThenWeightsSortedByFeature() throws IOException {
        LinearModel m = new LinearModel(Map.of("b", 2.0, "a", 1.0, "zero", 0.0), 0.5, List.of("line one"));
        List<String> lines = written(m).lines().toList();
        assertThat(lines).containsExactly("# line one", "threshold\t0.500000", "a\t1.000000", "b\t2.000000");
    }

    @Test
    void aNewlineInsideAProvenanceLineDoesNotBreakTheFile() throws IOException {
        LinearModel m = new LinearModel(Map.of("a", 1.0), 0.5, List.of("first\nsecond"));
        LinearModel back = LinearModel.read(utf8(written(m)), "test.tsv");
        assertThat(back.provenance()).containsExactly("first second");
        assertThat(back.weight("a")).isEqualTo(1.0);
    }

    @Test
    void readSkipsBlankLinesAndKeepsTabsInsideFeatureNames() {
        LinearModel m = LinearModel.read(utf8("# p\n\nthreshold\t0.4\nx\ty\t-1.5\n"), "m.tsv");
        assertThat(m.threshold()).isEqualTo(0.4);
        assertThat(m.weight("x\ty")).isEqualTo(-1.5);
    }

    @Test
    void readRejectsALineWithoutTabNamingTheSourceAndLine() {
        assertThatThrownBy(() -> LinearModel.read(utf8("# p\nthreshold\t0.5\nno-tab-here\n"), "my-model.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("my-model.tsv")
                .hasMessageContaining("line 3")
                .hasMessageContaining("no-tab-here");
    }

    @Test
    void readRejectsAWeightThatIsNotANumberNamingTheLine() {
        assertThatThrownBy(() -> LinearModel.read(utf8("threshold\t0.5\na\t1.0\nfeature\tabc\n"), "m.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("m.tsv line 3")
                .hasMessageContaining("feature");
    }

    @Test
    void readRejectsAFileWithoutThreshold() {
        assertThatThrownBy(() -> LinearModel.read(utf8("# p\na\t1.0\n"), "weights-only.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weights-only.tsv")
                .hasMessageContaining("threshold");
    }

    @Test
    void aThresholdOutsideZeroOneIsRejected() {
        assertThatThrownBy(() -> new LinearModel(Map.of(), 1.5, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinearModel(Map.of(), Double.NaN, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinearModel.read(utf8("threshold\t-0.1\n"), "m.tsv")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownFeaturesGiveProbabilityOneHalf() {
        LinearModel empty = new LinearModel(Map.of(), 0.5, List.of());
        assertThat(empty.probability(List.of())).isEqualTo(0.5);
        assertThat(empty.probability(List.of("never-seen", "also-unknown"))).isEqualTo(0.5);
        assertThat(empty.weight("never-seen")).isZero();
        assertThat(empty.accepts(List.of("x"))).as("0.5 reaches a threshold of 0.5").isTrue();
        assertThat(empty.withThreshold(0.6).accepts(List.of("x"))).isFalse();
    }

    @Test
    void probabilityIsTheSigmoidOfTheSummedWeights() {
        LinearModel m = new LinearModel(Map.of("a", 1.0, "b", -3.0), 0.5, List.of());
        assertThat(m.score(List.of("a", "b", "unknown"))).isEqualTo(-2.0);
        assertThat(m.probability(List.of("a"))).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-12));
        assertThat(m.probability(List.of("a", "b"))).isCloseTo(1 / (1 + Math.exp(2)), within(1e-12));
        assertThat(m.probability(List.of("a", "a"))).as("a feature listed twice counts twice")
                .isCloseTo(1 / (1 + Math.exp(-2)), within(1e-12));
        assertThat(m.accepts(List.of("a"))).isTrue();
        assertThat(m.accepts(List.of("b"))).isFalse();
    }

    @Test
    void probabilityStaysFiniteForHugeScores() {
        LinearModel m = new LinearModel(Map.of("big", 1000.0, "small", -1000.0), 0.5, List.of());
        assertThat(m.probability(List.of("big"))).isEqualTo(1.0);
        assertThat(m.probability(List.of("small"))).isEqualTo(0.0);
    }

    @Test
    void plusSumsTheWeightsAndKeepsThisThreshold() {
        LinearModel a = new LinearModel(Map.of("x", 1.0, "shared", 0.5), 0.3, List.of("a"));
        LinearModel b = new LinearModel(Map.of("sp:y", -2.0, "shared", 0.25), 0.9, List.of("b"));
        LinearModel sum = a.plus(b);
        assertThat(sum.weight("x")).isEqualTo(1.0);
        assertThat(sum.weight("sp:y")).isEqualTo(-2.0);
        assertThat(sum.weight("shared")).isEqualTo(0.75);
        assertThat(sum.size()).isEqualTo(3);
        assertThat(sum.threshold()).isEqualTo(0.3);
        assertThat(sum.provenance()).containsExactly("a");
        assertThat(a.weight("sp:y")).as("the operands are unchanged").isZero();
    }

    @Test
    void withThresholdAndWithProvenanceReturnNewModels() {
        LinearModel m = new LinearModel(Map.of("x", 1.0), 0.5, List.of());
        LinearModel t = m.withThreshold(0.8).withProvenance(List.of("p"));
        assertThat(t.threshold()).isEqualTo(0.8);
        assertThat(t.provenance()).containsExactly("p");
        assertThat(t.weight("x")).isEqualTo(1.0);
        assertThat(m.threshold()).isEqualTo(0.5);
        assertThat(m.provenance()).isEmpty();
    }
}
