package org.diplograph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Tokenizer}: words and single-char symbols over folded text. */
class TokenizerTest {

    @Test
    void splitsWordsAndPunctuationWithOffsets() {
        assertThat(Tokenizer.tokenize(ArabicFolding.fold("قالت زاخاروفا، إن")))
                .containsExactly(
                        new Token(0, 0, 4, "قالت", true),
                        new Token(1, 5, 13, "زاخاروفا", true),
                        new Token(2, 13, 14, "،", false),
                        new Token(3, 15, 17, "ان", true));
    }

    @Test
    void eachPunctuationMarkIsItsOwnToken() {
        assertThat(Tokenizer.tokenize("u.s.").stream().map(Token::text).toList())
                .containsExactly("u", ".", "s", ".");
    }

    @Test
    void lettersAndDigitsFormOneWord() {
        assertThat(Tokenizer.tokenize("g20 summit")).containsExactly(
                new Token(0, 0, 3, "g20", true), new Token(1, 4, 10, "summit", true));
    }

    @Test
    void combiningMarksStayInsideTheWord() {
        assertThat(Tokenizer.tokenize("قَالَ")).containsExactly(new Token(0, 0, 5, "قَالَ", true));
    }

    @Test
    void whitespaceAndNewlinesAreSkipped() {
        assertThat(Tokenizer.tokenize("  a \n\n b ")).containsExactly(
                new Token(0, 2, 3, "a", true), new Token(1, 7, 8, "b", true));
    }

    @Test
    void anEmojiIsOneSymbolTokenOfTwoChars() {
        assertThat(Tokenizer.tokenize("ok\uD83D\uDE00")).containsExactly(
                new Token(0, 0, 2, "ok", true), new Token(1, 2, 4, "\uD83D\uDE00", false));
    }

    @Test
    void emptyTextHasNoTokens() {
        assertThat(Tokenizer.tokenize("")).isEqualTo(List.of());
    }

    @Test
    void latinWordsAreLatinAndArabicWordsAreNot() {
        List<Token> tokens = Tokenizer.tokenize("moscow موسكو .");
        assertThat(tokens.stream().map(Token::isLatin).toList()).containsExactly(true, false, false);
    }
}
