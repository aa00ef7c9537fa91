package org.diplograph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The search box analyses words as the index does. */
@Tag("issue-13")
class TextSearchTest {
    @Test
    void anArabicWordWithCliticsIsSearchedAsEveryFormTheIndexHolds() {
        assertThat(TextSearch.luceneQuery("والتطبيع")).isEqualTo("(والتطبيع OR التطبيع OR تطبيع)");
    }

    @Test
    void allWordsMustMatchAndEnglishWordsGoAsTyped() {
        assertThat(TextSearch.luceneQuery("normalisation وتركيا")).isEqualTo("normalisation AND (وتركيا OR تركيا)");
    }

    @Test
    void lucenesSyntaxCharactersAreEscaped() {
        assertThat(TextSearch.luceneQuery("talks*")).isEqualTo("talks");
        assertThat(TextSearch.luceneQuery("the")).isNull();   // an English stop word only
    }
}
