package org.diplograph.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuessTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "قالت المتحدثة باسم الخارجية إن NATO لن تتدخل | ar",
            "The spokesman of the Kremlin (الكرملين) said talks went well | en",
            "Пресс-секретарь заявил | NULL",
            "2024 - 07 - 13 | NULL",
            "'' | NULL",
    })
    void guessesByScriptMajority(String text, String expected) {
        assertThat(LanguageGuess.guess(text)).isEqualTo(expected);
    }
}
