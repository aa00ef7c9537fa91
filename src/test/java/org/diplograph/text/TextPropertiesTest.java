package org.diplograph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.diplograph.model.Span;

/** Properties of folding, the offset map, tokens and sentences, over mixed Arabic/Latin/mark/symbol text. */
class TextPropertiesTest {

    /** Chars that exercise every folding branch, plus surrogate pairs. */
    private static final List<String> PIECES = List.of("ا", "أ", "إ", "آ", "ى", "ي", "ة", "ؤ", "ئ", "ک", "ی", "ق", "ل",
            "م", "\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u064B", "\u0670", "\u0640", "\u06D6", "\u200B",
            "\u200F", "\uFEFF", "\u00AD", "٣", "۷", "7", "«", "»", "“", "”", "‘", "#", "_", "-", "–", "\u00A0", " ",
            "\n", "\t", "\u2028", ".", "؟", "،", ",", "!", "?", "\"", "A", "Z", "a", "U", "S", "É", "İ", "Σ",
            "\uD83D\uDE00", "\uD835\uDC00", "\uFFFF");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> mixed = Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
        return Arbitraries.oneOf(mixed, Arbitraries.strings().ofMaxLength(40));
    }

    @Provide
    Arbitrary<Object[]> textsWithRange() {
        return texts().flatMap(s -> {
            int n = NormalizedText.of(s).length();
            return Combinators.combine(Arbitraries.integers().between(0, n), Arbitraries.integers().between(0, n))
                    .as((x, y) -> new Object[] {s, Math.min(x, y), Math.max(x, y)});
        });
    }

    @Property
    void foldingIsIdempotent(@ForAll("texts") String s) {
        String once = ArabicFolding.fold(s);
        assertThat(ArabicFolding.fold(once)).isEqualTo(once);
    }

    @Property
    void normalizedTextIsTheFoldedString(@ForAll("texts") String s) {
        assertThat(NormalizedText.of(s).text()).isEqualTo(ArabicFolding.fold(s));
    }

    @Property
    void offsetsOfFoldedCharsStayInRangeAndIncrease(@ForAll("texts") String s) {
        NormalizedText t = NormalizedText.of(s);
        int previousEnd = 0;
        for (int i = 0; i < t.length(); i++) {
            Span one = t.toOriginal(i, i + 1);
            assertThat(one.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(one.end()).isGreaterThan(one.start()).isLessThanOrEqualTo(s.length());
            // beyond its own char, a folded char only takes the diacritics and tatweel that follow it
            for (int k = one.start() + 1; k < one.end(); k++) assertThat(ArabicFolding.isMark(s.charAt(k))).isTrue();
            previousEnd = one.end();
        }
    }

    @Property
    void aFoldedRangeMapsToOriginalTextThatFoldsBackToIt(@ForAll("textsWithRange") Object[] input) {
        String s = (String) input[0];
        int from = (int) input[1], to = (int) input[2];
        NormalizedText t = NormalizedText.of(s);
        Span span = t.toOriginal(from, to);
        assertThat(span.end()).isLessThanOrEqualTo(s.length());
        assertThat(ArabicFolding.fold(span.of(s))).isEqualTo(t.text().substring(from, to));
    }

    @Property
    void tokensAreInOrderAndNeverOverlap(@ForAll("texts") String s) {
        String folded = ArabicFolding.fold(s);
        List<Token> tokens = Tokenizer.tokenize(folded);
        int previousEnd = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            assertThat(tok.index()).isEqualTo(i);
            assertThat(tok.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(tok.end()).isGreaterThan(tok.start()).isLessThanOrEqualTo(folded.length());
            assertThat(tok.text()).isEqualTo(folded.substring(tok.start(), tok.end()));
            previousEnd = tok.end();
        }
    }

    @Property
    void everyCharOutsideTokensIsWhitespace(@ForAll("texts") String s) {
        String folded = ArabicFolding.fold(s);
        StringBuilder outside = new StringBuilder(folded);
        for (Token tok : Tokenizer.tokenize(folded))
            for (int i = tok.start(); i < tok.end(); i++) outside.setCharAt(i, ' ');
        assertThat(outside.toString()).isBlank();
    }

    @Property
    void sentencesPartitionTheTokensInOrder(@ForAll("texts") String s) {
        NormalizedText t = NormalizedText.of(s);
        List<Token> tokens = Tokenizer.tokenize(t.text());
        List<Token> joined = new ArrayList<>();
        int previousParagraph = 0;
        for (Sentence sentence : SentenceSplitter.split(t, tokens)) {
            assertThat(sentence.tokens()).isNotEmpty();
            assertThat(sentence.paragraph()).isGreaterThanOrEqualTo(previousParagraph);
            previousParagraph = sentence.paragraph();
            joined.addAll(sentence.tokens());
        }
        assertThat(joined).isEqualTo(tokens);
    }
}
