package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diplograph.eval.GoldFile;
import org.diplograph.eval.GoldFiles;
import org.diplograph.gazetteer.Lexicon;
import org.diplograph.io.ArticleReader;
import org.diplograph.learn.LinearModel;
import org.diplograph.model.Article;
import org.diplograph.model.UserException;
import org.diplograph.testing.TrainFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Learning the attribution model from a tiny gold folder written for the tests ({@link TrainFixture}). */
class AttributionTrainerTest {
    @TempDir static Path tmp;
    private static Lexicon lexicon;
    private static AttributionTrainer trainer;
    private static Map<String, GoldFile> gold;
    private static List<AttributionTrainer.Sample> samples;
    private static final List<String> missing = new ArrayList<>();

    @BeforeAll
    static void load() {
        lexicon = ExtractFixtures.lexicon();
        trainer = new AttributionTrainer(lexicon);
        Path goldDir = TrainFixture.copyTo(tmp);
        gold = GoldFiles.load(goldDir);
        samples = trainer.samples(gold, tmp.resolve("articles"), missing::add);
    }

    private static AttributionTrainer.Sample sample(String key) {
        return samples.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    /** Whether a candidate of the sample names the speaker, and how it is labelled. */
    private static List<Boolean> labelsOf(AttributionTrainer.Sample s, String name) {
        List<Boolean> out = new ArrayList<>();
        for (int n = 0; n < s.proposals().size(); n++)
            if (name.equals(s.proposals().get(n).statement().speaker().name())) out.add(s.labels().get(n));
        return out;
    }

    @Test
    void everyGoldFileHasItsArticleAndCandidates() {
        assertThat(missing).isEmpty();
        assertThat(samples).hasSize(TrainFixture.ARTICLES);
        assertThat(samples).extracting(AttributionTrainer.Sample::key).containsExactly(
                "ar/001", "ar/002", "ar/003", "ar/004", "ar/005", "ar/006", "ar/007", "ar/008");
        for (AttributionTrainer.Sample s : samples) {
            assertThat(s.proposals()).as(s.key()).isNotEmpty();
            assertThat(s.labels()).as(s.key()).hasSameSizeAs(s.proposals());
            assertThat(s.gold()).isSameAs(gold.get(s.key()));
        }
    }

    @Test
    void aCandidateIsRightExactlyWhenTheGoldListsItsSpeaker() {
        assertThat(labelsOf(sample("ar/001"), "كرمان زهيدوف")).containsExactly(true);
        assertThat(labelsOf(sample("ar/001"), "الولايات المتحدة")).containsExactly(true);
        assertThat(labelsOf(sample("ar/001"), "بريطانيا")).as("a coordinated state the gold leaves out").containsExactly(false);
        assertThat(labelsOf(sample("ar/002"), "فالنتين دروبيسكو")).containsExactly(true);
        assertThat(labelsOf(sample("ar/002"), "ألمانيا")).containsExactly(false);
        assertThat(labelsOf(sample("ar/003"), "اللجنة الدولية لشؤون المفقودين")).containsExactly(true);
        assertThat(labelsOf(sample("ar/003"), "سامر بلقاسمي")).as("an unknown name the gold leaves out").containsExactly(false);
        assertThat(labelsOf(sample("ar/005"), "رامي قنديلوف")).containsExactly(false);
    }

    @Test
    void anUnnamedSourceIsRightByItsState() {
        AttributionTrainer.Sample s = sample("ar/005");
        boolean found = false;
        for (int n = 0; n < s.proposals().size(); n++) {
            var sp = s.proposals().get(n).statement().speaker();
            if ("GRC".equals(sp.country()) && sp.type() == org.diplograph.model.SpeakerType.UNNAMED) {
                assertThat(s.labels().get(n)).isTrue();
                found = true;
            }
        }
        assertThat(found).as("an unnamed Greek source is proposed in %s", s.proposals()).isTrue();
    }

    @Test
    void theSamplesHoldBothRightAndWrongCandidates() {
        long right = samples.stream().mapToLong(s -> s.labels().stream().filter(b -> b).count()).sum();
        long all = samples.stream().mapToLong(s -> s.labels().size()).sum();
        assertThat(right).isPositive();
        assertThat(right).isLessThan(all);
    }

    @Test
    void aGoldFileWithoutArticleIsReported() throws Exception {
        Path gone = tmp.resolve("no-articles");
        Files.createDirectories(gone);
        List<String> lost = new ArrayList<>();
        assertThat(trainer.samples(gold, gone, lost::add)).isEmpty();
        assertThat(lost).hasSize(TrainFixture.ARTICLES).contains("ar/001");
    }

    @Test
    void crossValidationCountsEveryGoldStatement() {
        AttributionTrainer.CrossValidation cv = trainer.crossValidate(samples, 2);
        assertThat(cv.goldTotal()).isEqualTo(TrainFixture.GOLD_STATEMENTS);
        assertThat(cv.goldReached()).isBetween(1, cv.goldTotal());
        assertThat(cv.threshold()).isBetween(0.05, 0.95);
        assertThat(cv.folds()).hasSize(2);
        assertThat(cv.scores().overall().speaker().prf().f1()).isBetween(0.0, 1.0);
        assertThat(cv.rulesOnly()).isNotNull();
    }

    @Test
    void crossValidationIsDeterministic() {
        AttributionTrainer.CrossValidation a = trainer.crossValidate(samples, 2);
        AttributionTrainer.CrossValidation b = trainer.crossValidate(samples, 2);
        assertThat(a.threshold()).isEqualTo(b.threshold());
        assertThat(a.scores().overall().speaker().prf()).isEqualTo(b.scores().overall().speaker().prf());
    }

    @Test
    void repeatedCrossValidationScoresEachRunAndKeepsTheFirstRunsTable() {
        AttributionTrainer.CrossValidation once = trainer.crossValidate(samples, 2);
        AttributionTrainer.CrossValidation thrice = trainer.crossValidate(samples, 2, 3);
        assertThat(once.repeated()).hasSize(1);
        assertThat(thrice.repeated()).hasSize(3).allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0));
        // the first run deals the articles as a single run does
        if (once.threshold() == thrice.threshold())
            assertThat(thrice.scores().overall().speaker().prf()).isEqualTo(once.scores().overall().speaker().prf());
        assertThat(trainer.crossValidate(samples, 2, 3).threshold()).isEqualTo(thrice.threshold());
        assertThatThrownBy(() -> trainer.crossValidate(samples, 2, 0)).isInstanceOf(UserException.class).hasMessageContaining("--repeats");
    }

    @Test
    void foldsOutsideTwoToTheNumberOfArticlesAreRejected() {
        assertThatThrownBy(() -> trainer.crossValidate(samples, 1)).isInstanceOf(UserException.class).hasMessageContaining("--folds");
        assertThatThrownBy(() -> trainer.crossValidate(samples, TrainFixture.ARTICLES + 1)).isInstanceOf(UserException.class)
                .hasMessageContaining(String.valueOf(TrainFixture.ARTICLES));
    }

    @Test
    void theTrainedModelPrefersGoldSpeakersAndKeepsOne() {
        LinearModel m = trainer.train(samples, 0.5);
        assertThat(m.threshold()).isEqualTo(0.5);
        assertThat(m.size()).isPositive();
        double right = 0, wrong = 0;
        int nRight = 0, nWrong = 0;
        for (AttributionTrainer.Sample s : samples)
            for (int n = 0; n < s.proposals().size(); n++) {
                double p = m.probability(s.proposals().get(n).features());
                if (s.labels().get(n)) { right += p; nRight++; } else { wrong += p; nWrong++; }
            }
        assertThat(right / nRight).as("mean probability of right vs wrong candidates").isGreaterThan(wrong / nWrong);

        // with the model, the extractor keeps at least one gold speaker of the training articles
        RuleExtractor x = RuleExtractor.create(lexicon, m);
        int keptGold = 0;
        for (AttributionTrainer.Sample s : samples) {
            Article a = new ArticleReader().readAll(List.of(tmp.resolve("articles").resolve(s.key() + ".txt")), p -> {}).get(0);
            for (Proposal p : x.propose(a)) {
                assertThat(p.probability()).isBetween(0.0, 1.0);
                if (p.accepted() && AttributionTrainer.isGoldSpeaker(s.gold(), p.statement().speaker())) keptGold++;
            }
        }
        assertThat(keptGold).isPositive();
    }

    @Test
    void foldsByOutletKeepEachOutletTogetherAndBalanceTheFolds() {
        String[] outlets = {"CNN", "cnn", "CNN", "BBC", "BBC", "skynews", "", " "};
        List<AttributionTrainer.Sample> s = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            AttributionTrainer.Sample x = samples.get(i);
            s.add(new AttributionTrainer.Sample(x.key(), x.gold(), x.proposals(), x.labels(), outlets[i]));
        }
        int[] fold = AttributionTrainer.foldsByOutlet(s, 2, 0);
        assertThat(fold[1]).as("outlets compare without case").isEqualTo(fold[0]).isEqualTo(fold[2]);
        assertThat(fold[4]).isEqualTo(fold[3]).isNotEqualTo(fold[0]);
        assertThat(java.util.Arrays.stream(fold).filter(f -> f == 0).count()).as("4 and 4 articles").isEqualTo(4);
        for (int r = 1; r < 3; r++) {
            int[] again = AttributionTrainer.foldsByOutlet(s, 2, r);
            assertThat(again[1]).isEqualTo(again[0]).isEqualTo(again[2]);
            assertThat(again[4]).isEqualTo(again[3]);
        }
        AttributionTrainer.CrossValidation cv = trainer.crossValidate(s, 2, 2, true);
        assertThat(cv.goldTotal()).isEqualTo(TrainFixture.GOLD_STATEMENTS);
        assertThat(cv.folds()).hasSize(2);
        // five outlets (the two articles without a source are one each) cannot fill six folds
        assertThatThrownBy(() -> trainer.crossValidate(s, 6, 1, true)).isInstanceOf(UserException.class)
                .hasMessageContaining("--by-outlet").hasMessageContaining("from 5");
    }

    @Test
    void theStandardErrorOfSpeakerF1IsTheFoldsDeviationOverTheSquareRootOfK() {
        AttributionTrainer.CrossValidation cv = trainer.crossValidate(samples, 2);
        double a = cv.folds().get(0).speakerF1(), b = cv.folds().get(1).speakerF1();
        // two folds: the sample deviation is |a - b| / √2, over √2
        assertThat(cv.speakerF1StandardError()).isCloseTo(Math.abs(a - b) / 2, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void trainingIsDeterministic() throws Exception {
        java.io.StringWriter a = new java.io.StringWriter(), b = new java.io.StringWriter();
        trainer.train(samples, 0.4).write(a);
        new AttributionTrainer(lexicon).train(samples, 0.4).write(b);
        assertThat(a.toString()).isEqualTo(b.toString());
    }
}
