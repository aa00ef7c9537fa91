package org.diplograph.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimsCsvTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain | plain",
            "'' | ''",
            "'a,b' | '\"a,b\"'",
            "'say \"yes\"' | '\"say \"\"yes\"\"\"'",
            "'two\nlines' | '\"two\nlines\"'",
            "'قالت، إن' | 'قالت، إن'"})
    void quotesFieldsAsRfc4180Wants(String field, String expected) {
        assertThat(ClaimsCsv.quote(field)).isEqualTo(expected);
    }
}
