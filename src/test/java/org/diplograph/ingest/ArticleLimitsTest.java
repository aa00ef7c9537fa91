package org.diplograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.diplograph.model.Act;
import org.diplograph.model.Article;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Claim;
import org.diplograph.model.Relation;
import org.diplograph.model.Span;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;
import org.diplograph.model.Stance;
import org.diplograph.model.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The per-article limits of ingest (issue 12, item 5). */
@Tag("issue-12")
class ArticleLimitsTest {
    private final ArticleLimits limits = new ArticleLimits(3, 4, Duration.ofSeconds(10));

    @Test
    void anExtractionWithinTheLimitsPasses() {
        assertThat(limits.overSize(extraction(3, 1))).isNull();
        assertThat(limits.overTime(Duration.ofSeconds(10), "extraction")).isNull();
    }

    @Test
    void tooManyStatementsOrClaimsOrTooMuchTimeIsSaid() {
        assertThat(limits.overSize(extraction(4, 1))).isEqualTo("4 statements, over the limit of 3 per article (--max-statements)");
        assertThat(limits.overSize(extraction(2, 3))).isEqualTo("6 claims, over the limit of 4 per article (--max-claims)");
        assertThat(limits.overTime(Duration.ofMillis(12_500), "extraction and mapping"))
                .isEqualTo("extraction and mapping took 12.5 s, over the limit of 10 s per article (--max-seconds)");
    }

    @Test
    void limitsArePositive() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> new ArticleLimits(0, 1, Duration.ofSeconds(1))))
                .hasMessage("invalid statement limit: 0");
        assertThat(assertThrows(IllegalArgumentException.class, () -> new ArticleLimits(1, 1, Duration.ZERO)))
                .hasMessage("invalid time limit: PT0S");
    }

    private static ArticleExtraction extraction(int statements, int claimsEach) {
        Article a = new Article("a.txt", null, null, null, null, "en", "Turkey said it supports talks with Syria.");
        Speaker turkey = new Speaker("Turkey", "Turkey", SpeakerType.STATE, "TUR", null, null, null, null, null, null);
        Claim c = new Claim(Relation.values()[0], List.of("TUR", "SYR"), Stance.POSITIVE, Act.ASSERT, new Span(0, 6), "test");
        Statement s = new Statement(turkey, "said", new Span(7, 11), new Span(0, 40), Collections.nCopies(claimsEach, c), "test");
        return new ArticleExtraction(a, Collections.nCopies(statements, s), List.of());
    }
}
