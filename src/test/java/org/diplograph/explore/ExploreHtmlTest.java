package org.diplograph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Links to original articles and evidence in its sentence. */
@Tag("issue-13")
class ExploreHtmlTest {
    @Test
    void onlyHttpAndHttpsUrlsAreLinked() {
        assertThat(ExploreHtml.isWebUrl("https://example.org/a?b=1")).isTrue();
        assertThat(ExploreHtml.isWebUrl("http://example.org/")).isTrue();
        assertThat(ExploreHtml.isWebUrl("javascript:alert(document.domain)//x")).isFalse();
        assertThat(ExploreHtml.isWebUrl("data:text/html,x")).isFalse();
        assertThat(ExploreHtml.isWebUrl("file:///etc/passwd")).isFalse();
        assertThat(ExploreHtml.isWebUrl("//example.org/x")).isFalse();
    }

    @Test
    void theEvidenceIsMarkedInsideItsSentenceByCodePoints() {
        // the sentence starts at code point 10 of the article; the evidence at 13 ("بين")
        assertThat(ExploreHtml.marked("قال إن بين البلدين", 10, "إن", 14, "ar"))
                .isEqualTo("<q lang=\"ar\" dir=\"auto\">قال <mark>إن</mark> بين البلدين</q>");
        assertThat(ExploreHtml.marked("😀 a b", 0, "a", 2, "en")).isEqualTo("<q lang=\"en\" dir=\"auto\">😀 <mark>a</mark> b</q>");
    }

    @Test
    void evidenceOutsideItsSentenceIsShownAlone() {
        assertThat(ExploreHtml.marked("abc", 0, "xyz", 1, null)).isEqualTo("<q dir=\"auto\"><mark>xyz</mark></q>");
    }
}
