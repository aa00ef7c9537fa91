package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.cli.CliRuns.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.cli.CliRuns.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file name cannot forge lines or send escape sequences to the terminal through stderr (issue 12, item 10). */
@Tag("issue-12")
class UntrustedFileNamesIT {
    @TempDir Path tmp;

    @Test
    void fileNamesOnStderrAreEscapedAsInTheJsonReport() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("news"));
        Files.writeString(dir.resolve("a\nerror: forged.txt"), "title: empty\n---\n   \n");
        Files.writeString(dir.resolve("b\u001b[2J.txt"), "title: empty too\n---\n\n");
        Path report = tmp.resolve("report.json");
        Run r = run("extract", "--quiet", "--report", report.toString(), dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly(
                "error: " + dir + "/a\\nerror: forged.txt: empty body",
                "error: " + dir + "/b\\u001B[2J.txt: empty body");
        assertThat(Files.readString(report)).contains("a\\nerror: forged.txt", "b\\u001B[2J.txt");
    }
}
