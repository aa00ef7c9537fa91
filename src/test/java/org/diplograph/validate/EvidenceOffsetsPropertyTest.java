package org.diplograph.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OA;
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
import org.diplograph.rdf.ExtractionMapper;
import org.diplograph.rdf.Fixtures;
import org.diplograph.rdf.Iris;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text (emoji, Arabic marks, quotes), selector offsets are code points and SHACL agrees with Java. */
class EvidenceOffsetsPropertyTest {
    private static final GraphValidator VALIDATOR = GraphValidator.fromFile(Fixtures.SHAPES);
    private static final ExtractionMapper MAPPER = Fixtures.mapper();

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", " ", "ب", "ة", "\u064E", "\uD83D\uDE00", "\uD83C\uDDF9", "\"", "\\", "\n", "é")
                .list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> nonEmptyTexts() { return texts().filter(s -> !s.isEmpty()); }

    @Property(tries = 60)
    void selectorReproducesEvidenceInCodePointsAndConforms(@ForAll("texts") String before,
            @ForAll("nonEmptyTexts") String evidence, @ForAll("texts") String after) {
        String body = before + evidence + after;
        Span span = new Span(before.length(), before.length() + evidence.length());
        Speaker speaker = new Speaker("Example Ministry", null, SpeakerType.INSTITUTION, "TUR", null, null, null,
                "foreign-ministry", null, null);
        Claim claim = new Claim(Relation.TALKS, List.of("TUR", "SYR"), Stance.NEUTRAL, Act.ANNOUNCE, span, "p");
        Article article = new Article("p.txt", null, null, null, null, "ar", body);
        Statement st = new Statement(speaker, "said", span, span, List.of(claim), "p");
        Graph g = MAPPER.map(new ArticleExtraction(article, List.of(st), List.of()));

        Node selector = Iris.defaultBase().evidence(Iris.defaultBase().claim(Iris.articleKey(article), 1, 1));
        int start = Integer.parseInt(g.find(selector, OA.start.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
        int end = Integer.parseInt(g.find(selector, OA.end.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
        int[] cps = body.codePoints().toArray();
        // the selector holds the evidence trimmed of stray punctuation and quote marks, at its code points
        assertEquals(span.trimmed(body).of(body), new String(cps, start, end - start));
        assertEquals(g.find(selector, OA.exact.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm(),
                new String(cps, start, end - start));
        assertThat(VALIDATOR.validate(g).reportText()).isEmpty();
    }
}
