package org.diplograph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.PROV;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.store.ResultFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The linked-data front end of {@code serve} on the demo store: /id/ pages, /ontology, VoID and the service description. */
@Tag("issue-4")
class LinkedDataIT {
    /** Follows /id/'s 303 to the document, sending the same Accept again. */
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final Iris IRIS = Iris.defaultBase();
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Node RUS = IRIS.state("RUS");
    private static final Node ZAKHAROVA = IRIS.person("maria-zakharova");

    @TempDir static Path tmp;
    private static KnowledgeStore store;
    private static SparqlServer server;

    @BeforeAll
    static void startServerOnTheDemoStore() {
        store = DemoStore.create(IRIS, tmp);
        server = SparqlServer.builder(store).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) server.stop();
        } finally {
            if (store != null) store.close();
        }
    }

    @Test
    void turtleOfAStateHoldsItsIso3Code() throws Exception {
        HttpResponse<String> r = get("id/state/RUS", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/turtle"));
        assertThat(r.uri().getPath()).isEqualTo("/data/state/RUS.ttl");
        assertThat(r.previousResponse()).hasValueSatisfying(redirect -> {
            assertThat(redirect.statusCode()).isEqualTo(303);
            assertThat(redirect.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Accept"));
        });
        Graph g = parse(r.body(), Lang.TURTLE);
        assertThat(g.contains(RUS, DG.iso3.asNode(), NodeFactory.createLiteralString("RUS"))).isTrue();
        assertThat(g.contains(RUS, RDF.type.asNode(), DG.State.asNode())).isTrue();
        // the claims naming Russia link to it
        long claims = count("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c <" + DG.participant.getURI() + "> <" + RUS.getURI() + "> }");
        assertThat(claims).isPositive();
        assertThat(g.find(Node.ANY, DG.participant.asNode(), RUS).toList()).hasSize((int) claims);
    }

    @Test
    void jsonLdOfAStateParsesToTheSameGraphAsTurtle() throws Exception {
        HttpResponse<String> r = get("id/state/RUS", "application/ld+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/ld+json"));
        Graph jsonld = parse(r.body(), Lang.JSONLD);
        Graph turtle = parse(get("id/state/RUS", "text/turtle").body(), Lang.TURTLE);
        assertThat(jsonld.contains(RUS, DG.iso3.asNode(), NodeFactory.createLiteralString("RUS"))).isTrue();
        assertThat(jsonld.isIsomorphicWith(turtle)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", BROWSER})
    void htmlOfAStateShowsItsArabicAndEnglishNames(String accept) throws Exception {
        HttpResponse<String> r = get("id/state/RUS", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
        assertThat(r.body()).startsWith("<!DOCTYPE html>")
                .contains("<span lang=\"ar\" dir=\"rtl\">روسيا</span>", "<span lang=\"en\">Russia</span>")
                .contains("<a href=\"/ontology#State\">dg:State</a>")
                .contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/data/state/RUS.ttl\">")
                .contains("Claims about Russia");
    }

    @Test
    void personPageListsTheirStatementsWithEvidenceAndArticle() throws Exception {
        HttpResponse<String> r = get("id/person/maria-zakharova", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        long statements = count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s <" + PROV.wasAttributedTo.getURI() + "> <"
                + ZAKHAROVA.getURI() + "> }");
        assertThat(statements).isGreaterThanOrEqualTo(3);
        String body = r.body();
        assertThat(body).contains("Statements by Maria Zakharova", "ماريا زاخاروفا",
                "روسيا تعلق على تطبيع العلاقات بين تركيا وسوريا",   // the article's headline
                "أن تركيا اتخذت خطوات مهمة في الفترة الأخيرة فيما يتعلق بمسار التطبيع");   // a statement's evidence
        long linkedStatements = body.lines().filter(l -> l.contains("<td") && l.contains("href=\"/id/statement/"))
                .map(l -> l.replaceAll(".*?href=\"(/id/statement/[^\"]+)\".*", "$1")).distinct().count();
        assertThat(linkedStatements).isEqualTo(statements);

        Graph g = parse(get("id/person/maria-zakharova", "text/turtle").body(), Lang.TURTLE);
        assertThat(g.find(Node.ANY, PROV.wasAttributedTo.asNode(), ZAKHAROVA).toList()).hasSize((int) statements);
    }

    @Test
    void statementDescriptionIncludesItsEvidenceSelector() throws Exception {
        Graph person = parse(get("id/person/maria-zakharova", "text/turtle").body(), Lang.TURTLE);
        Node statement = person.find(Node.ANY, PROV.wasAttributedTo.asNode(), ZAKHAROVA).next().getSubject();
        String path = statement.getURI().substring(IRIS.base().length());
        Graph g = parse(get(path, "text/turtle").body(), Lang.TURTLE);
        Node evidence = NodeFactory.createURI(statement.getURI() + "#evidence");
        assertThat(g.contains(statement, DG.evidence.asNode(), evidence)).isTrue();
        assertThat(g.find(evidence, NodeFactory.createURI("http://www.w3.org/ns/oa#exact"), Node.ANY).toList()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id/person/nobody-at-all", "id/state/XXX", "id/", "id/state/RUS%20x"})
    void unknownIdsAre404(String path) throws Exception {
        HttpResponse<String> html = get(path, "text/html");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.body()).contains("no such thing");
        HttpResponse<String> turtle = get(path, "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(404);
        assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/plain"));
    }

    @Test
    void unacceptableMediaTypeIs406() throws Exception {
        assertThat(get("id/state/RUS", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void ontologyPageDocumentsTheClassesAndProperties() throws Exception {
        HttpResponse<String> r = get("ontology", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<tr id=\"Statement\"><td><code>dg:Statement</code></td>",
                "<tr id=\"participant\"><td><code>dg:participant</code></td>", "dg:Claim");
        Graph expected = OntologyPages.load().getGraph();
        for (String[] pathAndType : new String[][] {{"ontology", "text/turtle"}, {"ontology.ttl", "*/*"}, {"ontology.jsonld", "*/*"}}) {
            HttpResponse<String> rdf = get(pathAndType[0], pathAndType[1]);
            assertThat(rdf.statusCode()).as(pathAndType[0]).isEqualTo(200);
            Lang lang = pathAndType[0].endsWith("jsonld") ? Lang.JSONLD : Lang.TURTLE;
            assertThat(parse(rdf.body(), lang).isIsomorphicWith(expected)).as(pathAndType[0]).isTrue();
        }
    }

    @Test
    void voidDescribesTheStoreWithItsTripleCount() throws Exception {
        HttpResponse<String> r = get(".well-known/void", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/turtle"));
        Graph g = parse(r.body(), Lang.TURTLE);
        List<Triple> datasets = g.find(Node.ANY, RDF.type.asNode(), VOID.Dataset.asNode()).toList();
        assertThat(datasets).hasSize(1);
        Node ds = datasets.get(0).getSubject();
        assertThat(((Number) object(g, ds, VOID.triples.asNode()).getLiteralValue()).longValue()).isEqualTo(store.size());
        assertThat(object(g, ds, VOID.sparqlEndpoint.asNode()).getURI()).isEqualTo(server.sparqlUrl());
        assertThat(object(g, ds, VOID.uriSpace.asNode()).getLiteralLexicalForm()).isEqualTo(IRIS.idNamespace());
        assertThat(g.find(ds, VOID.vocabulary.asNode(), NodeFactory.createURI(DG.NS)).hasNext()).isTrue();
        long claims = count("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a <" + DG.Claim.getURI() + "> }");
        Node claimPartition = g.find(Node.ANY, VOID.clazz.asNode(), DG.Claim.asNode()).next().getSubject();
        assertThat(((Number) object(g, claimPartition, VOID.entities.asNode()).getLiteralValue()).longValue()).isEqualTo(claims);
        long partitionTriples = g.find(ds, VOID.propertyPartition.asNode(), Node.ANY).toList().stream()
                .mapToLong(t -> ((Number) object(g, t.getObject(), VOID.triples.asNode()).getLiteralValue()).longValue()).sum();
        assertThat(partitionTriples).isEqualTo(store.size());
    }

    @Test
    void serviceDescriptionAnswersGetWithoutAQuery() throws Exception {
        HttpResponse<String> r = get("kg/sparql", null);
        assertThat(r.statusCode()).isEqualTo(200);
        Graph g = parse(r.body(), Lang.TURTLE);
        Node service = g.find(Node.ANY, RDF.type.asNode(), SD.Service.asNode()).next().getSubject();
        assertThat(object(g, service, SD.endpoint.asNode()).getURI()).isEqualTo(server.sparqlUrl());
        assertThat(g.contains(service, SD.supportedLanguage.asNode(), SD.SPARQL11Query.asNode())).isTrue();
        assertThat(g.contains(service, SD.feature.asNode(), SD.UnionDefaultGraph.asNode())).isTrue();
        assertThat(g.find(service, SD.resultFormat.asNode(), Node.ANY).toList()).hasSizeGreaterThanOrEqualTo(4);
        Node dataset = object(g, service, SD.defaultDataset.asNode());
        assertThat(g.find(dataset, SD.defaultGraph.asNode(), Node.ANY).hasNext()).isTrue();

        HttpResponse<String> query = get("kg/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(query.body()).contains("\"boolean\" : true");
    }

    @Test
    void anotherBaseIsDereferencedUnderTheSamePaths(@TempDir Path dir) throws Exception {
        Iris base = Iris.withBase("http://example.org/kg/");
        try (KnowledgeStore other = DemoStore.create(base, dir);
             SparqlServer s = SparqlServer.builder(other).port(0).iris(base).build().start()) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "id/state/RUS"))
                    .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            Graph g = parse(r.body(), Lang.TURTLE);
            // Article graphs mint participants under the new base, and ingest moves the curated lexicon there too:
            // the claims' links and the curated description (dg:iso3, labels) meet in one node.
            assertThat(g.find(Node.ANY, DG.participant.asNode(), base.state("RUS")).toList()).isNotEmpty();
            assertThat(g.find(Node.ANY, DG.participant.asNode(), RUS).toList()).isEmpty();
            assertThat(g.find(base.state("RUS"), DG.iso3.asNode(), Node.ANY).toList()).isNotEmpty();
        }
    }

    private static Node object(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        assertThat(ts).as("%s %s", s, p).hasSize(1);
        return ts.get(0).getObject();
    }

    private static long count(String select) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(QueryFactory.create(select), java.util.Map.of(), ResultFormat.CSV, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        return Long.parseLong(lines[1].strip());
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().fromString(body).lang(lang).parse(g);
        return g;
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
