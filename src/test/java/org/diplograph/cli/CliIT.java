package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CliIT {
    @Test
    void helpListsCommands() {
        StringWriter out = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter())).execute("--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Usage: diplograph");
    }
}
