package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.ExtractFixtures.ar;

import java.util.List;
import java.util.Map;
import org.diplograph.model.Article;
import org.diplograph.model.ArticleExtraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Coverage} and {@link RuleExtractor#cueOccurrences}: which reporting cues ended in a statement. */
class CoverageTest {
    private static RuleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = RuleExtractor.create(ExtractFixtures.lexicon(), null);
    }

    @Test
    void everyReportingCueIsAnOccurrenceWithAShapeOfWordClassesNotWords() {
        Article a = ar("قال وزير الخارجية الروسي سيرغي لافروف إن روسيا تدعم الحوار بين تركيا وسوريا. وأضاف: \"نحن مستعدون\".");
        List<CueOccurrence> cues = extractor.cueOccurrences(a);
        assertThat(cues).extracting(CueOccurrence::cueId).contains("cue/say", "cue/add");
        CueOccurrence say = cues.get(0);
        assertThat(say.cueSpan().of(a.body())).isEqualTo("قال");
        assertThat(say.shape()).contains("| CUE |").doesNotContain("وزير").doesNotContain("لافروف");
    }

    @Test
    void aCueIsCoveredWhenAStatementWasMadeFromIt() {
        Article a = ar("قال وزير الخارجية الروسي سيرغي لافروف إن روسيا تدعم الحوار بين تركيا وسوريا. "
                + "وذكر تقرير للأمم المتحدة أن الطقس كان باردا.");
        ArticleExtraction x = extractor.extract(a);
        Coverage c = new Coverage();
        c.add(x, extractor.cueOccurrences(a));
        assertThat(c.articles()).isEqualTo(1);
        assertThat(c.cues()).isEqualTo(2);
        assertThat(c.covered()).isEqualTo(1);
        Map<String, Object> report = c.report(10);
        assertThat(report).containsEntry("cues", 2L).containsEntry("cues_with_statement", 1L)
                .containsEntry("share_with_statement", 0.5);
        @SuppressWarnings("unchecked")
        Map<String, Long> shapes = (Map<String, Long>) report.get("uncovered_shapes");
        assertThat(shapes).hasSize(1);
        assertThat(shapes.keySet().iterator().next()).startsWith("finite: ");
    }
}
