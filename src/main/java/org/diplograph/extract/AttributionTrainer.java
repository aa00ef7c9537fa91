package org.diplograph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.diplograph.eval.GoldFile;
import org.diplograph.eval.Prediction;
import org.diplograph.eval.ScoredClaim;
import org.diplograph.eval.Scorer;
import org.diplograph.eval.Scores;
import org.diplograph.eval.SpeakerMatch;
import org.diplograph.gazetteer.Lexicon;
import org.diplograph.io.ArticleReader;
import org.diplograph.learn.Example;
import org.diplograph.learn.LinearModel;
import org.diplograph.learn.LogisticTrainer;
import org.diplograph.model.Article;
import org.diplograph.model.Claim;
import org.diplograph.model.Problem;
import org.diplograph.model.Speaker;
import org.diplograph.model.Statement;
import org.diplograph.model.UserException;

/**
 * Learns the attribution model from annotated articles: the rules propose candidate statements for every article
 * of a gold folder, each candidate is labelled right when its speaker is a speaker of the gold file (score.py's
 * speaker match), and a logistic model learns which features make a candidate right. Cross-validation folds by
 * article; the decision threshold is the one with the best cross-validated speaker F1.
 * <pre>
 *   AttributionTrainer t = new AttributionTrainer(lexicon);
 *   List&lt;AttributionTrainer.Sample&gt; s = t.samples(gold, articlesDir, problem -&gt; {});
 *   AttributionTrainer.CrossValidation cv = t.crossValidate(s, 5);
 *   LinearModel m = t.train(s, cv.threshold());
 * </pre>
 */
public final class AttributionTrainer {
    private static final String[] EXTENSIONS = {".txt", ".json", ".jsonl", ".html", ".txt.gz"};
    /** How far below the best cross-validated speaker F1 a threshold may score and still be chosen. */
    static final double PLATEAU = 0.005;
    private final RuleExtractor proposer;
    private final ArticleReader reader = new ArticleReader();
    private final LogisticTrainer trainer;

    public AttributionTrainer(Lexicon lexicon) {
        this(lexicon, new LogisticTrainer());
    }

    public AttributionTrainer(Lexicon lexicon, LogisticTrainer trainer) {
        this(RuleExtractor.create(lexicon, null), trainer);
    }

    private AttributionTrainer(RuleExtractor proposer, LogisticTrainer trainer) {
        this.proposer = proposer;
        this.trainer = trainer;
    }

    /** The same candidates (this trainer's rules and lexicon, built once) learned by another learner. */
    public AttributionTrainer withLearner(LogisticTrainer learner) {
        return new AttributionTrainer(proposer, learner);
    }

    /**
     * One annotated article with its candidates and their labels.
     *
     * @param key       the gold key ("ar/003")
     * @param gold      the gold file
     * @param proposals the candidates the rules proposed
     * @param labels    for each candidate, whether its speaker is a gold speaker
     * @param source    the outlet the article came from (its {@code source} field), or "" when it has none
     */
    public record Sample(String key, GoldFile gold, List<Proposal> proposals, List<Boolean> labels, String source) {
        public Sample {
            source = source == null ? "" : source.strip();
        }
    }

    /**
     * The candidates of every gold file's article. The article of {@code gold/ar/003.json} is {@code
     * articles/ar/003.txt} (or .json, .html …) under {@code articlesDir}.
     *
     * @param missing told the key of each gold file whose article is not found
     */
    public List<Sample> samples(Map<String, GoldFile> gold, Path articlesDir, Consumer<String> missing) {
        List<Sample> out = new ArrayList<>();
        for (Map.Entry<String, GoldFile> e : gold.entrySet()) {
            Path file = articleOf(articlesDir, e.getKey());
            if (file == null) { missing.accept(e.getKey()); continue; }
            List<Article> articles = reader.readAll(List.of(file), p -> {
                if (p.severity() == Problem.Severity.ERROR) throw new UserException("cannot read %s: %s".formatted(file, p));
            });
            if (articles.size() != 1) { missing.accept(e.getKey()); continue; }
            List<Proposal> ps = proposer.propose(articles.get(0));
            List<Boolean> labels = new ArrayList<>();
            for (Proposal p : ps) labels.add(isGoldSpeaker(e.getValue(), p.statement().speaker()));
            out.add(new Sample(e.getKey(), e.getValue(), ps, labels, articles.get(0).source()));
        }
        return out;
    }

    private static Path articleOf(Path dir, String key) {
        for (String ext : EXTENSIONS) {
            Path p = dir.resolve(key + ext);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    static boolean isGoldSpeaker(GoldFile gold, Speaker sp) {
        Prediction.Speaker pred = predicted(sp);
        for (GoldFile.Statement gs : gold.statements()) if (SpeakerMatch.same(gs, pred)) return true;
        return false;
    }

    private static Prediction.Speaker predicted(Speaker sp) {
        return new Prediction.Speaker(sp.name(), sp.type().code(), sp.country(), sp.org());
    }

    /** Trains both stages on all samples; the model keeps a speaker at {@code threshold}. */
    public LinearModel train(List<Sample> samples, double threshold) {
        return fit(samples).withThreshold(threshold);
    }

    /** The candidate stage on every candidate, then the speaker stage on the speakers the candidate stage chose. */
    private LinearModel fit(List<Sample> samples) {
        List<Example> candidates = new ArrayList<>();
        for (Sample s : samples)
            for (int n = 0; n < s.proposals().size(); n++)
                candidates.add(new Example(s.proposals().get(n).features(), s.labels().get(n)));
        LinearModel candidate = trainer.train(candidates);
        List<Example> speakers = new ArrayList<>();
        for (Sample s : samples) {
            List<Statement> sts = statements(s);
            List<List<String>> fs = features(s);
            double[] p = new double[sts.size()];
            for (int n = 0; n < p.length; n++) p[n] = candidate.probability(fs.get(n));
            boolean[] chosen = AttributionDecision.chosen(groups(s), p);
            for (List<Integer> ids : AttributionDecision.bySpeaker(sts, chosen).values())
                speakers.add(new Example(AttributionDecision.speakerFeatures(sts, fs, ids),
                        isGoldSpeaker(s.gold(), sts.get(ids.get(0)).speaker())));
        }
        return candidate.plus(trainer.train(speakers));
    }

    private static List<Statement> statements(Sample s) {
        return s.proposals().stream().map(Proposal::statement).toList();
    }

    private static List<List<String>> features(Sample s) {
        return s.proposals().stream().map(Proposal::features).toList();
    }

    private static List<Integer> groups(Sample s) {
        return s.proposals().stream().map(Proposal::group).toList();
    }

    /**
     * The result of k-fold cross-validation.
     *
     * @param threshold   the speaker threshold with the best speaker F1 over all held-out articles
     * @param scores      the scores of all held-out articles at that threshold
     * @param folds       the scores of each fold's held-out articles at that threshold
     * @param rulesOnly   the scores of the rules alone (a rule's candidate with a claim is kept), same articles
     * @param goldReached gold speakers that some candidate matches: the recall the model cannot exceed
     * @param goldTotal   all gold speakers
     * @param repeated    the speaker F1 at that threshold of each repetition (the first is {@code scores}')
     */
    public record CrossValidation(double threshold, Scores scores, List<Scores> folds, Scores rulesOnly,
                                  int goldReached, int goldTotal, List<Double> repeated) {
        /** The standard error of the speaker F1 over the folds of the first run: their standard deviation / √k. */
        public double speakerF1StandardError() {
            int k = folds.size();
            if (k < 2) return 0;
            double mean = folds.stream().mapToDouble(Scores::speakerF1).average().orElse(0);
            double var = folds.stream().mapToDouble(f -> (f.speakerF1() - mean) * (f.speakerF1() - mean)).sum() / (k - 1);
            return Math.sqrt(var / k);
        }
    }

    /** k-fold cross-validation by article (article i is held out in fold i mod k), once. */
    public CrossValidation crossValidate(List<Sample> samples, int k) {
        return crossValidate(samples, k, 1);
    }

    /** k-fold cross-validation by article, repeated (see {@link #crossValidate(List, int, int, boolean)}). */
    public CrossValidation crossValidate(List<Sample> samples, int k, int repeats) {
        return crossValidate(samples, k, repeats, false);
    }

    /**
     * k-fold cross-validation by article, repeated: the first time article i is held out in fold i mod k, each further
     * time the articles are shuffled (seeded, so runs repeat) before they are dealt into folds. The threshold is the one
     * the speaker F1 averaged over the repetitions favours; the scores reported are the first repetition's.
     *
     * @param byOutlet keep each outlet's articles in one fold ({@link #foldsByOutlet})
     */
    public CrossValidation crossValidate(List<Sample> samples, int k, int repeats, boolean byOutlet) {
        if (k < 2 || k > samples.size())
            throw new UserException("--folds must be between 2 and the number of articles (%d); got %d".formatted(samples.size(), k));
        if (repeats < 1) throw new UserException("--repeats must be at least 1; got %d".formatted(repeats));
        long outlets = outlets(samples).size();
        if (byOutlet && outlets < k)
            throw new UserException(("--by-outlet needs at least as many outlets as folds: the articles come from %d "
                    + "(their 'source' field), --folds is %d; lower --folds or leave out --by-outlet").formatted(outlets, k));
        List<List<List<Proposal>>> judgedEach = new ArrayList<>();
        int[] firstFoldOf = null;
        for (int r = 0; r < repeats; r++) {
            int[] foldOf = byOutlet ? foldsByOutlet(samples, k, r) : foldsOf(samples.size(), k, r);
            if (r == 0) firstFoldOf = foldOf;
            judgedEach.add(heldOut(samples, k, foldOf));
        }
        // speaker F1 is flat over a wide range of thresholds: of those within half a point of the best, take the
        // highest (the most precise), which moves least when the held-out articles change
        double bestF = -1;
        Map<Double, Double> f1 = new LinkedHashMap<>();
        for (int step = 2; step <= 38; step++) {
            double t = step * 0.025;
            double f = 0;
            for (List<List<Proposal>> judged : judgedEach) f += score(samples, judged, t, null, -1).speakerF1();
            f /= repeats;
            f1.put(t, f);
            bestF = Math.max(bestF, f);
        }
        double best = 0.5;
        for (Map.Entry<Double, Double> e : f1.entrySet()) if (e.getValue() >= bestF - PLATEAU) best = e.getKey();
        best = Math.round(best * 1000) / 1000.0;
        List<List<Proposal>> judged = judgedEach.get(0);
        List<Scores> folds = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) folds.add(score(samples, judged, best, firstFoldOf, fold));
        List<Double> each = new ArrayList<>();
        for (List<List<Proposal>> j : judgedEach) each.add(score(samples, j, best, null, -1).speakerF1());
        int reached = 0, total = 0;
        for (Sample s : samples) {
            for (GoldFile.Statement gs : s.gold().statements()) {
                total++;
                for (Proposal p : s.proposals())
                    if (SpeakerMatch.same(gs, predicted(p.statement().speaker()))) { reached++; break; }
            }
        }
        return new CrossValidation(best, score(samples, judged, best, null, -1), folds, rulesOnly(samples), reached, total,
                List.copyOf(each));
    }

    /** The fold of each article: i mod k the first time, after a seeded shuffle each further time. */
    private static int[] foldsOf(int n, int k, int repetition) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        if (repetition > 0) java.util.Collections.shuffle(order, new java.util.Random(repetition));
        int[] foldOf = new int[n];
        for (int pos = 0; pos < n; pos++) foldOf[order.get(pos)] = pos % k;
        return foldOf;
    }

    /** The articles of each outlet (compared without case); an article without a source is an outlet of its own. */
    private static List<List<Integer>> outlets(List<Sample> samples) {
        Map<String, List<Integer>> byOutlet = new LinkedHashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            String src = samples.get(i).source();
            byOutlet.computeIfAbsent(src.isEmpty() ? "\u0000" + i : src.toLowerCase(java.util.Locale.ROOT),
                    x -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(byOutlet.values());
    }

    /**
     * Folds that keep each outlet's articles together, so that every article is judged by a model that has seen
     * nothing of its outlet: closer to news from outlets the gold does not hold. Outlets, largest first (ties in a
     * seeded shuffled order after the first run), go to the fold with the fewest articles so far.
     */
    static int[] foldsByOutlet(List<Sample> samples, int k, int repetition) {
        List<List<Integer>> outlets = outlets(samples);
        if (repetition > 0) java.util.Collections.shuffle(outlets, new java.util.Random(repetition));
        outlets.sort(java.util.Comparator.comparingInt((List<Integer> o) -> -o.size()));
        int[] foldOf = new int[samples.size()];
        int[] size = new int[k];
        for (List<Integer> outlet : outlets) {
            int smallest = 0;
            for (int f = 1; f < k; f++) if (size[f] < size[smallest]) smallest = f;
            for (int i : outlet) foldOf[i] = smallest;
            size[smallest] += outlet.size();
        }
        return foldOf;
    }

    /** Each article's proposals judged by a model fitted on the other folds. */
    private List<List<Proposal>> heldOut(List<Sample> samples, int k, int[] foldOf) {
        List<List<Proposal>> judged = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) judged.add(null);
        for (int fold = 0; fold < k; fold++) {
            List<Sample> train = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) if (foldOf[i] != fold) train.add(samples.get(i));
            LinearModel m = fit(train).withThreshold(0);
            for (int i = 0; i < samples.size(); i++) {
                if (foldOf[i] != fold) continue;
                Sample s = samples.get(i);
                judged.set(i, AttributionDecision.decide(statements(s), features(s), groups(s), m));
            }
        }
        return judged;
    }

    private static Scores score(List<Sample> samples, List<List<Proposal>> judged, double threshold, int[] foldOf, int fold) {
        Map<String, GoldFile> gold = new LinkedHashMap<>();
        List<Prediction> preds = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            if (foldOf != null && foldOf[i] != fold) continue;
            Sample s = samples.get(i);
            gold.put(s.key(), s.gold());
            List<Statement> kept = new ArrayList<>();
            for (Proposal p : judged.get(i))
                if (p.accepted() && p.speakerProbability() >= threshold) kept.add(p.statement());
            preds.add(prediction(s.key(), kept));
        }
        return Scorer.score(gold, preds);
    }

    private static Scores rulesOnly(List<Sample> samples) {
        Map<String, GoldFile> gold = new LinkedHashMap<>();
        List<Prediction> preds = new ArrayList<>();
        for (Sample s : samples) {
            gold.put(s.key(), s.gold());
            List<Statement> kept = new ArrayList<>();
            for (Proposal p : s.proposals()) if (p.accepted()) kept.add(p.statement());
            preds.add(prediction(s.key(), kept));
        }
        return Scorer.score(gold, preds);
    }

    /** The statements as the scorer reads them from extract's JSON Lines. */
    static Prediction prediction(String key, List<Statement> statements) {
        List<Prediction.Statement> out = new ArrayList<>();
        for (Statement st : statements) {
            List<ScoredClaim> claims = new ArrayList<>();
            for (Claim c : st.claims())
                claims.add(new ScoredClaim(c.relation().code(), c.participants(), c.stance().code()));
            out.add(new Prediction.Statement(predicted(st.speaker()), claims));
        }
        return new Prediction(key, out);
    }
}
