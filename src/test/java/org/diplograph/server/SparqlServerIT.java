package org.diplograph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.NodeFactory;
import org.diplograph.model.UserException;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.store.TinyGraphs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SparqlServerIT {
    private static final String COUNT_STATEMENTS =
            "PREFIX dg: <https://w3id.org/diplograph/ontology#> SELECT (COUNT(?s) AS ?n) { ?s a dg:Statement }";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static KnowledgeStore store;
    private static SparqlServer server;

    @BeforeAll
    static void startServer() {
        store = TinyGraphs.twoArticles();
        server = SparqlServer.builder(store).port(0).build().start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        store.close();
    }

    @Test
    void answersQueriesOverTheUnionGraphInJson() throws Exception {
        HttpResponse<String> r = send(server, "GET", "kg/sparql?query=" + enc(COUNT_STATEMENTS),
                "application/sparql-results+json", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/sparql-results+json"));
        assertThat(r.body()).contains("\"vars\": [ \"n\" ]", "\"value\": \"2\"");
    }

    @Test
    void answersQueriesInCsvAtTheQueryEndpoint() throws Exception {
        HttpResponse<String> r = send(server, "GET", "kg/query?query=" + enc(COUNT_STATEMENTS), "text/csv", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("n\r\n2\r\n");
    }

    @Test
    void answersPostedQueriesInXml() throws Exception {
        HttpResponse<String> r = send(server, "POST", "kg/sparql", "application/sparql-results+xml",
                "application/sparql-query", COUNT_STATEMENTS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<sparql", "<binding name=\"n\">", ">2</literal>");
    }

    @Test
    void servesTheFusekiUiAtTheRoot() throws Exception {
        HttpResponse<String> r = send(server, "GET", "", "text/html", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).containsIgnoringCase("<!doctype html").contains("<div id=\"app\"");
    }

    @ParameterizedTest
    @CsvSource({"$/ping", "$/stats", "$/stats/kg", "$/metrics", "$/datasets", "$/datasets/kg", "$/server"})
    void readOnlyAdminEndpointsAnswer(String path) throws Exception {
        assertThat(send(server, "GET", path, "*/*", null, null).statusCode()).isEqualTo(200);
    }

    /** The admin module (FMod_Admin) registers all of these; without the guard most of them answer anyone. */
    @ParameterizedTest
    @CsvSource({
            "POST, $/backup/kg", "POST, $/backups/kg", "GET, $/backups-list", "POST, $/compact/kg",
            "POST, $/datasets", "DELETE, $/datasets/kg", "POST, $/datasets/kg", "POST, $/server",
            "GET, $/tasks", "POST, $/ping", "POST, $/sleep", "GET, $/logs", "POST, $/validate/query", "PUT, $/stats"})
    void adminOperationsAreRefused(String method, String path) throws Exception {
        assertThat(send(server, method, path, "*/*", "text/plain", "x").statusCode()).as(method + " " + path).isEqualTo(403);
        assertThat(store.graphNames()).hasSize(2);
    }

    @Test
    void theServerDescriptionListsTheDatasetForTheUi() throws Exception {
        HttpResponse<String> r = send(server, "GET", "$/server", "application/json", null, null);
        assertThat(r.body()).contains("\"ds.name\" : \"/kg\"", "\"sparql\"").doesNotContain("\"update\"");
    }

    @Test
    void federatedServiceIsRefused() throws Exception {
        String q = "SELECT * { SERVICE <http://127.0.0.1:" + server.port() + "/kg/sparql> { ?s ?p ?o } }";
        HttpResponse<String> r = send(server, "GET", "kg/sparql?query=" + enc(q), "text/csv", null, null);
        assertThat(r.statusCode()).isGreaterThanOrEqualTo(400);
    }

    @ParameterizedTest
    @CsvSource({
            "POST, kg/update, application/sparql-update", "POST, kg, application/sparql-update",
            "POST, kg/sparql, application/sparql-update", "PUT, kg/data?default, text/turtle",
            "POST, kg/data?graph=urn:ex:g, text/turtle", "DELETE, kg/data?graph=urn:ex:g, text/turtle"})
    void writesAreRefusedWhenUpdatesAreOff(String method, String path, String contentType) throws Exception {
        String body = contentType.equals("text/turtle") ? "<urn:ex:s> <urn:ex:p> <urn:ex:o> ." : "INSERT DATA { GRAPH <urn:ex:g> { <urn:ex:s> <urn:ex:p> <urn:ex:o> } }";
        HttpResponse<String> r = send(server, method, path, "*/*", contentType, body);
        assertThat(r.statusCode()).as(method + " " + path).isBetween(400, 499);
        assertThat(store.graphNames()).hasSize(2);
    }

    @Test
    void corsAllowsOnlyReadingMethods() throws Exception {
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://example.org").header("Access-Control-Request-Method", "POST").build();
        HttpResponse<String> r = HTTP.send(preflight, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD, POST, OPTIONS");
    }

    @Test
    void capsTheNumberOfRows(@TempDir Path unused) throws Exception {
        try (KnowledgeStore s = TinyGraphs.twoArticles();
             SparqlServer capped = SparqlServer.builder(s).port(0).maxRows(3).build().start()) {
            HttpResponse<String> r = send(capped, "GET", "kg/sparql?query=" + enc("SELECT * { ?s ?p ?o }"), "text/csv", null, null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body().split("\r\n")).hasSize(1 + 3);
            HttpResponse<String> small = send(capped, "GET", "kg/sparql?query=" + enc("SELECT * { ?s ?p ?o } LIMIT 2"), "text/csv", null, null);
            assertThat(small.body().split("\r\n")).hasSize(1 + 2);
            // The cap belongs to that server only.
            HttpResponse<String> uncapped = send(server, "GET", "kg/sparql?query=" + enc("SELECT * { ?s ?p ?o }"), "text/csv", null, null);
            assertThat(uncapped.body().split("\r\n")).hasSize(1 + 20);
        }
    }

    @Test
    void answersFullTextQueriesWhenTheStoreHasATextIndex(@TempDir Path tmp) throws Exception {
        try (KnowledgeStore s = KnowledgeStore.openWithTextIndex(tmp.resolve("kg"));
             SparqlServer text = SparqlServer.builder(s).port(0).build()) {
            s.replaceGraph(TinyGraphs.articleGraph("a1"), TinyGraphs.article("a1", "person/p1", "state/RUS"));
            text.start();
            String q = "PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT ?s { GRAPH ?g { (?s ?score ?h) text:query ('خبر' 'lang:ar') } }";
            HttpResponse<String> r = send(text, "GET", "kg/sparql?query=" + enc(q), "text/csv", null, null);
            assertThat(r.body()).isEqualTo("s\r\nhttps://w3id.org/diplograph/id/article/a1\r\n");
        }
    }

    @Test
    void anExpensiveQueryTimesOutWhileOthersAreAnswered() throws Exception {
        try (KnowledgeStore s = TinyGraphs.twoArticles();
             SparqlServer slow = SparqlServer.builder(s).port(0).queryTimeout(Duration.ofMillis(500)).build().start()) {
            String crossProduct = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
            CompletableFuture<HttpResponse<String>> expensive = HTTP.sendAsync(
                    request(slow, "GET", "kg/sparql?query=" + enc(crossProduct), "text/csv", null, null),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(100);
            HttpResponse<String> simple = send(slow, "GET", "kg/sparql?query=" + enc(COUNT_STATEMENTS), "text/csv", null, null);
            assertThat(simple.statusCode()).isEqualTo(200);
            assertThat(simple.body()).isEqualTo("n\r\n2\r\n");
            HttpResponse<String> r = expensive.get();
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).containsIgnoringCase("timed out");
        }
    }

    @Test
    void updatesNeedCredentialsWhenAllowed() throws Exception {
        try (KnowledgeStore s = TinyGraphs.twoArticles();
             SparqlServer rw = SparqlServer.builder(s).port(0).allowUpdate(true).credentials("admin", "s3cret").build().start()) {
            String update = "INSERT DATA { GRAPH <urn:ex:g> { <urn:ex:s> <urn:ex:p> <urn:ex:o> } }";
            assertThat(send(rw, "POST", "kg/update", "*/*", "application/sparql-update", update).statusCode()).isEqualTo(401);
            HttpRequest wrong = withBasic(request(rw, "POST", "kg/update", "*/*", "application/sparql-update", update), "admin", "nope");
            assertThat(HTTP.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            assertThat(s.containsGraph(NodeFactory.createURI("urn:ex:g"))).isFalse();

            HttpRequest right = withBasic(request(rw, "POST", "kg/update", "*/*", "application/sparql-update", update), "admin", "s3cret");
            assertThat(HTTP.send(right, HttpResponse.BodyHandlers.ofString()).statusCode()).isBetween(200, 299);
            assertThat(s.containsGraph(NodeFactory.createURI("urn:ex:g"))).isTrue();
            // Queries stay open to everyone.
            assertThat(send(rw, "GET", "kg/sparql?query=" + enc(COUNT_STATEMENTS), "text/csv", null, null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void updatesFromAPasswordFileUser(@TempDir Path tmp) throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwd"), "writer: pw1\n");
        try (KnowledgeStore s = TinyGraphs.twoArticles();
             SparqlServer rw = SparqlServer.builder(s).port(0).allowUpdate(true).passwordFile(passwords).build().start()) {
            String put = "<urn:ex:s> <urn:ex:p> <urn:ex:o> .";
            assertThat(send(rw, "PUT", "kg/data?graph=urn:ex:g", "*/*", "text/turtle", put).statusCode()).isEqualTo(401);
            HttpRequest right = withBasic(request(rw, "PUT", "kg/data?graph=urn:ex:g", "*/*", "text/turtle", put), "writer", "pw1");
            assertThat(HTTP.send(right, HttpResponse.BodyHandlers.ofString()).statusCode()).isBetween(200, 299);
            assertThat(s.containsGraph(NodeFactory.createURI("urn:ex:g"))).isTrue();
        }
    }

    @Test
    void allowingUpdatesWithoutCredentialsIsRefused() {
        assertThatThrownBy(() -> SparqlServer.builder(store).allowUpdate(true).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("password file or credentials");
    }

    @Test
    void aTakenPortIsAUserError() {
        SparqlServer second = SparqlServer.builder(store).port(server.port()).build();
        assertThatThrownBy(second::start)
                .isInstanceOf(UserException.class)
                .hasMessage("port %d is in use; pick another with --port".formatted(server.port()));
        second.stop();
        assertThat(second.adminArea()).doesNotExist();
    }

    @Test
    void anAddressOfAnotherMachineIsAUserError() {
        // 192.0.2.1 is TEST-NET-1 (RFC 5737): never an address of this machine.
        SparqlServer elsewhere = SparqlServer.builder(store).port(0).bindAddress("192.0.2.1").build();
        assertThatThrownBy(elsewhere::start)
                .isInstanceOf(UserException.class).hasMessageStartingWith("cannot listen on 192.0.2.1 port 0: ")
                .hasMessageEndingWith("; check --bind");
        elsewhere.stop();
    }

    @Test
    void keepsFusekisWorkAreaOutOfTheWorkingDirectory() throws Exception {
        Path area;
        try (KnowledgeStore s = KnowledgeStore.inMemory();
             SparqlServer other = SparqlServer.builder(s).port(0).build().start()) {
            area = other.adminArea();
            assertThat(area.resolve("config.ttl")).exists();
            assertThat(area).isNotEqualTo(Path.of("run").toAbsolutePath());
        }
        assertThat(area).doesNotExist();
    }

    @Test
    void printsEndpointUrlsWithTheBoundHostAndPort() {
        assertThat(server.sparqlUrl()).isEqualTo("http://127.0.0.1:" + server.port() + "/kg/sparql");
        assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
    }

    private static HttpResponse<String> send(SparqlServer s, String method, String path, String accept,
                                             String contentType, String body) throws Exception {
        return HTTP.send(request(s, method, path, accept, contentType, body), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(SparqlServer s, String method, String path, String accept,
                                       String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + path)).header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        return b.build();
    }

    private static HttpRequest withBasic(HttpRequest r, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(r, (n, v) -> true).header("Authorization", "Basic " + token).build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
