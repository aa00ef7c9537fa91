package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.diplograph.eval.GoldFile;
import org.diplograph.eval.GoldFiles;
import org.diplograph.eval.Level;
import org.diplograph.eval.Prf;
import org.diplograph.eval.ScoreReport;
import org.diplograph.eval.Scores;
import org.diplograph.extract.AttributionTrainer;
import org.diplograph.learn.LinearModel;
import org.diplograph.learn.LogisticTrainer;
import org.diplograph.model.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train --gold DIR… --out FILE}: learns the attribution model from annotated articles, prints k-fold
 * cross-validated scores (by article) next to the rules alone, and writes the model with its provenance.
 * <pre>
 *   diplograph train --gold ../shared/eval/train/gold --out data/model/attribution.tsv
 *   diplograph extract --model my-model.tsv articles/ &gt; out.jsonl
 * </pre>
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Learn the attribution model (which candidate speakers are real speakers) from gold files "
                + "written to the annotation guideline, with k-fold cross-validation by article (or by outlet).",
                "The article of GOLD/ar/003.json is ar/003.txt (or .json, .html) in the folder 'articles' beside GOLD, "
                        + "or in --articles."})
public final class TrainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin VerboseOption verbose;

    @Option(names = "--gold", paramLabel = "DIR", required = true,
            description = "Gold folder (e.g. ../shared/eval/train/gold); repeat to train on several.")
    List<Path> gold;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "Folder of the articles, when there is one gold folder and its articles are not in 'articles' beside it.")
    Path articles;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: print the cross-validation only).")
    Path out;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "3",
            description = "Cross-validation runs, the articles shuffled anew before each after the first; the threshold "
                    + "is chosen on their mean speaker F1 (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--by-outlet", description = "Cross-validate with folds that keep each outlet's articles together "
            + "(the articles' 'source' field): every article is judged by a model that saw nothing of its outlet.")
    boolean byOutlet;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "30", description = "Passes over the candidates; the weights are averaged over the second half (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--l2", paramLabel = "X", split = ",", defaultValue = "1e-3,1e-2,1e-1,1",
            description = "L2 penalty on the weights; of several (comma-separated) each is cross-validated, and the largest "
                    + "whose mean speaker F1 is within one standard error (of the folds' speaker F1) of the best is kept "
                    + "(default: ${DEFAULT-VALUE}).")
    List<Double> l2s;

    /** The L2 penalty chosen (the only one given, or the one the one-standard-error rule keeps). */
    private double l2;

    @Option(names = "--by-rule", description = "Print how many candidates each rule proposed and how many name a gold speaker.")
    boolean byRule;

    @Option(names = "--errors",
            description = "Print the missed and spurious speakers and claims of the held-out articles (as score.py --errors does), "
                    + "to read the model's errors on articles it did not learn from.")
    boolean errors;

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "Lexicon folder (*.ttl) to use instead of the bundled one.")
    Path lexiconDir;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (articles != null && gold.size() > 1) throw new UserException("--articles goes with one --gold folder only");
        ExtractionOptions lex = new ExtractionOptions();
        lex.lexiconDir = lexiconDir;
        AttributionTrainer trainer = new AttributionTrainer(lex.lexicon());
        List<AttributionTrainer.Sample> samples = new ArrayList<>();
        for (Path g : gold) {
            Map<String, GoldFile> files = GoldFiles.load(g);
            Path dir = articles != null ? articles : g.toAbsolutePath().getParent().resolve("articles");
            if (!Files.isDirectory(dir))
                throw new UserException("no articles folder %s beside %s; give it with --articles".formatted(dir, g));
            List<String> missing = new ArrayList<>();
            samples.addAll(trainer.samples(files, dir, missing::add));
            if (!missing.isEmpty())
                err.printf("%s: %d gold files without an article (e.g. %s), skipped%n", g, missing.size(), missing.get(0));
        }
        if (samples.size() < folds) throw new UserException("%d articles with gold: too few for %d folds".formatted(samples.size(), folds));
        long candidates = samples.stream().mapToLong(s -> s.proposals().size()).sum();
        long right = samples.stream().mapToLong(s -> s.labels().stream().filter(b -> b).count()).sum();
        o.printf("articles: %d, candidates: %d (%d right)%n", samples.size(), candidates, right);
        if (byRule) printRules(o, samples);
        // each penalty cross-validated; of those whose mean speaker F1 is within one standard error of the best, the
        // largest: the simplest model the folds cannot tell apart from the best (the "one standard error" rule)
        TreeMap<Double, Fitted> byL2 = new TreeMap<>();
        double bestMean = -1, bestError = 0;
        for (double x : l2s) {
            if (x < 0) throw new UserException("--l2 must not be negative; got %s".formatted(x));
            AttributionTrainer t = trainer.withLearner(new LogisticTrainer().epochs(epochs).l2(x));
            Fitted f = new Fitted(t, t.crossValidate(samples, folds, repeats, byOutlet));
            if (l2s.size() > 1) o.printf(Locale.ROOT, "L2 %s: mean speaker F1 %.3f at threshold %.3f%n", plain(x), f.mean(),
                    f.cv().threshold());
            byL2.put(x, f);
            if (f.mean() > bestMean) { bestMean = f.mean(); bestError = f.cv().speakerF1StandardError(); }
        }
        for (Map.Entry<Double, Fitted> e : byL2.entrySet()) if (e.getValue().mean() >= bestMean - bestError) l2 = e.getKey();
        AttributionTrainer.CrossValidation cv = byL2.get(l2).cv();
        AttributionTrainer chosen = byL2.get(l2).trainer();
        if (l2s.size() > 1)
            o.printf(Locale.ROOT, "L2 kept: %s (the largest whose mean speaker F1 is within one standard error, %.3f, "
                    + "of the best)%n", plain(l2), bestError);
        o.printf("gold speakers some candidate matches: %d/%d (the recall the model cannot exceed)%n", cv.goldReached(), cv.goldTotal());
        o.printf(Locale.ROOT, "%n%d-fold cross-validation%s, threshold %.3f:%n", folds, byOutlet ? " by outlet" : "",
                cv.threshold());
        ScoreReport.print(cv.scores(), o, false, errors);
        for (int f = 0; f < cv.folds().size(); f++)
            o.printf("fold %d: speaker %s%n", f + 1, prf(cv.folds().get(f).overall().speaker().prf()));
        if (cv.repeated().size() > 1)
            o.printf("speaker F1 of each of the %d runs at that threshold: %s (mean %.3f)%n", cv.repeated().size(),
                    cv.repeated().stream().map(x -> String.format(Locale.ROOT, "%.3f", x)).toList(),
                    cv.repeated().stream().mapToDouble(Double::doubleValue).average().orElse(0));
        o.printf("%nthe rules alone (a candidate with a claim is kept), same articles:%n");
        ScoreReport.print(cv.rulesOnly(), o, false, false);
        if (out == null) return 0;
        LinearModel model = chosen.train(samples, cv.threshold()).withProvenance(provenance(samples.size(), candidates, cv));
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w);
        }
        o.printf("%nmodel: %d weights, threshold %.3f, written to %s%n", model.size(), model.threshold(), out);
        return 0;
    }

    /** How many candidates each rule proposed and how many of them name a gold speaker. */
    private static void printRules(PrintWriter o, List<AttributionTrainer.Sample> samples) {
        java.util.Map<String, int[]> by = new java.util.TreeMap<>();
        for (AttributionTrainer.Sample s : samples)
            for (int n = 0; n < s.proposals().size(); n++) {
                String rule = s.proposals().get(n).statement().ruleId();
                int[] c = by.computeIfAbsent(rule == null ? "none" : rule, k -> new int[2]);
                c[0]++;
                if (s.labels().get(n)) c[1]++;
            }
        o.printf("%-60s %6s %6s %6s%n", "rule", "cands", "right", "share");
        by.forEach((r, c) -> o.printf(Locale.ROOT, "%-60s %6d %6d %6.2f%n", r, c[0], c[1], c[1] / (double) c[0]));
    }

    private List<String> provenance(int articles, long candidates, AttributionTrainer.CrossValidation cv) {
        List<String> p = new ArrayList<>();
        p.add("diplograph attribution model: logistic regression over candidate-statement features (AdaGrad, %d epochs, L2 %s)"
                .formatted(epochs, plain(l2)));
        p.add("trained by 'diplograph train' on %s, %s".formatted(LocalDate.now(ZoneOffset.UTC), String.join(" + ",
                gold.stream().map(Path::toString).toList())));
        p.add("%d articles, %d candidates; gold speakers reachable by a candidate: %d/%d".formatted(articles, candidates,
                cv.goldReached(), cv.goldTotal()));
        p.add("%d-fold cross-validation by %s (%d runs), threshold %.3f: speaker P/R/F1 %s, claim strict %s, relation %s".formatted(
                folds, byOutlet ? "outlet" : "article", cv.repeated().size(), cv.threshold(), prf(cv.scores().overall().speaker().prf()),
                prf(cv.scores().overall().claims(Level.STRICT).prf()), prf(cv.scores().overall().claims(Level.RELATION).prf())));
        p.add("the rules alone on the same articles: speaker %s, claim strict %s".formatted(
                prf(cv.rulesOnly().overall().speaker().prf()), prf(cv.rulesOnly().overall().claims(Level.STRICT).prf())));
        return p;
    }

    /** One L2 penalty's learner and its cross-validation. */
    private record Fitted(AttributionTrainer trainer, AttributionTrainer.CrossValidation cv) {
        /** The speaker F1 averaged over the cross-validation runs. */
        double mean() {
            return cv.repeated().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }
    }

    private static String plain(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    private static String prf(Prf p) {
        return String.format(Locale.ROOT, "%.2f/%.2f/%.2f", p.p(), p.r(), p.f1());
    }
}
