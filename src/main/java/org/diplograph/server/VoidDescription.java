package org.diplograph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.PROV;
import org.diplograph.rdf.SCHEMA;
import org.diplograph.store.KnowledgeStore;

/**
 * The VoID description of the store at {@code /.well-known/void} (Turtle by default, JSON-LD, RDF/XML or N-Triples
 * by {@code Accept}): a {@code void:Dataset} with its SPARQL endpoint, {@code void:triples} (every triple of every named
 * graph, i.e. the store's quads), class partitions with instance counts, property partitions, the URI space of its
 * things, the vocabularies used, and a note on the rights in the article texts. Counted afresh on every request in one
 * read transaction.
 */
final class VoidDescription extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/.well-known/void";
    private static final Query CLASSES = EntityDescription.load("void-classes.rq");
    private static final Query PROPERTIES = EntityDescription.load("void-properties.rq");
    private static final List<String> VOCABULARIES = List.of(DG.NS, PROV.NS, SCHEMA.NS, "http://www.w3.org/ns/oa#",
            "http://www.w3.org/ns/org#", SKOS.getURI(), "http://xmlns.com/foaf/0.1/", DCTerms.getURI(),
            "http://www.w3.org/2002/07/owl#", "https://w3id.org/diplograph/concept/");

    private final transient KnowledgeStore store;
    private final transient Iris iris;

    VoidDescription(KnowledgeStore store, Iris iris) {
        this.store = Objects.requireNonNull(store, "store");
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        LinkedDataServlet.vary(resp, "Accept");
        Conneg.Choice c = Conneg.negotiate(req.getHeader("Accept"), Conneg.RDF);
        if (c == null) {
            RdfResponses.notAcceptable(resp, Conneg.RDF);
            return;
        }
        RdfResponses.graph(resp, describe(origin(req)).getGraph(), c);
    }

    /** The VoID description, with the endpoint and the document under {@code origin} ({@code http://host:port}). */
    Model describe(String origin) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(EntityDescription.prefixes(iris));
        m.setNsPrefix("void", VOID.NS);
        Resource ds = m.createResource(origin + PATH + "#dataset", VOID.Dataset)
                .addProperty(DCTerms.title, "diplograph knowledge graph", "en")
                .addProperty(DCTerms.description, "Statements of diplomatic actors extracted from news articles: who said "
                        + "what about which relation between which actors, with stance and the evidence text; one named graph "
                        + "per article, plus the ontology and the curated lexicon. The SPARQL endpoint's default graph is the "
                        + "union of the named graphs; void:triples counts the triples of every named graph.", "en")
                .addProperty(RDFS.comment, "The ontology is licensed CC BY 4.0 (see its dcterms:license). The article texts "
                        + "(schema:articleBody, oa:exact) remain under their publishers' copyright; no licence is granted for them.", "en")
                .addProperty(VOID.sparqlEndpoint, m.createResource(origin + SparqlServer.DATASET + "/sparql"))
                .addProperty(VOID.uriSpace, iris.idNamespace())
                .addProperty(VOID.rootResource, m.createResource(DG.ONTOLOGY.getURI()))
                .addProperty(VOID.feature, m.createResource(SD.FORMATS + "Turtle"))
                .addProperty(VOID.feature, m.createResource(SD.FORMATS + "JSON-LD"))
                .addProperty(VOID.feature, m.createResource(SD.FORMATS + "N-Triples"))
                .addProperty(VOID.feature, m.createResource(SD.FORMATS + "RDF_XML"));
        for (String v : VOCABULARIES) ds.addProperty(VOID.vocabulary, m.createResource(v));
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(dsg, () -> {
            ds.addLiteral(VOID.triples, m.createTypedLiteral(Long.toString(Iter.count(dsg.find())), XSD.integer.getURI()));
            int classes = 0;
            for (Binding b : select(dsg, CLASSES)) {
                classes++;
                ds.addProperty(VOID.classPartition, m.createResource()
                        .addProperty(VOID.clazz, m.wrapAsResource(b.get("class")))
                        .addLiteral(VOID.entities, m.createTypedLiteral(count(b.get("entities")), XSD.integer.getURI())));
            }
            int properties = 0;
            for (Binding b : select(dsg, PROPERTIES)) {
                properties++;
                ds.addProperty(VOID.propertyPartition, m.createResource()
                        .addProperty(VOID.property, m.wrapAsResource(b.get("property")))
                        .addLiteral(VOID.triples, m.createTypedLiteral(count(b.get("triples")), XSD.integer.getURI())));
            }
            ds.addLiteral(VOID.classes, m.createTypedLiteral(Integer.toString(classes), XSD.integer.getURI()));
            ds.addLiteral(VOID.properties, m.createTypedLiteral(Integer.toString(properties), XSD.integer.getURI()));
            Node russia = iris.state("RUS");
            if (dsg.getUnionGraph().contains(russia, Node.ANY, Node.ANY))
                ds.addProperty(VOID.exampleResource, m.wrapAsResource(russia));
        });
        ds.addProperty(RDF.type, m.createResource(PROV.NS + "Entity"));
        return m;
    }

    private static List<Binding> select(DatasetGraph dsg, Query q) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(q).build()) {
            RowSet rows = exec.select();
            return Iter.toList(rows);
        }
    }

    private static String count(Node n) { return n.getLiteralLexicalForm(); }

    /** {@code scheme://host:port} of the request, as the client addressed the server. */
    static String origin(HttpServletRequest req) {
        String host = req.getServerName();
        if (host.contains(":") && !host.startsWith("[")) host = "[" + host + "]";
        return req.getScheme() + "://" + host + ":" + req.getServerPort();
    }
}
