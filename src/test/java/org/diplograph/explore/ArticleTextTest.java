package org.diplograph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplograph.rdf.Iris;
import org.diplograph.store.KnowledgeStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The article text: paragraphs, evidence marked by code points, overlapping evidence, links to the claims. */
@Tag("issue-13")
class ArticleTextTest {
    private static final Iris IRIS = Iris.defaultBase();
    private static final Node C1 = NodeFactory.createURI(IRIS.idNamespace() + "claim/k/1/1");
    private static final Node C2 = NodeFactory.createURI(IRIS.idNamespace() + "claim/k/1/2");

    private static String html(String text, List<ArticleText.Span> spans) {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            return new ArticleText(store, IRIS).html(text, "ar", spans);
        }
    }

    @Test
    void evidenceIsMarkedByCodePointsInItsParagraph() {
        // "😀" is one code point and two UTF-16 units: the span [2, 5) is "abc", not "ab" plus half a letter
        String html = html("😀 abc\nقال الوزير", List.of(new ArticleText.Span(C1, 2, 5)));
        assertThat(html).contains("<p>😀 <a class=\"evidence\" href=\"/id/claim/k/1/1\" id=\"claim-k-1-1\" title=\"claim\"><mark>abc</mark></a></p>")
                .contains("<p>قال الوزير</p>");
    }

    @Test
    void overlappingEvidenceIsSplitAndEveryClaimGetsAnAnchor() {
        String html = html("abcdef", List.of(new ArticleText.Span(C1, 0, 4), new ArticleText.Span(C2, 2, 6)));
        assertThat(html).contains("<mark>ab</mark>").contains("<mark class=\"overlap\">cd</mark>").contains("<mark>ef</mark>")
                .contains("id=\"claim-k-1-1\"").contains("id=\"claim-k-1-2\"");
    }

    @Test
    void spansOutsideTheTextAreLeftOut() {
        String html = html("abc", List.of(new ArticleText.Span(C1, 2, 9)));
        assertThat(html).doesNotContain("<mark>").contains("abc");
    }

    @Test
    void markupInTheTextIsEscaped() {
        assertThat(html("<script>x</script>", List.of())).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>");
    }
}
