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
}
