package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.cli.CliRuns.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.cli.CliRuns.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code extract --explain} adds to JSON Lines: candidates per article and an attribution per statement. */
class ExplainOutputIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = "قال كرمان زهيدوف إن بلاده ترفض العقوبات المفروضة على إيران.\n"
            + "ورحبت الولايات المتحدة وبريطانيا والنرويج بالاتفاق بين السودان وجنوب السودان.\n"
            + "وقال وزير الخارجية التركي هاكان فيدان إن العلاقات بين تركيا واليونان جيدة.\n";

    @TempDir Path tmp;

    private JsonNode extract(String... options) throws Exception {
        Path article = tmp.resolve("explain.txt");
        Files.writeString(article, "title: اختبار\nlanguage: ar\n---\n" + BODY);
        List<String> args = new ArrayList<>(List.of("extract", "--format", "jsonl"));
        args.addAll(List.of(options));
        args.add(article.toString());
        Run r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(1);
        return JSON.readTree(lines.get(0));
    }

    @Test
    void everyCandidateIsListedWithRuleGroupProbabilityAndDecision() throws Exception {
        JsonNode o = extract("--explain");
        JsonNode cands = o.get("candidates");
        assertThat(cands).isNotNull();
        assertThat(cands.isArray()).isTrue();
        assertThat(cands.size()).isGreaterThanOrEqualTo(o.get("statements").size());
        for (JsonNode c : cands) {
            assertThat(c.has("name")).as("%s", c).isTrue();
            assertThat(c.get("rule").isTextual()).as("%s", c).isTrue();
            assertThat(c.get("group").isInt()).as("%s", c).isTrue();
            assertThat(c.get("probability").isNumber()).as("%s", c).isTrue();
            assertThat(c.get("probability").asDouble()).isBetween(0.0, 1.0);
            assertThat(c.get("accepted").isBoolean()).as("%s", c).isTrue();
            assertThat(c.has("type")).isTrue();
            assertThat(c.has("speaker_probability")).isTrue();
            assertThat(c.get("claims").isInt()).as("%s", c).isTrue();
            // the cue text is the body's text at the cue's offset (code points, as evidence offsets)
            if (!c.get("cue").isNull()) {
                int[] body = BODY.codePoints().toArray();
                String cue = c.get("cue").asText();
                String at = new String(body, c.get("cue_start").asInt(), cue.codePointCount(0, cue.length()));
                assertThat(at).as("%s", c).isEqualTo(cue);
            }
        }
        List<String> names = new ArrayList<>();
        cands.forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).contains("كرمان زهيدوف", "بريطانيا", "النرويج");
        assertThat(cands).anySatisfy(c -> assertThat(c.get("rule").asText()).startsWith("cand."));
        long accepted = 0;
        for (JsonNode c : cands) if (c.get("accepted").asBoolean()) accepted++;
        assertThat(accepted).as("one accepted candidate per statement").isEqualTo(o.get("statements").size());
    }

    @Test
    void everyStatementHasItsAttribution() throws Exception {
        JsonNode o = extract("--explain");
        JsonNode sts = o.get("statements");
        assertThat(sts).isNotEmpty();
        for (JsonNode s : sts) {
            assertThat(s.get("rule").isTextual()).isTrue();
            JsonNode at = s.get("attribution");
            assertThat(at).as("%s", s).isNotNull();
            assertThat(at.get("probability").isNumber()).isTrue();
            assertThat(at.get("probability").asDouble()).isBetween(0.0, 1.0);
            assertThat(at.get("speaker_probability").isNumber()).isTrue();
            assertThat(at.get("features").isArray()).isTrue();
            assertThat(at.get("features")).isNotEmpty();
            at.get("features").forEach(f -> assertThat(f.asText()).matches("(?s).+ [+-]\\d+\\.\\d\\d"));
            assertThat(at.get("rivals").isArray()).isTrue();
            for (JsonNode r : at.get("rivals")) {
                assertThat(r.has("name")).isTrue();
                assertThat(r.get("rule").isTextual()).isTrue();
                assertThat(r.has("probability")).isTrue();
            }
        }
        assertThat(sts).anySatisfy(s -> assertThat(s.get("speaker").get("iri").asText()).isNotEmpty());
    }

    @Test
    void aStatementsAttributionProbabilityIsThatOfItsAcceptedCandidate() throws Exception {
        JsonNode o = extract("--explain");
        List<JsonNode> accepted = new ArrayList<>();
        o.get("candidates").forEach(c -> { if (c.get("accepted").asBoolean()) accepted.add(c); });
        JsonNode sts = o.get("statements");
        for (int n = 0; n < sts.size(); n++) {
            assertThat(sts.get(n).get("attribution").get("probability").asDouble())
                    .isEqualTo(accepted.get(n).get("probability").asDouble());
            assertThat(sts.get(n).get("speaker").get("name").asText()).isEqualTo(accepted.get(n).get("name").asText());
        }
    }

    @Test
    void withoutAModelProbabilitiesAreNull() throws Exception {
        JsonNode o = extract("--explain", "--model", "none");
        assertThat(o.get("candidates")).isNotEmpty();
        for (JsonNode c : o.get("candidates")) assertThat(c.get("probability").isNull()).as("%s", c).isTrue();
        for (JsonNode s : o.get("statements")) assertThat(s.get("attribution").get("probability").isNull()).isTrue();
    }

    @Test
    void withoutExplainThereAreNoCandidatesNorAttributions() throws Exception {
        JsonNode o = extract();
        assertThat(o.has("candidates")).isFalse();
        for (JsonNode s : o.get("statements")) {
            assertThat(s.has("attribution")).isFalse();
            assertThat(s.has("rule")).isFalse();
        }
    }
}
