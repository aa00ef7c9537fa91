package org.diplograph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {
    private static final List<String> KEYS = List.of("ar/003", "003", "en/003", "seed/000");

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "../shared/eval/dev/articles/ar/003.txt|ar/003",
            "articles\\ar\\003.txt|ar/003",
            "./ar/./003.txt|ar/003",
            "ar/003.jsonl#L2|ar/003",
            "x/003.txt|003",
            "ar/0003.txt|NULL",
            "|NULL",
            "/|NULL",
    })
    void keysAPredictionByTheLongestGoldKeyItsPathEndsWith(String file, String key) {
        assertThat(Scorer.keyOf(file, KEYS)).isEqualTo(key);
    }

    private static GoldFile.Statement named(String... names) {
        return new GoldFile.Statement(List.of(names), "person", "RUS", null, List.of());
    }

    @Test
    void matchesSurnameButNotShortTokens() {
        assertThat(SpeakerMatch.same(named("ماريا زاخاروفا"), new Prediction.Speaker("زَاخاروفا", "person", null, null))).isTrue();
        assertThat(SpeakerMatch.same(named("Li Qiang"), new Prediction.Speaker("Li", "person", null, null))).isFalse();
        assertThat(SpeakerMatch.same(named("Li"), new Prediction.Speaker("Li", null, null, null))).isTrue();
        assertThat(SpeakerMatch.same(named("Lavrov"), new Prediction.Speaker("", "person", "RUS", null))).isFalse();
    }

    @Test
    void matchesUnnamedByCountryAndOrg() {
        GoldFile.Statement unnamed = new GoldFile.Statement(List.of(), "unnamed", null, "UN", List.of());
        assertThat(SpeakerMatch.same(unnamed, new Prediction.Speaker(null, "unnamed", null, "UN"))).isTrue();
        assertThat(SpeakerMatch.same(unnamed, new Prediction.Speaker("an official", "unnamed", null, "UN"))).isTrue();
        assertThat(SpeakerMatch.same(unnamed, new Prediction.Speaker("an official", "person", null, "UN"))).isFalse();
        assertThat(SpeakerMatch.same(unnamed, new Prediction.Speaker(null, "unnamed", null, "EU"))).isFalse();
    }

    @Test
    void mergesStatementsOfOneSpeakerAndDropsClaimsWithoutParticipants() {
        ScoredClaim talks = new ScoredClaim("talks", List.of("RUS", "USA"), "positive");
        GoldFile gold = new GoldFile("en/001", List.of(new GoldFile.Statement(List.of("Sergey Lavrov"), "person", "RUS", null,
                List.of(talks, new ScoredClaim("sanctions", List.of("USA", "RUS"), "negative")))));
        Prediction.Speaker lavrov = new Prediction.Speaker("Lavrov", "person", "RUS", null);
        Prediction pred = new Prediction("articles/en/001.txt", List.of(
                new Prediction.Statement(lavrov, List.of(new ScoredClaim("talks", List.of("USA", "RUS", ""), "positive"))),
                new Prediction.Statement(lavrov, List.of(new ScoredClaim("sanctions", List.of("", "USA"), "negative")))));
        Scores s = Scorer.score(Map.of("en/001", gold), List.of(pred));
        assertThat(s.overall()).isEqualTo(new Tally(new Counts(1, 0, 0), Map.of(
                Level.STRICT, new Counts(1, 1, 1), Level.RELATION, new Counts(1, 1, 1), Level.ACTORS, new Counts(1, 1, 0))));
        assertThat(s.countryCorrect()).isEqualTo(1);
        assertThat(s.files().get(0).mismatches()).extracting(Mismatch::line).containsExactly(
                "  en/001: missed claim (0, 'sanctions', frozenset({'RUS', 'USA'}), 'negative')",
                "  en/001: spurious claim (0, 'sanctions', frozenset({'USA'}), 'negative')");
    }

    @Test
    void undefinedRatiosAreZero() {
        assertThat(Counts.ZERO.prf()).isEqualTo(new Prf(0.0, 0.0, 0.0));
        assertThat(new Counts(1, 1, 3).prf()).isEqualTo(new Prf(0.5, 0.25, 2 * 0.5 * 0.25 / 0.75));
    }
}
