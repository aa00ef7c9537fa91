package org.diplograph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.store.TinyGraphs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The service's bounds (issue 12): each test names the item it covers. */
@Tag("issue-12")
class ServiceHardeningIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** 50 a's and no b: Java's regex engine backtracks for minutes on it. */
    private static final String SLOW_TEXT = "a".repeat(50);
    /** A row at once, then a count over a 20^6 cross product: far longer than the test timeouts. */
    private static final String ROW_THEN_SLOW = "SELECT ?x { { BIND(1 AS ?x) } UNION "
            + "{ SELECT (COUNT(*) AS ?x) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?p ?q ?r } } }";

    private static KnowledgeStore store;
    private static SparqlServer server;

    @BeforeAll
    static void startServer() {
        store = TinyGraphs.twoArticles();
        server = SparqlServer.builder(store).port(0).queryTimeout(Duration.ofMillis(1000)).build().start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        store.close();
    }

    // Item 1: REGEX, REPLACE, fn:matches and fn:replace stop at the timeout wherever they are.
    @ParameterizedTest
    @ValueSource(strings = {
            "ASK { FILTER(REGEX(\"%s\", \"(.*a){8}b\")) }",
            "SELECT (REPLACE(\"%s\", \"(.*a){8}b\", \"x\") AS ?r) {}",
            "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> ASK { FILTER(fn:matches(\"%s\", \"(.*a){8}b\")) }",
            "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT (fn:replace(\"%s\", \"(.*a){8}b\", \"x\") AS ?r) {}",
            "SELECT * { { SELECT ?s { ?s ?p ?o FILTER(REGEX(CONCAT(STR(?p), \"%s\"), \"(.*a){8}b\")) } } }",
            "ASK { ?s ?p ?o FILTER EXISTS { BIND(\"%s\" AS ?t) FILTER(REGEX(?t, \"(.*a){8}b\", \"i\")) } }",
            "SELECT ?s { ?s ?p ?o } ORDER BY (REGEX(\"%s\", \"(.*a){8}b\"))"})
    void aSlowRegularExpressionStopsAtTheTimeout(String query) throws Exception {
        HttpResponse<String> r = HTTP.send(post(server, query.formatted(SLOW_TEXT), "text/csv")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("timed out");
    }

    @Test
    void regularExpressionsStillGiveJenasAnswers() throws Exception {
        String q = """
                PREFIX fn: <http://www.w3.org/2005/xpath-functions#>
                SELECT (REPLACE("abcabc", "b", "X") AS ?r) (REGEX("Hello", "^h", "i") AS ?m) (REGEX("Hello", "^h") AS ?n)
                       (REPLACE("a.b", ".", "-", "q") AS ?q) (fn:replace("abc", "(b)", "[$1]") AS ?g)
                       (REPLACE(?lit, "x", "y") AS ?l) (REPLACE("abc", "", "-") AS ?e) {
                  BIND("xx"@en AS ?lit)
                  FILTER(REGEX(?lit, "X", "i") && !REGEX("abc", "d") && fn:matches("abc", "b"))
                }""";
        HttpResponse<String> r = send(server, post(server, q, "text/csv"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("r,m,n,q,g,l,e\r\naXcaXc,true,false,a-b,a[b]c,yy,-abc\r\n");
    }

    // Item 2: requests above --max-query-bytes get 413 before anything parses them.
    @Test
    void aQueryAboveTheSizeLimitIsRefusedWith413() throws Exception {
        try (KnowledgeStore s = TinyGraphs.twoArticles();
             SparqlServer small = SparqlServer.builder(s).port(0).maxQueryBytes(1000).build().start()) {
            String big = "SELECT * { VALUES ?x { " + "\"value\" ".repeat(200) + "} }";
            assertThat(big.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1000);
            assertThat(send(small, post(small, big, "text/csv")).statusCode()).as("POST body").isEqualTo(413);
            assertThat(send(small, get(small, "kg/sparql?query=" + enc(big), "text/csv")).statusCode()).as("GET").isEqualTo(413);
            HttpRequest form = HttpRequest.newBuilder(URI.create(small.sparqlUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(big))).build();
            assertThat(send(small, form).statusCode()).as("form").isEqualTo(413);
            HttpRequest chunked = HttpRequest.newBuilder(URI.create(small.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
            assertThat(send(small, chunked).statusCode()).as("chunked body").isEqualTo(413);

            HttpRequest smallChunked = HttpRequest.newBuilder(URI.create(small.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream("ASK {}".getBytes(StandardCharsets.UTF_8)))).build();
            assertThat(send(small, smallChunked).body()).as("a small chunked query").isEqualTo("_askResult\r\ntrue\r\n");
            assertThat(send(small, post(small, "ASK {}", "text/csv")).statusCode()).isEqualTo(200);
        }
    }

    // Item 3: a timeout after the first row is an error the client sees, never a 200 with a cut body.
    @Test
    void aTimeoutAfterTheFirstRowIsA503NotACutBody() throws Exception {
        HttpResponse<String> r = send(server, post(server, ROW_THEN_SLOW, "application/sparql-results+json"));
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(jsonOrEmpty(r.body())).as("no JSON body that a parser would take for results").isEmpty();
    }

    @Test
    void aTimeoutWhileAResultLargerThanTheBufferStreamsBreaksTheHttpExchange() throws Exception {
        try (KnowledgeStore s = TinyGraphs.twoArticles();
             SparqlServer streaming = SparqlServer.builder(s).port(0).queryTimeout(Duration.ofMillis(1000))
                     .resultBufferChars(0).build().start()) {
            HttpRequest q = post(streaming, ROW_THEN_SLOW, "application/sparql-results+json").build();
            // Either the exchange fails (no final chunk), or what came is not a JSON document.
            Optional<JsonNode> parsed;
            try {
                HttpResponse<String> r = HTTP.send(q, HttpResponse.BodyHandlers.ofString());
                parsed = r.statusCode() == 200 ? jsonOrEmpty(r.body()) : Optional.empty();
            } catch (IOException incomplete) {
                parsed = Optional.empty();
            }
            assertThat(parsed).as("a body that a JSON parser takes for complete results").isEmpty();
            assertThatThrownBy(() -> HTTP.send(q, HttpResponse.BodyHandlers.ofString()))
                    .as("the chunked body is never terminated").isInstanceOf(IOException.class);
            // The next request on the server is answered normally.
            assertThat(send(streaming, post(streaming, "ASK {}", "text/csv")).statusCode()).isEqualTo(200);
        }
    }

    // Item 4: a deeply nested text:query string is a 400 with at most one log line.
    @Test
    void aDeeplyNestedTextQueryIsA400WithoutAStackTraceInTheLog(@TempDir Path tmp) throws Exception {
        try (KnowledgeStore s = KnowledgeStore.openWithTextIndex(tmp.resolve("kg"));
             SparqlServer text = SparqlServer.builder(s).port(0).build()) {
            s.replaceGraph(TinyGraphs.articleGraph("a1"), TinyGraphs.article("a1", "person/p1", "state/RUS"));
            text.start();
            String nested = "(".repeat(5000) + "خبر" + ")".repeat(5000);
            String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { (?s ?score ?h) text:query ('" + nested + "') }";
            try (LogCapture log = new LogCapture()) {
                HttpResponse<String> r = send(text, post(text, q, "text/csv"));
                assertThat(r.statusCode()).isEqualTo(400);
                assertThat(r.body()).contains("nests parentheses 5000 deep");
                assertThat(log.events()).hasSizeLessThanOrEqualTo(1);
                assertThat(log.events()).allSatisfy(e -> assertThat(e.getThrown()).isNull());
            }
            String fine = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { (?s ?score ?h) text:query ('((خبر))') }";
            assertThat(send(text, post(text, fine, "text/csv")).body())
                    .isEqualTo("s\r\nhttps://w3id.org/diplograph/id/article/a1\r\n");
        }
    }

    @Test
    void aQueryNestedTooDeeplyToEvaluateIsA400() throws Exception {
        StringBuilder ors = new StringBuilder("?x = 0");
        for (int i = 1; i < 40_000; i++) ors.append(" || ?x = ").append(i);
        String q = "SELECT * { BIND(1 AS ?x) FILTER(" + ors + ") }";
        try (KnowledgeStore s = TinyGraphs.twoArticles();
             SparqlServer large = SparqlServer.builder(s).port(0).maxQueryBytes(4_000_000).build().start();
             LogCapture log = new LogCapture()) {
            HttpResponse<String> r = send(large, post(large, q, "text/csv"));
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("nested too deeply");
            assertThat(log.events()).allSatisfy(e -> assertThat(e.getThrown()).isNull());
        }
    }

    // Item 7: reads are open to every origin without credentials; writes only to listed origins.
    @Test
    void corsLetsEveryOriginReadWithoutCredentials() throws Exception {
        HttpResponse<String> get = send(server, get(server, "kg/sparql?query=" + enc("ASK {}"), "text/csv", "Origin", "https://evil.example"));
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(get.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> preflight = send(server, preflight(server, "kg/sparql", "https://evil.example", "POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue(CorsFilter.READ_METHODS);
    }

    @Test
    void corsLetsOnlyListedOriginsWrite() throws Exception {
        try (KnowledgeStore s = TinyGraphs.twoArticles();
             SparqlServer closed = SparqlServer.builder(s).port(0).allowUpdate(true).credentials("admin", "pw").build().start();
             SparqlServer listed = SparqlServer.builder(s).port(0).allowUpdate(true).credentials("admin", "pw")
                     .corsOrigins(List.of("https://app.example.org")).build().start()) {
            for (String path : List.of("kg/update", "kg/data?graph=urn:ex:g")) {
                HttpResponse<String> none = send(closed, preflight(closed, path, "https://app.example.org", "POST"));
                assertThat(none.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
                assertThat(none.headers().firstValue("Access-Control-Allow-Credentials")).as(path).isEmpty();

                HttpResponse<String> ok = send(listed, preflight(listed, path, "https://app.example.org", "PUT"));
                assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("https://app.example.org");
                assertThat(ok.headers().firstValue("Access-Control-Allow-Credentials")).as(path).hasValue("true");
                assertThat(ok.headers().allValues("Vary")).as(path).contains("Origin");

                HttpResponse<String> other = send(listed, preflight(listed, path, "https://evil.example", "POST"));
                assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
            }
            HttpRequest.Builder update = withBasic(post(listed, "INSERT DATA { GRAPH <urn:ex:g> { <urn:ex:s> <urn:ex:p> <urn:ex:o> } }", "*/*")
                    .uri(URI.create(listed.baseUrl() + "kg/update")).setHeader("Content-Type", "application/sparql-update")
                    .header("Origin", "https://evil.example"));
            HttpResponse<String> r = send(listed, update);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    // Item 8: LOAD never reads file: IRIs, and reads remote IRIs only from listed sources.
    @Test
    void loadOfLocalFilesAndUnlistedHostsIsRefused(@TempDir Path tmp) throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.ttl"), "<urn:ex:secret> <urn:ex:p> \"topsecret\" .\n");
        try (KnowledgeStore source = TinyGraphs.twoArticles();
             SparqlServer remote = SparqlServer.builder(source).port(0).build().start();
             KnowledgeStore s = TinyGraphs.twoArticles();
             SparqlServer rw = SparqlServer.builder(s).port(0).allowUpdate(true).credentials("admin", "pw")
                     .allowLoadFrom(List.of(remote.baseUrl() + "ontology")).build().start()) {
            for (String iri : List.of(secret.toUri().toString(), "file:///etc/passwd", remote.baseUrl() + ".well-known/void",
                    "http://127.0.0.1:1/x.ttl")) {
                HttpResponse<String> r = send(rw, update(rw, "LOAD <" + iri + "> INTO GRAPH <urn:ex:loaded>"));
                assertThat(r.statusCode()).as(iri).isEqualTo(403);
                assertThat(r.body()).as(iri).contains("LOAD <" + iri + "> is refused").doesNotContain("topsecret", "root:");
                assertThat(s.containsGraph(NodeFactory.createURI("urn:ex:loaded"))).as(iri).isFalse();
            }
            HttpResponse<String> silent = send(rw, update(rw, "LOAD SILENT <" + secret.toUri() + ">"));
            assertThat(silent.statusCode()).isEqualTo(403);

            HttpResponse<String> listed = send(rw, update(rw, "LOAD <" + remote.baseUrl() + "ontology> INTO GRAPH <urn:ex:loaded>"));
            assertThat(listed.statusCode()).as(listed.body()).isBetween(200, 299);
            assertThat(s.containsGraph(NodeFactory.createURI("urn:ex:loaded"))).isTrue();
        }
    }

    @Test
    void anAllowedLoadSourceMustBeAnHttpIri() {
        assertThatThrownBy(() -> SparqlServer.builder(store).allowLoadFrom(List.of("file:///etc/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https IRI");
        assertThat(LoadGuardedUpdate.normaliseSource("https://data.example.org")).isEqualTo("https://data.example.org/");
        assertThat(new LoadGuardedUpdate(List.of("https://data.example.org")).checkSource("https://data.example.org.evil.net/x"))
                .contains("not under a source");
    }

    // Item 9: no TRACE anywhere, no directory listing.
    @ParameterizedTest
    @ValueSource(strings = {"", "ontology", ".well-known/void", "id/person/p1", "kg/sparql", "kg/data", "static/", "$/ping"})
    void traceIsRefusedEverywhere(String path) throws Exception {
        HttpRequest trace = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).header("X-Secret", "cookie-value").build();
        HttpResponse<String> r = send(server, trace);
        assertThat(r.statusCode()).as(path).isIn(405, 403);   // 403: the admin guard refuses every non-GET under /$/ first
        assertThat(r.body()).as(path).doesNotContain("cookie-value");
    }

    @Test
    void staticFilesAreServedButTheirFolderIsNotListed() throws Exception {
        HttpResponse<String> dir = send(server, get(server, "static/", "text/html"));
        assertThat(dir.statusCode()).isIn(403, 404);
        assertThat(dir.body()).doesNotContain("Directory:");
        assertThat(send(server, get(server, "", "text/html")).statusCode()).isEqualTo(200);
    }

    // Items 11 and 12: the Graph Store serves one graph at a time.
    @ParameterizedTest
    @CsvSource({"GET, kg/data", "GET, kg", "GET, kg/get", "HEAD, kg/data"})
    void theWholeDatasetIsNotDownloadable(String method, String path) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", "application/n-quads")
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> resp = send(server, r);
        assertThat(resp.statusCode()).as(method + " " + path).isEqualTo(403);
        if (method.equals("GET")) assertThat(resp.body()).contains("diplograph export");
        HttpResponse<String> one = send(server, get(server, "kg/data?graph=" + enc(TinyGraphs.GRAPH_BASE + "a1"), "application/n-triples"));
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("<https://w3id.org/diplograph/id/article/a1>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "DELETE"})
    void theWholeDatasetIsNotWritableAtOnce(String method) throws Exception {
        try (KnowledgeStore s = TinyGraphs.twoArticles();
             SparqlServer rw = SparqlServer.builder(s).port(0).allowUpdate(true).credentials("admin", "pw").build().start()) {
            HttpRequest.Builder put = withBasic(HttpRequest.newBuilder(URI.create(rw.baseUrl() + "kg/data"))
                    .header("Content-Type", "application/n-quads")
                    .method(method, HttpRequest.BodyPublishers.ofString("<urn:ex:s> <urn:ex:p> <urn:ex:o> <urn:ex:g> .\n")));
            HttpResponse<String> r = send(rw, put);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("name the graph with ?graph=IRI");
            assertThat(s.graphNames()).containsExactlyInAnyOrder(TinyGraphs.articleGraph("a1"), TinyGraphs.articleGraph("a2"));
        }
    }

    // Item 14: work folders of killed servers are deleted when the next one starts; others are kept.
    @Test
    void staleWorkAreasOfGoneProcessesAreDeletedOnTheNextStart(@TempDir Path tmp) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = Files.createDirectory(tmp.resolve(WorkAreas.PREFIX + "1"));
        Files.writeString(stale.resolve(WorkAreas.OWNER), gone.pid() + " 2020-01-01T00:00:00Z\n");
        Files.writeString(Files.createDirectory(stale.resolve("webapp")).resolve("index.html"), "x");
        Path reused = Files.createDirectory(tmp.resolve(WorkAreas.PREFIX + "2"));
        Files.writeString(reused.resolve(WorkAreas.OWNER), ProcessHandle.current().pid() + " 2020-01-01T00:00:00Z\n");
        Path live = Files.createDirectory(tmp.resolve(WorkAreas.PREFIX + "3"));
        Files.writeString(live.resolve(WorkAreas.OWNER), ProcessHandle.current().pid() + " "
                + ProcessHandle.current().info().startInstant().orElseThrow() + "\n");
        Path unmarked = Files.createDirectory(tmp.resolve(WorkAreas.PREFIX + "4"));
        Path other = Files.createDirectory(tmp.resolve("someone-else"));
        Files.writeString(other.resolve(WorkAreas.OWNER), gone.pid() + "\n");

        try (KnowledgeStore s = KnowledgeStore.inMemory();
             SparqlServer next = SparqlServer.builder(s).port(0).workParent(tmp).build()) {
            assertThat(stale).doesNotExist();
            assertThat(reused).as("its pid now belongs to another process").doesNotExist();
            assertThat(live).exists();
            assertThat(unmarked).exists();
            assertThat(other).exists();
            assertThat(next.adminArea().resolve(WorkAreas.OWNER)).content().startsWith(ProcessHandle.current().pid() + " ");
        }
    }

    private static Optional<JsonNode> jsonOrEmpty(String body) {
        try {
            JsonNode n = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(body);
            return n == null || n.isMissingNode() ? Optional.empty() : Optional.of(n);
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private static HttpRequest.Builder post(SparqlServer s, String query, String accept) {
        return HttpRequest.newBuilder(URI.create(s.sparqlUrl())).header("Accept", accept)
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder get(SparqlServer s, String path, String accept, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + path)).header("Accept", accept);
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return b;
    }

    private static HttpRequest.Builder preflight(SparqlServer s, String path, String origin, String method) {
        return HttpRequest.newBuilder(URI.create(s.baseUrl() + path)).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "content-type");
    }

    private static HttpRequest.Builder update(SparqlServer s, String update) {
        return withBasic(HttpRequest.newBuilder(URI.create(s.baseUrl() + "kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update, StandardCharsets.UTF_8)));
    }

    private static HttpRequest.Builder withBasic(HttpRequest.Builder b) {
        return b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(SparqlServer s, HttpRequest.Builder r) throws Exception {
        return send(s, r.build());
    }

    private static HttpResponse<String> send(SparqlServer s, HttpRequest r) throws Exception {
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Collects every log event while open (root logger, all levels the configuration lets through). */
    static final class LogCapture extends AbstractAppender implements AutoCloseable {
        private final List<LogEvent> events = new ArrayList<>();

        LogCapture() {
            super("capture-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
            start();
            LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
            ctx.getConfiguration().getRootLogger().addAppender(this, null, null);
            ctx.updateLoggers();
        }

        @Override
        public synchronized void append(LogEvent event) {
            events.add(event.toImmutable());
        }

        synchronized List<LogEvent> events() {
            return List.copyOf(events);
        }

        @Override
        public void close() {
            LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
            ctx.getConfiguration().getRootLogger().removeAppender(getName());
            ctx.updateLoggers();
            stop();
        }
    }
}
