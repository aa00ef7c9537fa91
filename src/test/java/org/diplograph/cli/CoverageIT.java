package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.cli.CliRuns.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.cli.CliRuns.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --coverage FILE}: the report of reporting cues and the statements made from them. */
class CoverageIT {
    @TempDir Path tmp;

    @Test
    void coverageWritesTheReportAndSaysTheShareOnStderr() throws Exception {
        Path article = Files.writeString(tmp.resolve("a.txt"), "title: t\nlanguage: ar\n---\n"
                + "قال وزير الخارجية الروسي سيرغي لافروف إن روسيا تدعم الحوار بين تركيا وسوريا.\n"
                + "وذكر تقرير للأمم المتحدة أن الطقس كان باردا.\n");
        Path report = tmp.resolve("out/coverage.json");
        Run r = run("extract", "--quiet", "--format", "jsonl", "--coverage", report.toString(), article.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("coverage: 1 articles").contains("reporting cues");
        JsonNode j = new ObjectMapper().readTree(report.toFile());
        assertThat(j.get("articles").asLong()).isEqualTo(1);
        assertThat(j.get("cues").asLong()).isEqualTo(2);
        assertThat(j.get("cues_with_statement").asLong()).isBetween(1L, 2L);
        assertThat(j.get("by_cue").has("cue/say")).isTrue();
        assertThat(j.get("uncovered_shapes").isObject()).isTrue();
    }
}
