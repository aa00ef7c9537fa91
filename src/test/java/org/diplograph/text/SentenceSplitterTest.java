package org.diplograph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;

/** {@link SentenceSplitter}: where sentences end. */
class SentenceSplitterTest {

    /** The original text of each sentence. */
    static List<String> sentences(String raw) {
        NormalizedText t = NormalizedText.of(raw);
        return SentenceSplitter.split(t, Tokenizer.tokenize(t.text())).stream()
                .map(s -> t.toOriginal(s.start(), s.end()).of(raw)).toList();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a line break ends a sentence without a full stop",
                        "قال الوزير إن المحادثات مثمرة\nوأضاف أن الزيارة ناجحة",
                        List.of("قال الوزير إن المحادثات مثمرة", "وأضاف أن الزيارة ناجحة")),
                Arguments.of("a full stop before a capital ends a sentence",
                        "Lavrov met Fidan in Ankara. The talks went well.",
                        List.of("Lavrov met Fidan in Ankara.", "The talks went well.")),
                Arguments.of("U.S. does not end a sentence",
                        "The U.S. envoy arrived in Cairo. He met Egyptian officials.",
                        List.of("The U.S. envoy arrived in Cairo.", "He met Egyptian officials.")),
                Arguments.of("Dr. does not end a sentence",
                        "Dr. Smith said the talks were useful.",
                        List.of("Dr. Smith said the talks were useful.")),
                Arguments.of("the Arabic abbreviation د. does not end a sentence",
                        "قال د. أحمد حسن إن الاتفاق مهم.",
                        List.of("قال د. أحمد حسن إن الاتفاق مهم.")),
                Arguments.of("the Arabic question mark ends a sentence",
                        "هل ستستأنف المفاوضات؟ قال الوزير إنها ستستأنف.",
                        List.of("هل ستستأنف المفاوضات؟", "قال الوزير إنها ستستأنف.")),
                Arguments.of("a full stop before an Arabic word ends a sentence",
                        "وصل الوزير إلى أنقرة. وبحث مع نظيره العلاقات.",
                        List.of("وصل الوزير إلى أنقرة.", "وبحث مع نظيره العلاقات.")),
                Arguments.of("a decimal point does not end a sentence",
                        "The deal is worth 3.5 billion dollars. Both sides signed it.",
                        List.of("The deal is worth 3.5 billion dollars.", "Both sides signed it.")),
                Arguments.of("a full stop before a lower-case word does not end a sentence",
                        "The talks ended at 5 p.m. on Sunday.",
                        List.of("The talks ended at 5 p.m. on Sunday.")),
                Arguments.of("a closing quote after the stop belongs to the sentence",
                        "\"We welcome the deal.\" Officials said so.",
                        List.of("\"We welcome the deal.\"", "Officials said so.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void splitsSentences(String what, String raw, List<String> expected) {
        assertThat(sentences(raw)).isEqualTo(expected);
    }

    @Test
    void linesSeparatedByBreaksAreNumberedAsParagraphs() {
        NormalizedText t = NormalizedText.of("First line. Still first.\n\nSecond line.\nThird line.");
        List<Integer> paragraphs = SentenceSplitter.split(t, Tokenizer.tokenize(t.text())).stream()
                .map(Sentence::paragraph).toList();
        assertThat(paragraphs).containsExactly(0, 0, 1, 2);
    }

    @Test
    void sentencesAreIndexedInOrder() {
        NormalizedText t = NormalizedText.of("One. Two. Three.");
        assertThat(SentenceSplitter.split(t, Tokenizer.tokenize(t.text())).stream().map(Sentence::index).toList())
                .containsExactly(0, 1, 2);
    }

    @Test
    @org.junit.jupiter.api.Tag("issue-12")
    void aRunWithoutSentenceEndsIsCutIntoBoundedSentencesThatKeepEveryToken() {
        String raw = "word ".repeat(3 * SentenceSplitter.MAX_TOKENS + 17).strip();
        NormalizedText t = NormalizedText.of(raw);
        List<Token> tokens = Tokenizer.tokenize(t.text());
        List<Sentence> split = SentenceSplitter.split(t, tokens);
        assertThat(split).hasSize(4);
        assertThat(split).allSatisfy(s -> assertThat(s.tokens()).hasSizeLessThanOrEqualTo(SentenceSplitter.MAX_TOKENS));
        assertThat(split.stream().flatMap(s -> s.tokens().stream()).toList()).isEqualTo(tokens);
        assertThat(split).extracting(Sentence::paragraph).containsOnly(0);
    }

    @Test
    @org.junit.jupiter.api.Tag("issue-12")
    void anOverlongSentenceIsCutAfterItsLastCommaInTheWindow() {
        // clauses of 10 tokens ending in an Arabic comma; no full stop until the very end
        String clause = "قال الوزير إن بلاده تدعم الحوار بين الطرفين اليوم، ";
        List<String> got = sentences(clause.repeat(60).strip() + ".");
        assertThat(got).hasSizeGreaterThan(1);
        assertThat(got.subList(0, got.size() - 1)).allSatisfy(s -> assertThat(s).endsWith("،"));
        assertThat(String.join(" ", got)).isEqualTo(clause.repeat(60).strip() + ".");
    }
}
