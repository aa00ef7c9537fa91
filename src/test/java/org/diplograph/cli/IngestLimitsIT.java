package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.cli.CliRuns.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.cli.CliRuns.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article over the per-article limits is rejected with the reason and the batch goes on (issue 12, item 5). */
@Tag("issue-12")
class IngestLimitsIT {
    /** Sentences written for this test, each a statement with one claim. */
    private static final String[] SENTENCES = {
            "Lavrov said Russia supports normalisation between Turkey and Syria.",
            "Peskov said Moscow rejects the sanctions imposed by the United States.",
            "Zakharova said Russia condemns the Israeli strikes on Syria."};

    @TempDir Path tmp;

    @Test
    void anArticleWithMoreStatementsThanTheLimitIsRejectedAndTheOthersAreStored() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("news"));
        Files.writeString(dir.resolve("a.txt"), article("a", 2));
        Files.writeString(dir.resolve("b.txt"), article("b", 30));
        Files.writeString(dir.resolve("c.txt"), article("c", 3));
        Path store = tmp.resolve("kg");
        Path report = tmp.resolve("report.json");
        Run r = run("ingest", "--quiet", "--max-statements", "10", "--store", store.toString(), "--report",
                report.toString(), dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly("error: " + dir + "/b.txt: too large, not stored: 30 statements,"
                + " over the limit of 10 per article (--max-statements)");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("counts").toString()).isEqualTo("{\"added\":2,\"replaced\":0,\"unchanged\":0,\"rejected\":1}");
        assertThat(json.get("problems").get(0).get("message").asText()).startsWith("too large, not stored: 30 statements");
        assertThat(run("stats", "--store", store.toString(), "--json").out()).startsWith("{\"articles\":2,");
    }

    @Test
    void anArticleWithMoreClaimsThanTheLimitIsRejected() throws Exception {
        Path file = Files.writeString(tmp.resolve("many.txt"), article("many", 6));
        Run r = run("ingest", "--quiet", "--max-claims", "4", "--store", tmp.resolve("kg").toString(), file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("too large, not stored: 6 claims, over the limit of 4 per article (--max-claims)");
    }

    @Test
    void theLimitsMustBePositive() {
        Run r = run("ingest", "--max-seconds", "0", "--store", tmp.resolve("kg").toString(), tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("diplograph: --max-statements, --max-claims, --max-seconds: ");
    }

    private static String article(String title, int statements) {
        StringBuilder body = new StringBuilder("title: " + title + "\nlanguage: en\n---\n");
        for (int i = 0; i < statements; i++) body.append(SENTENCES[i % SENTENCES.length]).append(i % 3 == 2 ? "\n" : " ");
        return body.toString();
    }
}
