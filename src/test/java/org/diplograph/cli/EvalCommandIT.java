package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandIT {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    private static Path testCase(String name) throws Exception {
        return Path.of(EvalCommandIT.class.getResource("/eval/" + name).toURI());
    }

    @Test
    void printsScorePyTable() throws Exception {
        Path dir = testCase("multi");
        int code = run("eval", dir.resolve("gold").toString(), dir.resolve("predictions.jsonl").toString());
        assertThat(code).isZero();
        // expected.txt was printed by shared/eval/score.py on the same files
        assertThat(out.toString().replace("\r\n", "\n"))
                .isEqualTo(Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void bootstrapAndComparePrintIntervalsAfterTheTable() throws Exception {
        Path dir = testCase("multi");
        String gold = dir.resolve("gold").toString(), pred = dir.resolve("predictions.jsonl").toString();
        int code = run("eval", gold, pred, "--bootstrap", "200", "--compare", pred);
        assertThat(code).isZero();
        String text = out.toString().replace("\r\n", "\n");
        assertThat(text).startsWith(Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8));
        assertThat(text).containsPattern("95% intervals over 200 resamples of the \\d+ articles: speaker F1 \\[0\\.\\d{3}, 0\\.\\d{3}\\]")
                // the same predictions compared with themselves differ by nothing in every resample
                .contains("speaker  +0.000  95% interval [0.000, 0.000]  higher in 0.0% of resamples");
        assertThat(run("eval", gold, pred, "--bootstrap", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("--bootstrap must not be negative");
    }

    @Test
    void missingPredictionsFileIsAUserError(@TempDir Path tmp) throws Exception {
        int code = run("eval", testCase("multi").resolve("gold").toString(), tmp.resolve("out.jsonl").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("diplograph: predictions file not found: " + tmp.resolve("out.jsonl"))
                .contains("extract --format jsonl");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void missingGoldFolderIsAUserError(@TempDir Path tmp) throws Exception {
        int code = run("eval", tmp.resolve("gold").toString(), testCase("multi").resolve("predictions.jsonl").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("diplograph: gold folder not found: " + tmp.resolve("gold"));
    }

    @Test
    void malformedPredictionLineNamesTheLine(@TempDir Path tmp) throws Exception {
        Path pred = Files.writeString(tmp.resolve("p.jsonl"), "{\"file\": \"ar/001.txt\"}\n{broken\n");
        int code = run("eval", testCase("multi").resolve("gold").toString(), pred.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("p.jsonl line 2 is not valid JSON");
    }
}
