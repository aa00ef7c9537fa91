package org.diplograph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Port fidelity: each folder under src/test/resources/eval/ holds a gold/ folder, predictions.jsonl and the
 * output of score.py on them, produced once by hand with
 * {@code PYTHONHASHSEED=0 python3 shared/eval/score.py gold predictions.jsonl [--errors --by-file]}
 * into expected.txt and expected-errors-by-file.txt. The Java port must print the same lines.
 */
class ScorePortTest {
    private static final Pattern FROZENSET = Pattern.compile("frozenset\\(\\{(.*?)\\}\\)");
    private static final Pattern CLAIM_LINE = Pattern.compile("^( {2}\\S+: (missed|spurious) claim ).*");

    static Path cases() throws URISyntaxException {
        return Path.of(ScorePortTest.class.getResource("/eval").toURI());
    }

    static Stream<Arguments> outputs() throws IOException, URISyntaxException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(cases())) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                out.add(Arguments.of(dir.getFileName().toString(), "expected.txt", false));
                out.add(Arguments.of(dir.getFileName().toString(), "expected-errors-by-file.txt", true));
            }
        }
        return out.stream();
    }

    @Test
    void corpusIsNotEmpty() throws IOException, URISyntaxException {
        assertThat(outputs()).hasSizeGreaterThanOrEqualTo(6);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("outputs")
    void printsWhatScorePyPrints(String name, String expectedFile, boolean verbose) throws Exception {
        Path dir = cases().resolve(name);
        Scores scores = Scorer.score(GoldFiles.load(dir.resolve("gold")), Predictions.read(dir.resolve("predictions.jsonl")));
        List<String> expected = Files.readAllLines(dir.resolve(expectedFile), StandardCharsets.UTF_8);
        assertThat(String.join("\n", canonical(ScoreReport.lines(scores, verbose, verbose))))
                .isEqualTo(String.join("\n", canonical(expected)));
    }

    /**
     * Python prints a frozenset in hash order, which changes with PYTHONHASHSEED: sort its items, then sort
     * each run of claim lines of one file again (score.py sorts them by that printed form).
     */
    static List<String> canonical(List<String> lines) {
        List<String> sortedSets = lines.stream().map(l -> {
            Matcher m = FROZENSET.matcher(l);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String[] items = m.group(1).split(", ");
                Arrays.sort(items, Py.CODE_POINT_ORDER);
                m.appendReplacement(b, Matcher.quoteReplacement("frozenset({" + String.join(", ", items) + "})"));
            }
            return m.appendTail(b).toString();
        }).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sortedSets.size(); ) {
            Matcher m = CLAIM_LINE.matcher(sortedSets.get(i));
            int j = i + 1;
            if (m.matches()) {
                while (j < sortedSets.size() && sortedSets.get(j).startsWith(m.group(1))) j++;
            }
            sortedSets.subList(i, j).stream().sorted(Py.CODE_POINT_ORDER).forEach(out::add);
            i = j;
        }
        return out;
    }
}
