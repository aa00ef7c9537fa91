package org.diplograph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ArabicFolding}: what each kind of character folds to. */
class ArabicFoldingTest {

    static Stream<Arguments> foldings() {
        return Stream.of(
                Arguments.of("harakat and sukun removed", "قَالَتْ", "قالت"),
                Arguments.of("shadda and tanween removed", "إنّ جيدةٌ", "ان جيده"),
                Arguments.of("superscript alef removed", "هٰذا", "هذا"),
                Arguments.of("tatweel removed", "مــصــر", "مصر"),
                Arguments.of("hamza-seated alefs become bare alef", "أإآٱ", "اااا"),
                Arguments.of("alef maqsura becomes yeh", "مستشفى", "مستشفي"),
                Arguments.of("teh marbuta becomes heh", "الروسية", "الروسيه"),
                Arguments.of("hamza on waw and on yeh", "مؤتمر رئيس", "موتمر رييس"),
                Arguments.of("Persian kaf and yeh", "کی", "كي"),
                Arguments.of("Arabic-Indic digits", "٢٠٢٤", "2024"),
                Arguments.of("extended Arabic-Indic digits", "۱۹۷۳", "1973"),
                Arguments.of("every double quote kind", "«»“”„‟＂", "\"\"\"\"\"\"\""),
                Arguments.of("curly and low single quotes", "‘’‚‛´", "'''''"),
                Arguments.of("hashtag and underscore become spaces", "#كوريا_الشمالية", " كوريا الشماليه"),
                Arguments.of("Latin lower-cased", "Foreign Ministry", "foreign ministry"),
                Arguments.of("dashes", "2023–2024 — end", "2023-2024 - end"),
                Arguments.of("no-break space and tab become spaces", "a\u00A0b\tc", "a b c"),
                Arguments.of("newline kept", "سطر\nسطر", "سطر\nسطر"),
                Arguments.of("zero-width and direction marks removed", "a\u200Bb\u200Fc\u061Cd", "abcd"),
                Arguments.of("plain ASCII punctuation kept", "U.S., (UN)!", "u.s., (un)!"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foldings")
    void foldsEachKindOfCharacter(String what, String input, String expected) {
        assertThat(ArabicFolding.fold(input)).isEqualTo(expected);
    }

    @Test
    void backtickFoldsToASingleQuote() {
        assertThat(ArabicFolding.fold("`Lavrov`")).isEqualTo("'lavrov'");
    }

    @Test
    void aRemovedCharFoldsToTheRemovedMarker() {
        assertThat(ArabicFolding.fold('\u064E')).isEqualTo(ArabicFolding.REMOVED);
    }

    @Test
    void foldingAFoldedStringChangesNothing() {
        String folded = ArabicFolding.fold("أعلنت وزارة الخارجية «الروسية» يوم ٢٣ مايو");
        assertThat(ArabicFolding.fold(folded)).isEqualTo(folded);
    }

    @Test
    void aLeadingConjunctionComesOffOnlyWhenAWordRemains() {
        assertThat(ArabicFolding.withoutConjunction("وبلاده")).isEqualTo("بلاده");
        assertThat(ArabicFolding.withoutConjunction("فبلادنا")).isEqualTo("بلادنا");
        assertThat(ArabicFolding.withoutConjunction("وطن")).isEqualTo("وطن");
        assertThat(ArabicFolding.withoutConjunction("بلاده")).isEqualTo("بلاده");
    }
}
