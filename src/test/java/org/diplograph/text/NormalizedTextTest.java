package org.diplograph.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.diplograph.model.Span;
import org.junit.jupiter.api.Test;

/** {@link NormalizedText}: the folded copy and its offset map back to the original. */
class NormalizedTextTest {

    @Test
    void textIsTheFoldedOriginal() {
        NormalizedText t = NormalizedText.of("قالَتْ زاخاروفا");
        assertThat(t.text()).isEqualTo("قالت زاخاروفا");
    }

    @Test
    void originalIsKeptUnchanged() {
        String raw = "وزيرُ الخارجيةِ";
        assertThat(NormalizedText.of(raw).original()).isSameAs(raw);
    }

    @Test
    void lengthIsTheFoldedLength() {
        assertThat(NormalizedText.of("مــصر").length()).isEqualTo(3);
    }

    @Test
    void foldedRangeMapsBackToTheOriginalSubstringWithTheMarksInsideIt() {
        String raw = "قَالَ الوزير";
        NormalizedText t = NormalizedText.of(raw);
        assertThat(t.toOriginal(0, 2).of(raw)).isEqualTo("قَا");
    }

    @Test
    void foldedRangeMapsBackOverTatweelInsideAWord() {
        String raw = "زار مــصر";
        NormalizedText t = NormalizedText.of(raw);
        assertThat(t.toOriginal(4, 7).of(raw)).isEqualTo("مــصر");
    }

    @Test
    void foldedRangeAfterRemovedCharsStartsAtTheRightOriginalIndex() {
        String raw = "\u200Fقالَ الوزير";
        NormalizedText t = NormalizedText.of(raw);
        assertThat(t.toOriginal(4, 10)).isEqualTo(new Span(6, 12));
    }

    @Test
    void aRangeWithoutRemovedCharsMapsToTheSameOffsets() {
        NormalizedText t = NormalizedText.of("Lavrov said");
        assertThat(t.toOriginal(7, 11)).isEqualTo(new Span(7, 11));
    }

    @Test
    void anEmptyRangeMapsToAnEmptySpan() {
        NormalizedText t = NormalizedText.of("قَالَ الوزير");
        assertThat(t.toOriginal(2, 2)).isEqualTo(new Span(3, 3));
    }

    @Test
    void theWholeFoldedTextMapsToTheWholeOriginalWithoutTrailingRemovedChars() {
        String raw = "مصر\u200F";
        assertThat(NormalizedText.of(raw).toOriginal(0, 3)).isEqualTo(new Span(0, 3));
    }

    @Test
    void spanOverloadMapsLikeTheIntOverload() {
        NormalizedText t = NormalizedText.of("قَالَ الوزير");
        assertThat(t.toOriginal(new Span(4, 10))).isEqualTo(t.toOriginal(4, 10));
    }

    @Test
    void aRangeOutsideTheFoldedTextIsRejected() {
        NormalizedText t = NormalizedText.of("قَالَ");
        assertThatThrownBy(() -> t.toOriginal(1, 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid folded range: start=1, end=9, length=3");
    }

    @Test
    void aReversedRangeIsRejected() {
        NormalizedText t = NormalizedText.of("abc");
        assertThatThrownBy(() -> t.toOriginal(2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid folded range: start=2, end=1, length=3");
    }

    @Test
    void aRangeEndingAtAWordEndKeepsTheMarksOfItsLastLetter() {
        String raw = "قالتْ زاخاروفا";
        NormalizedText t = NormalizedText.of(raw);
        assertThat(t.toOriginal(0, 4).of(raw)).isEqualTo("قالتْ");
    }
}
