package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.cli.CliRuns.body;
import static org.diplograph.cli.CliRuns.codePointSlice;
import static org.diplograph.cli.CliRuns.demoArticles;
import static org.diplograph.cli.CliRuns.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.cli.CliRuns.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code extract} on the bundled demo articles and on small articles written here: output shape, offsets, errors. */
class ExtractCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Node STATEMENT = NodeFactory.createURI("https://w3id.org/diplograph/ontology#Statement");
    private static final Node ARTICLE_BODY = NodeFactory.createURI("http://schema.org/articleBody");
    private static final List<String> ARTICLE_KEYS =
            List.of("file", "id", "title", "source", "date", "url", "language", "statements", "events");
    private static final List<String> SPEAKER_KEYS =
            List.of("name", "name_en", "type", "country", "org", "role", "institution", "iri", "wikidata");
    private static final List<String> CLAIM_KEYS = List.of("relation", "participants", "stance", "act", "evidence");

    @TempDir Path tmp;

    @Test
    void jsonlHasOneObjectPerDemoArticleWithTheKeysOfTheSpec() throws Exception {
        Run r = run("extract", "--format", "jsonl", demoArticles(tmp).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<JsonNode> objects = lines(r.out());
        assertThat(objects).extracting(o -> Path.of(o.get("file").asText()).getFileName().toString())
                .containsExactly("seed-1-zakharova-turkey-syria.txt", "seed-2-peskov-russia-us.txt");
        for (JsonNode o : objects) {
            assertThat(fieldNames(o)).containsAll(ARTICLE_KEYS);
            assertThat(o.get("statements").isArray()).isTrue();
            assertThat(o.get("events").isArray()).isTrue();
            assertThat(o.get("statements")).isNotEmpty();
            assertThat(o.get("language").asText()).isEqualTo("ar");
            for (JsonNode s : o.get("statements")) {
                assertThat(fieldNames(s.get("speaker"))).containsAll(SPEAKER_KEYS);
                assertThat(s.has("cue")).isTrue();
                assertThat(s.has("rule")).as("rule ids only with --explain").isFalse();
                assertThat(s.get("claims").isArray()).isTrue();
                for (JsonNode c : s.get("claims")) {
                    assertThat(fieldNames(c)).containsAll(CLAIM_KEYS);
                    assertThat(c.get("participants").isArray()).isTrue();
                    assertThat(fieldNames(c.get("evidence"))).containsExactlyInAnyOrder("text", "start", "end");
                }
            }
        }
        assertThat(objects.get(0).get("date").asText()).isEqualTo("2024-07-13");
        assertThat(objects.get(1).get("date").isNull()).as("the second story has no date").isTrue();
    }

    @Test
    void demoEvidenceIsTheBodySlicedByCodePoints() throws Exception {
        Run r = run("extract", "--format", "jsonl", demoArticles(tmp).toString());
        assertThat(r.code()).isZero();
        int checked = 0;
        for (JsonNode o : lines(r.out())) {
            String body = body(Path.of(o.get("file").asText()));
            for (JsonNode evidence : evidences(o)) {
                assertThat(codePointSlice(body, evidence.get("start").asInt(), evidence.get("end").asInt()))
                        .isEqualTo(evidence.get("text").asText());
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void evidenceOffsetsCountCodePointsNotUtf16Units() throws Exception {
        // two emoji (one outside the BMP, one flag of two regional indicators) before the statement
        String body = "🙂🇹🇷 خبر عاجل\nقال وزير الخارجية التركي هاكان فيدان إن تركيا ترحب بالمحادثات مع سوريا.\n";
        Path file = write("emoji.txt", "title: emoji\nlanguage: ar\n---\n" + body);
        Run r = run("extract", "--format", "jsonl", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> evidences = evidences(lines(r.out()).get(0));
        assertThat(evidences).isNotEmpty();
        for (JsonNode e : evidences) {
            int start = e.get("start").asInt();
            int end = e.get("end").asInt();
            assertThat(codePointSlice(body, start, end)).isEqualTo(e.get("text").asText());
            assertThat(body.substring(start, end)).as("UTF-16 slicing would be off by the surrogates")
                    .isNotEqualTo(e.get("text").asText());
        }
    }

    static Stream<Arguments> rdfFormats() {
        return Stream.of(Arguments.of("turtle", Lang.TURTLE, false), Arguments.of("trig", Lang.TRIG, true),
                Arguments.of("nquads", Lang.NQUADS, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rdfFormats")
    void rdfFormatsParseBackWithRiot(String format, Lang lang, boolean namedGraphs) throws Exception {
        Path demo = demoArticles(tmp);
        Run r = run("extract", "--format", format, demo.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(r.out(), lang).parse(ds);

        int jsonStatements = 0;
        for (JsonNode o : lines(run("extract", "--format", "jsonl", demo.toString()).out()))
            jsonStatements += o.get("statements").size();
        List<Quad> statements = quads(ds, Node.ANY, RDF.type.asNode(), STATEMENT);
        assertThat(statements).as("the same statements as the JSON view").hasSize(jsonStatements);
        assertThat(quads(ds, Node.ANY, ARTICLE_BODY, Node.ANY)).hasSize(2);
        if (namedGraphs) {
            assertThat(ds.listGraphNodes()).toIterable().hasSize(2);
            assertThat(statements).extracting(Quad::getGraph).doesNotContain(Quad.defaultGraphIRI);
        } else {
            assertThat(ds.listGraphNodes()).toIterable().isEmpty();
        }
    }

    @Test
    void explainAddsTheRuleOfEveryStatementAndClaim() throws Exception {
        Run r = run("extract", "--format", "jsonl", "--explain", demoArticles(tmp).toString());
        assertThat(r.code()).isZero();
        int claims = 0;
        for (JsonNode o : lines(r.out())) {
            for (JsonNode s : o.get("statements")) {
                assertThat(s.path("rule").asText()).isNotBlank();
                for (JsonNode c : s.get("claims")) {
                    assertThat(c.path("rule").asText()).isNotBlank();
                    claims++;
                }
            }
        }
        assertThat(claims).isPositive();
    }

    @Test
    void aMissingPathIsOneLineOnStderrAndExitCode2() {
        Path missing = tmp.resolve("no-such-folder");
        Run r = run("extract", "--format", "jsonl", missing.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("diplograph: no such file or folder: " + missing).doesNotContain("\tat ");
    }

    @Test
    void anInternalErrorIsOneLineWithoutVerbose() throws Exception {
        Path file = write("a.txt", "title: t\nlanguage: en\n---\nTurkey welcomes talks with Syria.\n");
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(new FailingWriter()), new PrintWriter(err))
                .execute("extract", "--format", "jsonl", file.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("diplograph: internal error: ").contains("--verbose")
                .contains(FailingWriter.MESSAGE);
    }

    @Test
    void verboseShowsTheStackTraceOfAnInternalError() throws Exception {
        Path file = write("a.txt", "title: t\nlanguage: en\n---\nTurkey welcomes talks with Syria.\n");
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(new FailingWriter()), new PrintWriter(err))
                .execute("extract", "--verbose", "--format", "jsonl", file.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(FailingWriter.MESSAGE).contains("\tat org.diplograph.cli.ExtractCommand");
    }

    @Test
    void verboseShowsTheStackTraceOfAUserErrorBeforeItsOneLineMessage() {
        // --verbose is for finding the cause, so it shows the trace of any failure; the last line is the message
        Run r = run("extract", "--verbose", tmp.resolve("missing").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("org.diplograph.model.UserException");
        assertThat(r.err().lines().reduce((x, y) -> y).orElseThrow()).startsWith("diplograph: no such file or folder: ");
    }

    @Test
    void anUnreadableFileIsReportedAndTheGoodOneStillPrinted() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("mixed"));
        Files.write(dir.resolve("bad.txt"), new byte[] {'t', ':', ' ', 'x', '\n', '-', '-', '-', '\n', (byte) 0xff, (byte) 0xfe, 'z'});
        Files.writeString(dir.resolve("good.txt"), "title: good\nlanguage: en\n---\nTurkey welcomes talks with Syria.\n",
                StandardCharsets.UTF_8);
        Run r = run("extract", "--format", "jsonl", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(lines(r.out())).extracting(o -> o.get("title").asText()).containsExactly("good");
        assertThat(r.err().lines()).containsExactly("error: %s: not UTF-8 text".formatted(dir.resolve("bad.txt")));
    }

    @Test
    void everyInputFormatGivesAnArticleObject() throws Exception {
        String sentence = "Turkey welcomes talks with Syria.";
        write("a.txt", "title: From text\nurl: https://example.org/text\ndate: 2024-01-02\nlanguage: en\n---\n" + sentence + "\n");
        write("b.json", JSON.writeValueAsString(newsPlease("From JSON", "https://example.org/json", sentence)));
        write("c.jsonl", JSON.writeValueAsString(newsPlease("From JSON Lines", "https://example.org/jsonl", sentence)) + "\n");
        write("d.html", """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>From HTML</title>
                <meta property="og:url" content="https://example.org/html">
                <meta property="article:published_time" content="2024-01-02T08:00:00Z"></head>
                <body><nav><p>Home</p></nav><article><p>%s</p></article><footer><p>About us</p></footer></body></html>
                """.formatted(sentence));
        Run r = run("extract", "--format", "jsonl", tmp.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> objects = lines(r.out());
        assertThat(objects).extracting(o -> o.get("title").asText())
                .containsExactly("From text", "From JSON", "From JSON Lines", "From HTML");
        for (JsonNode o : objects) {
            String kind = o.get("title").asText().substring(5);
            assertThat(o.get("url").asText()).as(kind).startsWith("https://example.org/");
            assertThat(o.get("date").asText()).as(kind).isEqualTo("2024-01-02");
            assertThat(o.get("language").asText()).as(kind).isEqualTo("en");
            assertThat(evidences(o)).as(kind).extracting(e -> e.get("text").asText())
                    .anySatisfy(text -> assertThat(sentence).contains(text));
        }
    }

    @Test
    void aStateCueInsideReportedSpeechBelongsToTheReportingSpeaker() throws Exception {
        Path file = write("en.txt", "title: t\nlanguage: en\n---\nRussian Foreign Ministry spokeswoman Maria Zakharova said"
                + " that Russia welcomes the normalisation of relations between Turkey and Syria.\n");
        Run r = run("extract", "--format", "jsonl", file.toString());
        assertThat(r.code()).isZero();
        assertThat(lines(r.out()).get(0).get("statements")).extracting(s -> s.get("speaker").get("name").asText())
                .containsExactly("Maria Zakharova");
    }

    static Stream<String> commands() {
        return Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands().keySet().stream().filter(name -> !name.equals("help"));
    }

    @Test
    void everyCommandIsCoveredByTheHelpTest() {
        assertThat(commands()).containsExactlyInAnyOrder(
                "extract", "ingest", "serve", "query", "export", "validate", "stats", "eval", "train", "mine", "compact");
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void helpOfEveryCommandExitsZeroAndNamesItsOptions(String command) {
        Run r = run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Usage: diplograph " + command);
        var spec = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands().get(command).getCommandSpec();
        assertThat(spec.options()).isNotEmpty();
        spec.options().forEach(o -> assertThat(r.out()).contains(o.longestName()));
        spec.positionalParameters().forEach(p -> assertThat(r.out()).contains(p.paramLabel()));
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void helpNamesTheMainOptionsOfEachCommand(String command) {
        Map<String, List<String>> expected = new java.util.HashMap<>(Map.of(
                "extract", List.of("--format", "--explain", "--lexicon", "--model", "--base", "--verbose", "PATH"),
                "ingest", List.of("--store", "--replace", "--quiet", "--lexicon", "--bulk", "PATH"),
                "serve", List.of("--store", "--port", "--demo", "--allow-updates"),
                "query", List.of("--store", "--format", "--file", "QUERY"),
                "export", List.of("--store", "--format", "--out"),
                "validate", List.of("--store"),
                "stats", List.of("--store", "--json"),
                "eval", List.of("GOLD_DIR", "PREDICTIONS.jsonl", "--errors", "--by-file"),
                "train", List.of("--gold", "--out", "--folds", "--articles", "--by-rule"),
                "mine", List.of("--out", "--persons", "--min-articles", "--min-agreement", "--min-definite", "--min-share", "PATH")));
        expected.put("compact", List.of("--store", "--keep-old"));
        assertThat(expected).containsKey(command);
        assertThat(run(command, "--help").out()).contains(expected.get(command));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> newsPlease(String title, String url, String text) {
        return Map.of("title", title, "maintext", text, "date_publish", "2024-01-02 08:00:00", "url", url,
                "source_domain", "example.org", "language", "en");
    }

    static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.isEmpty()) continue;
            JsonNode o = JSON.readTree(line);
            assertThat(o.isObject()).as(line).isTrue();
            objects.add(o);
        }
        return objects;
    }

    private static List<JsonNode> evidences(JsonNode article) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode s : article.get("statements"))
            for (JsonNode c : s.get("claims")) out.add(c.get("evidence"));
        return out;
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Quad> quads(DatasetGraph ds, Node s, Node p, Node o) {
        List<Quad> out = new ArrayList<>();
        Iterator<Quad> it = ds.find(Node.ANY, s, p, o);
        it.forEachRemaining(out::add);
        return out;
    }

    /** Standard output that breaks (a full disk, a closed pipe): an unexpected failure inside a command. */
    private static final class FailingWriter extends Writer {
        static final String MESSAGE = "standard output broke (test)";

        @Override public void write(char[] buf, int off, int len) { throw new IllegalStateException(MESSAGE); }
        @Override public void flush() { }
        @Override public void close() { }
    }
}
