package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.diplograph.model.Article;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Claim;
import org.diplograph.model.Span;
import org.diplograph.model.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What holds for every extraction, checked over the hand-written articles in {@code src/test/resources/extract/articles}
 * (file name prefix = language): spans inside the body, evidence inside its statement, rule ids recorded.
 */
class ExtractionInvariantsTest {
    private static final Path ARTICLES = Path.of("src/test/resources/extract/articles");
    private static RuleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = RuleExtractor.create(ExtractFixtures.lexicon(), null);
    }

    static List<Path> articles() throws IOException {
        try (Stream<Path> files = Files.list(ARTICLES)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static ArticleExtraction extract(Path file) throws IOException {
        String body = Files.readString(file, StandardCharsets.UTF_8);
        String lang = file.getFileName().toString().substring(0, 2);
        return extractor.extract(new Article(file.toString(), null, null, null, null, lang, body));
    }

    private static boolean inside(Span span, String body) {
        return span.end() <= body.length();
    }

    @Test
    void theCorpusIsNotEmpty() throws IOException {
        assertThat(articles()).hasSize(4);
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everyArticleYieldsStatements(Path file) throws IOException {
        assertThat(extract(file).statements()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void statementAndCueSpansLieInsideTheBody(Path file) throws IOException {
        ArticleExtraction x = extract(file);
        String body = x.article().body();
        for (Statement s : x.statements()) {
            assertThat(inside(s.span(), body)).as("statement span %s", s.span()).isTrue();
            if (s.cueSpan() != null) {
                assertThat(inside(s.cueSpan(), body)).as("cue span %s", s.cueSpan()).isTrue();
                assertThat(s.cueSpan().of(body)).isEqualTo(s.cue());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void evidenceLiesInsideItsStatementAndIsTrimmedText(Path file) throws IOException {
        ArticleExtraction x = extract(file);
        String body = x.article().body();
        for (Statement s : x.statements())
            for (Claim c : s.claims()) {
                assertThat(s.span().contains(c.evidence())).as("evidence %s in %s", c.evidence(), s.span()).isTrue();
                String evidence = body.substring(c.evidence().start(), c.evidence().end());
                assertThat(evidence).isEqualTo(c.evidence().of(body)).isNotBlank().isEqualTo(evidence.strip());
            }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everyStatementAndClaimRecordsItsRule(Path file) throws IOException {
        for (Statement s : extract(file).statements()) {
            assertThat(s.ruleId()).isNotNull();
            assertThat(s.claims()).isNotEmpty().allSatisfy(c -> assertThat(c.ruleId()).isNotNull());
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void participantsAreDistinctAndNonEmpty(Path file) throws IOException {
        for (Statement s : extract(file).statements())
            for (Claim c : s.claims())
                assertThat(new HashSet<>(c.participants())).hasSize(c.participants().size()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void aReadAlsoLineCreatesNoStatement(Path file) throws IOException {
        ArticleExtraction x = extract(file);
        String body = x.article().body();
        int start = Math.max(body.indexOf("اقرأ أيضا"), body.indexOf("Read also"));
        Span line = new Span(start, body.indexOf('\n', start));
        assertThat(x.statements()).noneMatch(s -> s.span().overlaps(line));
    }

    @Test
    void aReadAlsoLineWithAStatementOfItsOwnIsSkipped() {
        String body = "اقرأ أيضا: لافروف يقول إن العلاقات مع تركيا جيدة\n"
                + "أكد وزير الخارجية الروسي سيرغي لافروف أن تطبيع العلاقات بين تركيا وسوريا يخدم استقرار المنطقة.";
        List<Statement> all = extractor.extract(ExtractFixtures.ar(body)).statements();
        assertThat(all.stream().map(Statement::cue).toList()).containsExactly("أكد");
    }

    @Test
    void anEnglishReadAlsoLineIsSkipped() {
        String body = "Read also: Lavrov says ties with Turkey are good\n"
                + "Turkish Foreign Minister Hakan Fidan said Ankara wants better ties with Egypt.";
        List<Statement> all = extractor.extract(ExtractFixtures.en(body)).statements();
        assertThat(all.stream().map(Statement::cue).toList()).containsExactly("said");
    }

    @Test
    void extractingTwiceGivesTheSameResult() {
        String body = "قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو تدعم الحوار بين أرمينيا وأذربيجان.";
        assertThat(extractor.extract(ExtractFixtures.ar(body))).isEqualTo(extractor.extract(ExtractFixtures.ar(body)));
    }
}
