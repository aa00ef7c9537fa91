package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.cli.CliRuns.demoArticles;
import static org.diplograph.cli.CliRuns.read;
import static org.diplograph.cli.CliRuns.run;
import static org.diplograph.cli.CliRuns.testResource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.cli.CliRuns.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval} of the demo articles against gold files written for them (test resources cli/eval). */
class EvalOnDemoIT {
    private static final Path DIR = testResource("/cli/eval");
    private static final Path GOLD = DIR.resolve("gold");

    @Test
    void evalOfTheFixedPredictionPrintsWhatScorePyPrinted() {
        // expected.txt was printed once by `python3 shared/eval/score.py gold predictions.jsonl` on these very files;
        // predictions.jsonl was produced once by `extract --format jsonl data/articles` (see cli/eval/README.md)
        Run r = run("eval", GOLD.toString(), DIR.resolve("predictions.jsonl").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().replace("\r\n", "\n")).isEqualTo(read(DIR.resolve("expected.txt")));
    }

    @Test
    void aFreshExtractionOfTheDemoFindsBothSpeakers(@TempDir Path tmp) throws Exception {
        Run extract = run("extract", "--format", "jsonl", demoArticles(tmp).toString());
        assertThat(extract.code()).as(extract.err()).isZero();
        Path predictions = Files.writeString(tmp.resolve("out.jsonl"), extract.out(), StandardCharsets.UTF_8);

        Run r = run("eval", GOLD.toString(), predictions.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("articles: 2 gold, 2 predicted\n");
        assertThat(r.out().lines().filter(l -> l.startsWith("all ")))
                .singleElement().asString().matches("all\\s+1\\.00/1\\.00/1\\.00\\s.*");
        assertThat(r.out()).contains("speaker country accuracy on matched speakers: 2/2");
    }
}
