package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.cli.CliRuns.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.cli.CliRuns.Run;
import org.diplograph.learn.LinearModel;
import org.diplograph.testing.TrainFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} on a tiny gold folder written for the tests, {@code extract --model}, and {@code mine}. */
class TrainCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path tmp;

    private static LinearModel readModel(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return LinearModel.read(in, file.toString());
        }
    }

    @Test
    void trainWritesAModelWithItsProvenanceThatExtractUses() throws Exception {
        Path gold = TrainFixture.copyTo(tmp);
        Path model = tmp.resolve("out/m.tsv");
        Run r = run("train", "--gold", gold.toString(), "--out", model.toString(), "--folds", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("articles: " + TrainFixture.ARTICLES)
                .contains("2-fold cross-validation")
                .contains("fold 1: speaker").contains("fold 2: speaker")
                .contains("the rules alone")
                .contains("/" + TrainFixture.GOLD_STATEMENTS + " (the recall")
                .contains("written to " + model);
        assertThat(model).isRegularFile();

        List<String> lines = Files.readAllLines(model, StandardCharsets.UTF_8);
        List<String> header = lines.stream().filter(l -> l.startsWith("#")).toList();
        assertThat(lines.get(0)).startsWith("#");
        assertThat(header).anySatisfy(l -> assertThat(l).contains(gold.toString()));
        assertThat(header).anySatisfy(l -> assertThat(l).contains("2-fold cross-validation").contains("speaker P/R/F1")
                .containsPattern("\\d\\.\\d\\d/\\d\\.\\d\\d/\\d\\.\\d\\d"));
        assertThat(header).anySatisfy(l -> assertThat(l).contains(TrainFixture.ARTICLES + " articles")
                .contains("/" + TrainFixture.GOLD_STATEMENTS));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("threshold\t"));
        LinearModel m = readModel(model);
        assertThat(m.size()).isPositive();
        assertThat(m.provenance()).hasSize(header.size());

        Path article = tmp.resolve("articles/ar/001.txt");
        Run x = run("extract", "--model", model.toString(), "--format", "jsonl", article.toString());
        assertThat(x.code()).as(x.err()).isZero();
        List<String> out = x.out().lines().toList();
        assertThat(out).hasSize(1);
        JsonNode o = JSON.readTree(out.get(0));
        assertThat(o.get("statements").isArray()).isTrue();
        assertThat(o.has("candidates")).as("candidates only with --explain").isFalse();
    }

    @Test
    void trainWithoutOutPrintsTheCrossValidationOnly() {
        Path gold = TrainFixture.copyTo(tmp);
        Run r = run("train", "--gold", gold.toString(), "--folds", "2", "--by-rule");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("cross-validation").contains("cand.").doesNotContain("written to");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("gold", "articles");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void trainTakesTheArticlesFromAnotherFolder() throws Exception {
        Path gold = TrainFixture.copyTo(tmp.resolve("a"));
        Path moved = tmp.resolve("elsewhere");
        Files.move(tmp.resolve("a/articles"), moved);
        Run without = run("train", "--gold", gold.toString(), "--folds", "2");
        assertThat(without.code()).isNotZero();
        assertThat(without.err()).contains("--articles");
        Run with = run("train", "--gold", gold.toString(), "--articles", moved.toString(), "--folds", "2");
        assertThat(with.code()).as(with.err()).isZero();
        assertThat(with.out()).contains("articles: " + TrainFixture.ARTICLES);
    }

    @Test
    void moreFoldsThanArticlesIsAClearError() {
        Path gold = TrainFixture.copyTo(tmp);
        Run r = run("train", "--gold", gold.toString(), "--folds", "20");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("too few for 20 folds").doesNotContain("Exception");
    }

    @Test
    void trainWithAMissingGoldFolderFailsWithAClearMessage() {
        Run r = run("train", "--gold", "/no/such/dir", "--out", tmp.resolve("m.tsv").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("gold folder not found").contains("/no/such/dir").doesNotContain("Exception");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(tmp.resolve("m.tsv")).doesNotExist();
    }

    @Test
    void extractWithAMissingModelFileFailsWithOneLine() throws Exception {
        Path article = tmp.resolve("a.txt");
        Files.writeString(article, "language: ar\n---\nقال كرمان زهيدوف إن بلاده ترفض العقوبات المفروضة على إيران.\n");
        Run r = run("extract", "--model", "/no/such/file", "--format", "jsonl", article.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("--model").contains("/no/such/file");
    }

    @Test
    void extractWithAFileThatIsNoModelFailsNamingTheLine() throws Exception {
        Path article = tmp.resolve("a.txt");
        Files.writeString(article, "language: ar\n---\nقال كرمان زهيدوف إن بلاده ترفض العقوبات المفروضة على إيران.\n");
        Path bad = tmp.resolve("bad.tsv");
        Files.writeString(bad, "# not a model\nthreshold\t0.5\nthis line has no weight\n");
        Run r = run("extract", "--model", bad.toString(), "--format", "jsonl", article.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("--model").contains("line 3");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void extractWithModelNoneKeepsTheRulesAlone() throws Exception {
        Path article = tmp.resolve("a.txt");
        Files.writeString(article, "language: ar\n---\nقال مسؤول تركي إن أنقرة تدعم الحوار مع اليونان.\n");
        Run r = run("extract", "--model", "none", "--format", "jsonl", article.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode o = JSON.readTree(r.out().lines().findFirst().orElseThrow());
        assertThat(o.get("statements")).hasSize(1);
        assertThat(o.get("statements").get(0).get("speaker").get("country").asText()).isEqualTo("TUR");
    }

    @Test
    void mineWritesTheWordsSeenWithTheArticle() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("1.txt"), "language: ar\n---\nقال كرمان زهيدوف إن الحوار مع الجيران مفيد وإن حوار اليوم مهم.\n");
        Files.writeString(corpus.resolve("2.txt"), "language: ar\n---\nوأكد الوزير أن الحوار بين البلدين مستمر وأن السلام قريب.\n");
        Files.writeString(corpus.resolve("3.txt"), "language: ar\n---\nورحب زهيدوف بالحوار وبالسلام، وقال وزير آخر إن السلام ممكن.\n");
        Path out = tmp.resolve("mined/w.tsv");
        Run r = run("mine", "--out", out.toString(), "--min-definite", "1", corpus.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 articles read").contains(out.toString());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("#").contains("corpus").contains("3 texts");
        assertThat(lines.stream().filter(l -> l.startsWith("#"))).hasSizeGreaterThanOrEqualTo(2);
        List<String> words = lines.stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")[0]).toList();
        assertThat(words).contains("حوار", "سلام", "وزير");
        assertThat(words).as("names never take the article").doesNotContain("زهيدوف", "كرمان");
        // حوار: with the article in الحوار ×2 and بالحوار, without it once
        assertThat(lines).contains("حوار\t3\t1");
        assertThat(words.get(0)).as("most frequent first").isEqualTo("حوار");
    }

    @Test
    void mineWithoutArticlesFails() throws Exception {
        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        Run r = run("mine", "--out", tmp.resolve("w.tsv").toString(), empty.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("no articles read");
    }

    @Test
    void mineRejectsAMinimumBelowOne() throws Exception {
        Run r = run("mine", "--out", tmp.resolve("w.tsv").toString(), "--min-definite", "0", tmp.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("--min-definite");
    }

    @Test
    void minePersonsWritesTheUnknownSpeakersFoundInEnoughArticlesAsLexiconTurtle() throws Exception {
        Path corpus = tmp.resolve("persons-corpus");
        Files.createDirectories(corpus);
        // an invented Turkish minister speaking in three articles, two spellings; a noun phrase speaking in three too
        String[] bodies = {
            "وقال وزير الدفاع التركي كرمان زهيدوف إن تركيا ترفض العقوبات الأمريكية على أنقرة.",
            "وقال وزير الدفاع التركي كرمان زهيدوف إن بلاده تدعم الحوار مع روسيا.",
            "وقال وزير الدفاع التركي كرمان زاهيدوف إن أنقرة تدين الهجوم على سوريا.",
            "وقال كرمان زهيدوف إن الحوار مع إيران مهم."};
        for (int i = 0; i < bodies.length; i++)
            Files.writeString(corpus.resolve(i + ".txt"), "language: ar\n---\n" + bodies[i] + "\n");
        Path out = tmp.resolve("mined/persons-ar.ttl");
        Run r = run("mine", "--persons", out.toString(), corpus.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("4 articles read, 1 persons written");
        org.apache.jena.rdf.model.Model m = org.apache.jena.riot.RDFDataMgr.loadModel(out.toString());
        org.apache.jena.rdf.model.Resource p = m.listSubjectsWithProperty(org.apache.jena.vocabulary.SKOS.prefLabel).next();
        assertThat(p.getProperty(org.apache.jena.vocabulary.SKOS.prefLabel).getString()).isEqualTo("كرمان زهيدوف");
        assertThat(p.getProperty(org.apache.jena.vocabulary.SKOS.altLabel).getString()).isEqualTo("كرمان زاهيدوف");
        assertThat(p.getProperty(org.diplograph.rdf.DG.source).getString()).isEqualTo("mined");
        assertThat(p.getProperty(org.diplograph.rdf.DG.frequency).getInt()).isEqualTo(4);
        assertThat(p.getPropertyResourceValue(org.diplograph.rdf.DG.country).getURI()).endsWith("/state/TUR");
        assertThat(p.getPropertyResourceValue(org.diplograph.rdf.DG.role).getURI()).endsWith("/role/minister");
        // what was mined is for curators: a lexicon folder's mined/ files are not loaded
        assertThat(org.diplograph.gazetteer.LexiconLoader.readDirectory(tmp).isEmpty()).isTrue();
    }

    @Test
    void mineNeedsSomethingToMine() throws Exception {
        Run r = run("mine", tmp.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("--out").contains("--persons");
    }
}
