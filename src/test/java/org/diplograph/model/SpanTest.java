package org.diplograph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SpanTest {
    @Test
    void rejectsEndBeforeStart() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Span(5, 3));
        assertThat(e).hasMessage("invalid span: start=5, end=3");
    }

    @Test
    void cutsItsTextOutOfTheString() {
        assertThat(new Span(2, 5).of("abcdefg")).isEqualTo("cde");
    }

    @Test
    void overlapsOnlyWhenSharingAChar() {
        assertThat(new Span(0, 3).overlaps(new Span(3, 5))).isFalse();
        assertThat(new Span(0, 4).overlaps(new Span(3, 5))).isTrue();
    }

    @Test
    void looksUpEnumsByGuidelineCode() {
        assertThat(Relation.ofCode("normalisation")).isEqualTo(Relation.NORMALISATION);
        assertThat(Act.ofCode("express_intent")).isEqualTo(Act.EXPRESS_INTENT);
        var e = assertThrows(IllegalArgumentException.class, () -> Stance.ofCode("happy"));
        assertThat(e).hasMessage("unknown stance code 'happy'");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`: \"تجرى اتصالات عبر القنوات\".`        | `\"تجرى اتصالات عبر القنوات\"`",
            "`- في مقابلة مع الصحفي -`                 | `في مقابلة مع الصحفي`",
            "`أن “تطبيع العلاقات”، `                    | `أن “تطبيع العلاقات”`",
            "`“تطبيع العلاقات بين تركيا وسوريا`         | `تطبيع العلاقات بين تركيا وسوريا`",
            "`”الحوار مستمر“.`                          | `”الحوار مستمر“`",
            "`the talks (in Ankara) went well.\"`      | `the talks (in Ankara) went well`",
            "`(in Ankara`                               | `in Ankara`",
            "`«نرحب بهذا الاتجاه»`                      | `«نرحب بهذا الاتجاه»`",
            "`talks resumed`                            | `talks resumed`",
            "`...`                                      | `...`"})
    @org.junit.jupiter.api.Tag("issue-12")
    void evidenceIsTrimmedOfStrayPunctuationAndQuoteMarks(String covered, String expected) {
        String text = "x " + covered + " y";
        Span span = new Span(2, 2 + covered.length());
        assertThat(span.trimmed(text).of(text)).isEqualTo(expected);
    }
}
