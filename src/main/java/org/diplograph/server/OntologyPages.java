package org.diplograph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.rdf.BundledTurtle;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.DGC;
import org.diplograph.rdf.Iris;

/**
 * Publishes the ontology ({@code diplograph.ttl}, {@code concepts.ttl} and {@code cameo.ttl} from the class path
 * {@code /ontology/}): {@code GET /ontology} by content negotiation ({@link Conneg}: Protégé's and rdflib's
 * {@code Accept} get RDF/XML), {@code /ontology.html}, {@code /ontology.ttl}, {@code /ontology.jsonld},
 * {@code /ontology.rdf} and {@code /ontology.nt} as named; each serialised once, with an {@code ETag} (a hash of
 * its bytes), {@code Last-Modified} (when the server loaded it) and {@code Cache-Control}, answering 304 to a
 * conditional GET. The HTML documentation is generated from the Turtle:
 * classes and properties with labels, comments, super-classes, domain and range, and the concept schemes; a
 * {@code dg:} term's anchor is its local name, so {@code /ontology#Statement} lands on {@code dg:Statement}.
 */
final class OntologyPages extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The paths this servlet answers. */
    static final List<String> PATHS = List.of("/ontology", "/ontology.html", "/ontology.ttl", "/ontology.jsonld",
            "/ontology.rdf", "/ontology.nt");
    /** The ontology changes only with a new release of the server. */
    private static final String CACHE_CONTROL = "public, max-age=3600";

    private final transient Model model;
    private final transient String html;
    /** Each representation, serialised once, with its validators. */
    private final transient Map<Conneg.Representation, byte[]> bytes = new EnumMap<>(Conneg.Representation.class);
    private final transient Map<Conneg.Representation, RdfResponses.Validators> validators = new EnumMap<>(Conneg.Representation.class);

    OntologyPages(Iris iris) {
        this.model = load();
        model.setNsPrefixes(EntityDescription.prefixes(iris));
        this.html = new Doc(model).render();
        Instant loaded = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (Conneg.Representation r : Conneg.ALL) {
            byte[] b = r.isRdf() ? RdfResponses.serialise(model.getGraph(), r) : html.getBytes(StandardCharsets.UTF_8);
            bytes.put(r, b);
            validators.put(r, new RdfResponses.Validators(etag(b, r), loaded, CACHE_CONTROL));
        }
    }

    private static String etag(byte[] content, Conneg.Representation r) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "." + r.extension + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The ontology, concept schemes and CAMEO alignment as one model. */
    static Model load() {
        return ModelFactory.createModelForGraph(BundledTurtle.ontology());
    }

    Graph graph() { return model.getGraph(); }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath();
        Conneg.Choice c;
        if (path.equals("/ontology")) {
            LinkedDataServlet.vary(resp, "Accept");
            c = Conneg.negotiate(req.getHeader("Accept"), Conneg.ALL);
        } else {
            Conneg.Representation named = Conneg.Representation.ofExtension(path.substring(path.lastIndexOf('.') + 1));
            c = new Conneg.Choice(named, named.mediaType);
        }
        if (c == null) {
            RdfResponses.notAcceptable(resp, Conneg.ALL);
            return;
        }
        Conneg.Representation r = c.representation();
        if (RdfResponses.notModified(req, resp, validators.get(r))) return;
        if (r == Conneg.Representation.HTML) RdfResponses.html(resp, HttpServletResponse.SC_OK, html);
        else RdfResponses.bytes(resp, c, bytes.get(r));
    }

    /** The HTML documentation, generated once from the model. */
    private static final class Doc {
        private final Model m;
        private final PrefixMapping pm;

        Doc(Model m) {
            this.m = m;
            this.pm = m;
        }

        String render() {
            Resource onto = m.getResource(DG.ONTOLOGY.getURI());
            StringBuilder b = new StringBuilder();
            b.append("<h1>").append(labels(onto, RDFS.label)).append("</h1>\n");
            b.append("<p class=\"iri\"><code>").append(Html.esc(onto.getURI())).append("</code>");
            Statement0 version = first(onto, OWL.versionInfo);
            if (version != null) b.append(" · version ").append(Html.esc(version.text));
            b.append("</p>\n<p>").append(labels(onto, RDFS.comment)).append("</p>\n");
            Statement0 license = first(onto, DCTerms.license);
            if (license != null) b.append("<p>License: ").append(link(license.node)).append("</p>\n");
            b.append("<p>Download: <a href=\"/ontology.ttl\">Turtle</a> · <a href=\"/ontology.jsonld\">JSON-LD</a> · "
                    + "<a href=\"/ontology.rdf\">RDF/XML</a> · <a href=\"/ontology.nt\">N-Triples</a></p>\n");

            b.append("<h2 id=\"classes\">Classes</h2>\n<table>\n<tr><th>class</th><th>label</th><th>comment</th><th>subclass of</th></tr>\n");
            for (Resource c : sorted(OWL.Class))
                b.append("<tr id=\"").append(anchor(c)).append("\"><td><code>").append(Html.esc(pm.shortForm(c.getURI())))
                 .append("</code></td><td>").append(labels(c, RDFS.label)).append("</td><td>").append(labels(c, RDFS.comment))
                 .append("</td><td>").append(links(c, RDFS.subClassOf)).append("</td></tr>\n");
            b.append("</table>\n");

            b.append("<h2 id=\"properties\">Properties</h2>\n<table>\n<tr><th>property</th><th>kind</th><th>label</th>"
                    + "<th>comment</th><th>domain</th><th>range</th></tr>\n");
            for (Resource kind : List.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)) {
                String kindName = kind.getLocalName().replace("Property", "");
                for (Resource p : sorted(kind))
                    b.append("<tr id=\"").append(anchor(p)).append("\"><td><code>").append(Html.esc(pm.shortForm(p.getURI())))
                     .append("</code></td><td>").append(kindName).append("</td><td>").append(labels(p, RDFS.label))
                     .append("</td><td>").append(labels(p, RDFS.comment)).append("</td><td>").append(links(p, RDFS.domain))
                     .append("</td><td>").append(links(p, RDFS.range)).append("</td></tr>\n");
            }
            b.append("</table>\n");

            b.append("<h2 id=\"schemes\">Concept schemes</h2>\n<table>\n<tr><th>scheme</th><th>label</th><th>concepts</th></tr>\n");
            for (Resource s : sorted(SKOS.ConceptScheme)) {
                long n = m.listSubjectsWithProperty(SKOS.inScheme, s).toList().size();
                b.append("<tr><td>").append(link(s)).append("</td><td>")
                 .append(labels(s, SKOS.prefLabel)).append("</td><td>").append(n).append("</td></tr>\n");
            }
            b.append("</table>\n");
            String alternates = """
                    <link rel="alternate" type="text/turtle" href="/ontology.ttl">
                    <link rel="alternate" type="application/ld+json" href="/ontology.jsonld">
                    <link rel="alternate" type="application/rdf+xml" href="/ontology.rdf">
                    """;
            return Html.page("diplograph ontology", alternates, b.toString());
        }

        private List<Resource> sorted(Resource type) {
            return m.listSubjectsWithProperty(RDF.type, type).toList().stream().filter(Resource::isURIResource)
                    .sorted(Comparator.comparing((Resource r) -> !r.getURI().startsWith(DG.NS)).thenComparing(r -> pm.shortForm(r.getURI())))
                    .toList();
        }

        private String anchor(Resource r) {
            String iri = r.getURI();
            return Html.esc(iri.startsWith(DG.NS) ? iri.substring(DG.NS.length()) : pm.shortForm(iri).replace(':', '-'));
        }

        /** All literal values of {@code p}, English first, each in its language. */
        private String labels(Resource r, Property p) {
            return m.listObjectsOfProperty(r, p).toList().stream().filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                    .sorted(Comparator.comparing((Literal l) -> !l.getLanguage().equals("en")).thenComparing(Literal::getLanguage))
                    .map(l -> Html.text(l.getLexicalForm(), l.getLanguage().isEmpty() ? null : l.getLanguage()))
                    .collect(Collectors.joining("<br>"));
        }

        private String links(Resource r, Property p) {
            return m.listObjectsOfProperty(r, p).toList().stream().filter(RDFNode::isURIResource)
                    .map(o -> link(o)).sorted().collect(Collectors.joining(", "));
        }

        private String link(RDFNode o) {
            if (!o.isURIResource()) return Html.esc(o.toString());
            String iri = o.asResource().getURI();
            String href = iri.startsWith(DG.NS) ? "#" + iri.substring(DG.NS.length())
                    : iri.startsWith(DGC.NS) ? ThingPaths.CONCEPT + iri.substring(DGC.NS.length()) : Html.httpHref(iri);
            if (href == null) return "<span title=\"" + Html.esc(iri) + "\">" + Html.esc(pm.shortForm(iri)) + "</span>";
            return "<a href=\"" + Html.esc(href) + "\">" + Html.esc(pm.shortForm(iri)) + "</a>";
        }

        private record Statement0(RDFNode node, String text) {}

        private Statement0 first(Resource r, Property p) {
            var it = m.listObjectsOfProperty(r, p);
            if (!it.hasNext()) return null;
            RDFNode o = it.next();
            return new Statement0(o, o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString());
        }
    }
}
