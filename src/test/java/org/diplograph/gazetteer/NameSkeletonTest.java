package org.diplograph.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spelling variants of one name meet; different names stay apart. */
class NameSkeletonTest {
    @Test
    void longVowelsWordBreaksAndForeignSoundsDoNotMatter() {
        assertThat(NameSkeleton.of("هيذر نويرت")).isEqualTo(NameSkeleton.of("هيذر ناورت"));
        assertThat(NameSkeleton.of("نيكي هيلي")).isEqualTo(NameSkeleton.of("نيكي هايلي"));
        assertThat(NameSkeleton.of("جان إيف لو دريان")).isEqualTo(NameSkeleton.of("جان-إيف لودريان"));
        assertThat(NameSkeleton.of("أنطونيو غوتيريس")).isEqualTo(NameSkeleton.of("أنطونيو جوتيريش"));
        assertThat(NameSkeleton.of("ستيفن منوشين")).isEqualTo(NameSkeleton.of("ستيفن منوتشين"));
        assertThat(NameSkeleton.of("أنغيلا ميركل")).isEqualTo(NameSkeleton.of("انجيلا ميركل"));
        assertThat(NameSkeleton.of("Recep Tayyip Erdoğan")).isEqualTo(NameSkeleton.of("recep tayyip erdogan"));
    }

    @Test
    void namesThatDifferInMoreThanSpellingStayApart() {
        assertThat(NameSkeleton.of("محمد علي")).isNotEqualTo(NameSkeleton.of("محمود علي"));
        assertThat(NameSkeleton.of("جيم ماتيس")).isNotEqualTo(NameSkeleton.of("جيمس ماتيس"));
        assertThat(NameSkeleton.of("سعد الحريري")).isNotEqualTo(NameSkeleton.of("سعد الجبوري"));
        assertThat(NameSkeleton.of(null)).isEmpty();
    }
}
