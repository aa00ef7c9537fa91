package org.diplograph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.DGC;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.PROV;
import org.diplograph.rdf.SCHEMA;
import org.diplograph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;

/**
 * Issue 12, items 6 and 15-18, over HTTP on the demo store plus one article whose source URL is a script: links and
 * the Content-Security-Policy, content negotiation with RDF/XML and q-values, 303 from things to documents with
 * cache validators, concepts resolved here, and the statement page's evidence.
 */
@Tag("issue-12")
class LinkedDataHardeningIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();   // does not follow redirects
    private static final HttpClient FOLLOW = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final Iris IRIS = Iris.defaultBase();
    /** What the OWL API (Protégé) sends; rdflib's default parser needs RDF/XML too. */
    static final String OWL_API = "application/rdf+xml, application/xml;q=0.7, text/xml;q=0.6, text/plain;q=0.1, */*;q=0.09";
    private static final String SCRIPT_URL = "javascript:alert(document.domain)//x";
    private static final String XSS_KEY = "00000000000000aa";
    private static final Node OA_EXACT = NodeFactory.createURI("http://www.w3.org/ns/oa#exact");

    @TempDir static Path tmp;
    private static KnowledgeStore store;
    private static SparqlServer server;

    @BeforeAll
    static void startServerOnTheDemoStoreWithAScriptUrl() {
        store = DemoStore.create(IRIS, tmp);
        store.replaceGraph(IRIS.articleGraph(XSS_KEY), scriptUrlArticle());
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

    /** An article whose URL is a script (as a literal, and as an IRI), with one statement of a person. */
    private static Graph scriptUrlArticle() {
        Graph g = GraphFactory.createDefaultGraph();
        Node article = IRIS.article(XSS_KEY);
        Node statement = IRIS.statement(XSS_KEY, 1);
        Node evidence = IRIS.evidence(statement);
        g.add(article, RDF.type.asNode(), SCHEMA.NewsArticle.asNode());
        g.add(article, SCHEMA.headline.asNode(), NodeFactory.createLiteralLang("A test headline", "en"));
        g.add(article, SCHEMA.url.asNode(), NodeFactory.createLiteralString(SCRIPT_URL));
        g.add(article, SCHEMA.url.asNode(), NodeFactory.createURI("javascript:alert(2)"));
        g.add(statement, RDF.type.asNode(), DG.Statement.asNode());
        g.add(statement, PROV.wasAttributedTo.asNode(), IRIS.person("xss-test-speaker"));
        g.add(statement, PROV.wasDerivedFrom.asNode(), article);
        g.add(statement, DG.evidence.asNode(), evidence);
        g.add(evidence, OA_EXACT, NodeFactory.createLiteralLang("said something", "en"));
        g.add(IRIS.person("xss-test-speaker"), SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Test Speaker", "en"));
        // and one from an article with an ordinary https URL
        Node other = IRIS.article("00000000000000ab");
        Node second = IRIS.statement("00000000000000ab", 1);
        g.add(other, RDF.type.asNode(), SCHEMA.NewsArticle.asNode());
        g.add(other, SCHEMA.url.asNode(), NodeFactory.createLiteralString("https://news.example/2024/story"));
        g.add(second, RDF.type.asNode(), DG.Statement.asNode());
        g.add(second, PROV.wasAttributedTo.asNode(), IRIS.person("xss-test-speaker"));
        g.add(second, PROV.wasDerivedFrom.asNode(), other);
        return g;
    }

    // ---- item 6: stored XSS, CSP

    @Test
    void aScriptUrlIsShownButNeverLinked() throws Exception {
        for (String page : List.of("page/person/xss-test-speaker", "page/article/" + XSS_KEY, "page/statement/" + XSS_KEY + "/1")) {
            HttpResponse<String> r = get(FOLLOW, page, "text/html");
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).doesNotContainIgnoringCase("href=\"javascript:")
                    .doesNotContainIgnoringCase("href=\"data:")
                    .doesNotContainPattern("href=\"\\s*[jJ]");
        }
        assertThat(get(FOLLOW, "page/person/xss-test-speaker", "text/html").body())
                .contains(Html.esc(SCRIPT_URL))   // shown as text
                .contains("<a href=\"https://news.example/2024/story\" rel=\"nofollow noopener noreferrer\">source");   // http(s) stays a link
    }

    @ParameterizedTest
    @ValueSource(strings = {"page/state/RUS", "ontology", "ontology.html", "page/no/such-thing", "id/no/such-thing"})
    void everyHtmlPageForbidsScripts(String path) throws Exception {
        HttpResponse<String> r = get(HTTP, path, "text/html");
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(RdfResponses.PAGE_POLICY);
        assertThat(RdfResponses.PAGE_POLICY).contains("default-src 'none'").doesNotContain("script-src");
        assertThat(r.body()).doesNotContain("<script");
    }

    @Test
    void fusekiUiIsServedUnderAPolicyItsOwnFilesSatisfy() throws Exception {
        HttpResponse<String> r = get(HTTP, "", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).isEqualTo(ContentSecurityPolicy.POLICY).contains("script-src 'self';").doesNotContain("unsafe-eval");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        // script-src 'self' allows only script files: the UI's page has none inline and loads its own
        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(r.body());
        int n = 0;
        while (scripts.find()) {
            n++;
            assertThat(scripts.group(1)).contains("src=\"./static/");
            assertThat(scripts.group(2)).isBlank();
            String src = scripts.group(1).replaceAll(".*src=\"\\./([^\"]+)\".*", "$1");
            HttpResponse<String> js = get(HTTP, src, "*/*");
            assertThat(js.statusCode()).as(src).isEqualTo(200);
            assertThat(js.headers().firstValue("Content-Security-Policy")).hasValue(ContentSecurityPolicy.POLICY);
        }
        assertThat(n).isPositive();
        assertThat(r.body()).doesNotContainPattern("\\son[a-z]+=");   // no inline event handlers
    }

    // ---- item 15: RDF/XML, q-values, RDF over HTML matched by */* only

    @Test
    void owlApiLoadsTheOntologyAsRdfXml() throws Exception {
        HttpResponse<String> r = get(HTTP, "ontology", OWL_API);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/rdf+xml"));
        assertThat(parse(r.body(), Lang.RDFXML).isIsomorphicWith(OntologyPages.load().getGraph())).isTrue();
        // the OWL API's own client and RDF/XML parser, as Protégé opens an ontology from a URL
        OWLOntology o = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(IRI.create(server.baseUrl() + "ontology"));
        assertThat(o.containsClassInSignature(IRI.create(DG.Statement.getURI()))).isTrue();
        assertThat(o.containsObjectPropertyInSignature(IRI.create(DG.participant.getURI()))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ontology | application/rdf+xml | application/rdf+xml",
            "ontology | text/plain | text/plain",
            "ontology | 'text/plain;q=0.1, */*;q=0.09' | text/plain",
            "ontology | 'text/turtle;q=0.5, application/rdf+xml;q=0.9' | application/rdf+xml",
            ".well-known/void | application/rdf+xml | application/rdf+xml",
            ".well-known/void | '" + OWL_API + "' | application/rdf+xml",
            ".well-known/void | text/plain | text/plain",
            "kg/sparql | application/rdf+xml | application/rdf+xml",
            "kg/sparql | '" + OWL_API + "' | application/rdf+xml"})
    void rdfXmlAndNTriplesAsTextAreOffered(String path, String accept, String expected) throws Exception {
        HttpResponse<String> r = get(HTTP, path, accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(expected));
        assertThat(r.headers().allValues("Vary").toString()).contains("Accept");
        Graph g = parse(r.body(), expected.equals("text/plain") ? Lang.NTRIPLES : Lang.RDFXML);
        assertThat(g.size()).isPositive();
    }

    @Test
    void thingsInRdfXmlParseToTheSameGraphAsTurtle() throws Exception {
        for (String thing : List.of("id/state/RUS", "id/person/maria-zakharova", "concept/cameo")) {
            HttpResponse<String> xml = get(FOLLOW, thing, OWL_API);
            assertThat(xml.statusCode()).as(thing).isEqualTo(200);
            assertThat(xml.uri().getPath()).as(thing).endsWith(".rdf");
            assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/rdf+xml"));
            Graph turtle = parse(get(FOLLOW, thing, "text/turtle").body(), Lang.TURTLE);
            assertThat(parse(xml.body(), Lang.RDFXML).isIsomorphicWith(turtle)).as(thing).isTrue();
        }
    }

    // ---- item 16: 303 to documents, validators, 304

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/html | /page/state/RUS",
            "'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' | /page/state/RUS",
            "*/* | /page/state/RUS",
            "text/turtle | /data/state/RUS.ttl",
            "application/ld+json | /data/state/RUS.jsonld",
            "application/rdf+xml | /data/state/RUS.rdf",
            "'" + OWL_API + "' | /data/state/RUS.rdf",
            "application/n-triples | /data/state/RUS.nt",
            "text/plain | /data/state/RUS.nt"})
    void idAnswers303ToTheDocumentAcceptChooses(String accept, String location) throws Exception {
        HttpResponse<String> r = get(HTTP, "id/state/RUS", accept);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue(location);
        assertThat(r.headers().allValues("Vary").toString()).contains("Accept");
        assertThat(r.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age"));
        HttpResponse<String> doc = get(HTTP, location.substring(1), accept);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.headers().firstValue("ETag")).isPresent();
        assertThat(doc.headers().firstValue("Last-Modified")).isPresent();
        assertThat(doc.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age"));
    }

    @Test
    void theIrisOfThingsDoNotMoveOnlyTheirDocuments() throws Exception {
        HttpResponse<String> r = get(FOLLOW, "id/state/RUS", "text/turtle");
        Graph g = parse(r.body(), Lang.TURTLE);
        assertThat(g.contains(IRIS.state("RUS"), DG.iso3.asNode(), NodeFactory.createLiteralString("RUS"))).isTrue();
        assertThat(g.find(Node.ANY, Node.ANY, Node.ANY).toList()).noneMatch(t -> t.getSubject().isURI()
                && (t.getSubject().getURI().contains("/page/") || t.getSubject().getURI().contains("/data/")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/state/RUS.ttl", "data/state/RUS.rdf", "page/state/RUS", "ontology.ttl", "ontology"})
    void conditionalGetAnswers304(String path) throws Exception {
        HttpResponse<String> first = get(HTTP, path, "text/turtle");
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> byTag = send(HTTP, request(path, "text/turtle").header("If-None-Match", "\"other\", " + etag).build());
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
        HttpResponse<String> byDate = send(HTTP, request(path, "text/turtle").header("If-Modified-Since", lastModified).build());
        assertThat(byDate.statusCode()).isEqualTo(304);
        HttpResponse<String> stale = send(HTTP, request(path, "text/turtle").header("If-None-Match", "\"not-this\"").build());
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(first.body());
    }

    @Test
    void eachRepresentationHasItsOwnTagAndAWriteChangesIt() throws Exception {
        String ttl = get(HTTP, "data/state/RUS.ttl", null).headers().firstValue("ETag").orElseThrow();
        String nt = get(HTTP, "data/state/RUS.nt", null).headers().firstValue("ETag").orElseThrow();
        assertThat(ttl).isNotEqualTo(nt);
        Node graph = IRIS.articleGraph("00000000000000bb");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(IRIS.state("RUS"), SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("Russian Federation (test)", "en"));
        store.replaceGraph(graph, g);
        try {
            HttpResponse<String> after = send(HTTP, request("data/state/RUS.ttl", null).header("If-None-Match", ttl).build());
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(ttl);
            assertThat(after.body()).contains("Russian Federation (test)");
        } finally {
            store.removeGraph(graph);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"page/state/XXX", "data/state/XXX.ttl", "data/state/RUS.exe", "data/state/RUS",
            "concept/role/no-such-role"})
    void documentsOfNothingAre404(String path) throws Exception {
        assertThat(get(HTTP, path, "text/html").statusCode()).isEqualTo(404);
    }

    // ---- item 17: concepts resolve here

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "role/spokesperson | متحدث رسمي",
            "relation/normalisation | التطبيع",
            "stance/positive | إيجابي",
            "act/condemn | إدانة",
            "cameo/051 | الإشادة أو التأييد",
            "plover/SUPPORT | دعم"})
    void conceptIrisResolveToTheirPageAndData(String path, String arabic) throws Exception {
        HttpResponse<String> redirect = get(HTTP, "concept/" + path, "text/html");
        assertThat(redirect.statusCode()).isEqualTo(303);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/page/concept/" + path);
        HttpResponse<String> page = get(FOLLOW, "concept/" + path, "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(arabic).contains("<a href=\"/concept/" + path.substring(0, path.indexOf('/')) + "\"");   // its scheme
        Graph g = parse(get(FOLLOW, "concept/" + path, "text/turtle").body(), Lang.TURTLE);
        Node concept = NodeFactory.createURI(DGC.NS + path);
        assertThat(g.contains(concept, RDF.type.asNode(), SKOS.Concept.asNode())).isTrue();
        assertThat(g.find(concept, SKOS.prefLabel.asNode(), Node.ANY).toList()).extracting(t -> t.getObject().getLiteralLanguage())
                .contains("ar", "en");
    }

    @Test
    void cameoSchemeListsItsTopConceptsAndTheirLinksStayLocal() throws Exception {
        Graph g = parse(get(FOLLOW, "concept/cameo", "text/turtle").body(), Lang.TURTLE);
        assertThat(g.find(DGC.cameoScheme.asNode(), SKOS.hasTopConcept.asNode(), Node.ANY).toList()).hasSize(20);
        String page = get(FOLLOW, "concept/plover/SUPPORT", "text/html").body();
        assertThat(page).contains("href=\"/concept/plover\"");   // the scheme, resolved here too
    }

    // ---- item 18: the statement page shows its evidence; table cells take their direction from their text

    @Test
    void statementPageShowsItsEvidenceWhereItsLinkPoints() throws Exception {
        String person = get(FOLLOW, "id/person/maria-zakharova", "text/html").body();
        Matcher m = Pattern.compile("href=\"(/id/statement/[^\"#]+)\"").matcher(person);
        assertThat(m.find()).isTrue();
        String statementPath = m.group(1).substring(1);
        Graph g = parse(get(FOLLOW, statementPath, "text/turtle").body(), Lang.TURTLE);
        Node statement = NodeFactory.createURI(IRIS.base() + statementPath);
        String exact = g.find(IRIS.evidence(statement), OA_EXACT, Node.ANY).next().getObject().getLiteralLexicalForm();

        String page = get(FOLLOW, statementPath, "text/html").body();
        assertThat(page).contains("href=\"/" + statementPath + "#evidence\"");
        Matcher section = Pattern.compile("<section id=\"evidence\">(.*?)</section>", Pattern.DOTALL).matcher(page);
        assertThat(section.find()).as("an element with id=evidence").isTrue();
        assertThat(section.group(1)).contains("<blockquote").contains(Html.esc(exact));
    }

    @Test
    void everyTableCellTakesItsDirectionFromItsText() throws Exception {
        String page = get(FOLLOW, "id/person/maria-zakharova", "text/html").body();
        List<String> cells = Pattern.compile("<td[^>]*>").matcher(page).results().map(r -> r.group()).toList();
        assertThat(cells).isNotEmpty().allSatisfy(td -> assertThat(td).startsWith("<td dir=\"auto\""));   // the matrix's cells carry a class too
        assertThat(page).contains("<span lang=\"ar\" dir=\"rtl\">أن تركيا اتخذت خطوات مهمة");
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().fromString(body).lang(lang).base(IRIS.base()).parse(g);
        return g;
    }

    private static HttpRequest.Builder request(String path, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        if (accept != null) b.header("Accept", accept);
        return b;
    }

    private static HttpResponse<String> get(HttpClient client, String path, String accept) throws Exception {
        return send(client, request(path, accept).build());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest r) throws Exception {
        return client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
