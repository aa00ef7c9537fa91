package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.cli.CliRuns.Run;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.store.TinyGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandIT {
    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint: (http://\\S+/kg/sparql)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir Path tmp;
    Path store;

    @BeforeEach
    void seedStore() {
        store = TinyGraphs.seededStore(tmp, "a1");
    }

    /** A serve command running in its own thread until {@link #stop()} interrupts it. */
    private static final class Serving {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final AtomicInteger code = new AtomicInteger(-1);
        final Thread thread;

        Serving(UnaryOperator<String> env, String... args) {
            CommandLine cl = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
            ((ServeCommand) cl.getSubcommands().get("serve").getCommand()).env = env;
            thread = new Thread(() -> code.set(cl.execute(args)), "serve-under-test");
            thread.start();
        }

        /** Waits for the endpoint line and returns the endpoint URL. */
        String endpoint() throws InterruptedException {
            for (int i = 0; i < 300; i++) {
                Matcher m = ENDPOINT.matcher(out.toString());
                if (m.find()) return m.group(1);
                if (!thread.isAlive()) throw new AssertionError("serve ended: " + err);
                Thread.sleep(50);
            }
            throw new AssertionError("no endpoint printed: " + out + err);
        }

        int stop() throws InterruptedException {
            thread.interrupt();
            thread.join(30_000);
            assertThat(err.toString()).doesNotContain("internal error");
            return code.get();
        }
    }

    @Test
    void servesUntilInterruptedAndThenReleasesTheStore() throws Exception {
        Serving s = new Serving(name -> null, "serve", "--store", store.toString(), "--port", "0");
        String endpoint = s.endpoint();
        assertThat(s.out.toString()).contains("Fuseki UI: " + endpoint.replace("kg/sparql", ""));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).isEqualTo("n\r\n10\r\n");
        assertThat(s.stop()).isZero();
        assertThat(s.err.toString()).isEmpty();
        try (KnowledgeStore reopened = KnowledgeStore.open(store)) {
            assertThat(reopened.size()).isEqualTo(10);
        }
    }

    @Test
    void updatesWithThePasswordFromTheEnvironment() throws Exception {
        Serving s = new Serving(name -> name.equals("DIPLOGRAPH_PASSWORD") ? "pw-from-env" : null,
                "serve", "--store", store.toString(), "--port", "0", "--allow-updates");
        String update = s.endpoint().replace("/kg/sparql", "/kg/update");
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(update)).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:ex:g> { <urn:ex:s> <urn:ex:p> 1 } }"));
        assertThat(HTTP.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        String basic = Base64.getEncoder().encodeToString("admin:pw-from-env".getBytes(StandardCharsets.UTF_8));
        assertThat(HTTP.send(post.header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(204);
        assertThat(s.stop()).isZero();
        try (KnowledgeStore reopened = KnowledgeStore.open(store)) {
            assertThat(reopened.size()).isEqualTo(11);
        }
    }

    @Test
    void warnsWhenListeningBeyondThisMachine() throws Exception {
        Serving s = new Serving(name -> null, "serve", "--store", store.toString(), "--port", "0", "--bind", "0.0.0.0");
        assertThat(s.endpoint()).startsWith("http://localhost:");
        assertThat(s.stop()).isZero();
        assertThat(s.err.toString()).startsWith("diplograph: warning: listening on 0.0.0.0, so other machines can reach");
    }

    @Test
    void updatesWithoutCredentialsAreRefused() {
        Run r = CliRuns.run("serve", "--store", store.toString(), "--port", "0", "--allow-updates");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("diplograph: --allow-updates needs credentials: --password-file F");
    }

    @Test
    void aPasswordFileWithoutAllowUpdatesIsAMistake() throws Exception {
        Path pw = Files.writeString(tmp.resolve("pw"), "writer: secret\n");
        Run r = CliRuns.run("serve", "--store", store.toString(), "--password-file", pw.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("diplograph: --password-file is only used with --allow-updates\n");
    }

    @Test
    void aTakenPortIsAUserErrorAndReleasesTheStore() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run r = CliRuns.run("serve", "--store", store.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("diplograph: port %d is in use; pick another with --port\n".formatted(taken.getLocalPort()));
        }
        try (KnowledgeStore reopened = KnowledgeStore.open(store)) {
            assertThat(reopened.size()).isEqualTo(10);
        }
    }

    @Test
    void helpDescribesTheOptions() {
        Run r = CliRuns.run("serve", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: diplograph serve", "--port=N", "--bind=ADDR", "--timeout=SECONDS",
                "--max-rows=N", "--allow-updates", "--password-file=F", "--store=DIR", "--max-query-bytes=N",
                "--cors-origin=ORIGIN", "--allow-load-from=IRI");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "--cors-origin|https://app.example.org/path|diplograph: --cors-origin https://app.example.org/path: give an origin as scheme://host[:port], e.g. https://app.example.org",
            "--allow-load-from|file:///etc/|diplograph: --allow-load-from file:///etc/: give an http or https IRI, e.g. https://data.example.org/rdf/",
            "--max-query-bytes|0|diplograph: --max-query-bytes 0 must be at least 1"})
    @org.junit.jupiter.api.Tag("issue-12")
    void badBoundsAreUserErrors(String option, String value, String message) {
        Run r = CliRuns.run("serve", "--store", store.toString(), "--port", "0", option, value);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(message + "\n");
    }
}
