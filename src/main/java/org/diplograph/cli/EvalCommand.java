package org.diplograph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplograph.eval.GoldFiles;
import org.diplograph.eval.Predictions;
import org.diplograph.eval.ScoreReport;
import org.diplograph.eval.Scorer;
import org.diplograph.eval.Scores;
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

    @Override
    public Integer call() {
        Scores scores = Scorer.score(GoldFiles.load(gold), Predictions.read(predictions));
        ScoreReport.print(scores, spec.commandLine().getOut(), byFile, errors);
        return 0;
    }
}
