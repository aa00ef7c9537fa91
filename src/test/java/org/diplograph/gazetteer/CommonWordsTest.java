package org.diplograph.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.text.ArabicFolding;
import org.junit.jupiter.api.Test;

/** The bundled list of common Arabic words, and the accusative forms it implies. */
class CommonWordsTest {
    private static final CommonWords COMMON = CommonWords.bundled();

    private static String f(String w) {
        return ArabicFolding.fold(w);
    }

    @Test
    void theIndefiniteAccusativeOfACommonNounIsCommon() {
        assertThat(COMMON.contains(f("بيان"))).isTrue();
        assertThat(COMMON.containsAccusative(f("بيانا"))).isTrue();
        assertThat(COMMON.containsAccusative(f("وبيانا"))).isTrue();
        assertThat(COMMON.containsAccusative(f("مؤتمرا"))).isTrue();
    }

    @Test
    void namesEndingInAlefAreNotAccusatives() {
        assertThat(COMMON.containsAccusative(f("سوريا"))).isFalse(); // -يا is a name's ending, not a case ending
        assertThat(COMMON.containsAccusative(f("دروبيسكا"))).isFalse();
        assertThat(COMMON.containsAccusative(f("بيان"))).isFalse();
    }
}
