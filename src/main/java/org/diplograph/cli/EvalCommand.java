package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.diplograph.eval.Bootstrap;
import org.diplograph.eval.GoldFiles;
import org.diplograph.eval.Predictions;
import org.diplograph.eval.ScoreReport;
import org.diplograph.eval.Scorer;
import org.diplograph.eval.Scores;
import org.diplograph.model.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval GOLD_DIR PREDICTIONS.jsonl}: scores extracted statements against gold files, printing what
 * {@code shared/eval/score.py} prints.
 * <pre>
 *   diplograph eval ../shared/eval/dev/gold out.jsonl --errors
 * </pre>
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score predicted statements (extract --format jsonl output) against gold files, as score.py does.")
public final class EvalCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Gold folder (e.g. ../shared/eval/dev/gold): gold/ar/003.json is the truth for articles/ar/003.txt.")
    Path gold;

    @Parameters(index = "1", paramLabel = "PREDICTIONS.jsonl", description = "One JSON object per article, as extract --format jsonl prints them.")
    Path predictions;

    @Option(names = "--errors", description = "List missed and spurious speakers and claims.")
    boolean errors;

    @Option(names = "--by-file", description = "Print speaker and claim F1 of each file.")
    boolean byFile;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "0",
            description = "Also print 95%% intervals of speaker, strict claim and relation F1 from N resamples of the "
                    + "articles (percentile bootstrap; 1000 is usual): how far the scores would move on other "
                    + "articles like these (default: none).")
    int bootstrap;

    @Option(names = "--compare", paramLabel = "OTHER.jsonl",
            description = "Also score OTHER.jsonl (another extractor's predictions for the same articles) and print the "
                    + "differences of this one minus OTHER, their 95%% intervals and how often this one scores higher "
                    + "over the resamples of --bootstrap (1000 when not given).")
    Path compare;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the resampling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (bootstrap < 0) throw new UserException("--bootstrap must not be negative; got %d".formatted(bootstrap));
        var goldFiles = GoldFiles.load(gold);
        Scores scores = Scorer.score(goldFiles, Predictions.read(predictions));
        PrintWriter o = spec.commandLine().getOut();
        ScoreReport.print(scores, o, byFile, errors);
        if (bootstrap > 0) {
            Bootstrap.Result r = Bootstrap.of(scores, bootstrap, seed);
            o.printf(Locale.ROOT, "95%% intervals over %d resamples of the %d articles: speaker F1 %s, strict claim F1 %s, "
                    + "relation F1 %s%n", r.samples(), scores.files().size(), r.speaker(), r.strict(), r.relation());
        }
        if (compare != null) {
            Scores other = Scorer.score(goldFiles, Predictions.read(compare));
            Bootstrap.Comparison c = Bootstrap.compare(scores, other, bootstrap > 0 ? bootstrap : 1000, seed);
            o.printf("this minus %s, over %d resamples of the articles:%n", compare, c.samples());
            for (String t : c.delta().keySet())
                o.printf(Locale.ROOT, "  %-8s %+.3f  95%% interval %s  higher in %.1f%% of resamples%n", t, c.delta().get(t),
                        c.interval().get(t), 100 * c.better().get(t));
        }
        o.flush();
        return 0;
    }
}
