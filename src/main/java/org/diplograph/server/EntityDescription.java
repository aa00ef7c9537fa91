package org.diplograph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
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
 * What the store says about one IRI, read in one transaction over the union of the named graphs: the IRI's own
 * triples and those of its hash IRIs ({@code …#evidence}, {@code …#speaker}), the statements attributed to it,
 * derived from it or whose claims name it as participant (their linking triples), and the labels of every IRI
 * mentioned; plus, for the HTML page, the statements by it, from it (an article), by speakers of it (a state) and
 * the claims about it, as table rows.
 * <pre>
 *   Optional&lt;EntityDescription&gt; d = EntityDescription.read(store, iris, NodeFactory.createURI(iri));
 * </pre>
 */
final class EntityDescription {
    /** The most triples taken per incoming link predicate (a state may be named by very many claims). */
    static final int MAX_INCOMING = 2_000;

    private static final Node ORG_MEMBER = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/org#member");
    private static final List<Node> INCOMING = List.of(PROV.wasAttributedTo.asNode(), PROV.wasDerivedFrom.asNode(),
            DG.participant.asNode(), ORG_MEMBER, SKOS.inScheme.asNode(), SKOS.broader.asNode(), SKOS.broadMatch.asNode());
    private static final Query STATEMENTS_LINKED = load("statements-linked.rq");
    private static final Query CLAIMS_ABOUT = load("claims-about.rq");

    /** One row of a statements table: a statement, and one of its claims when it has any. */
    record Row(Node statement, Node date, Node speaker, Node cue, Node evidence, Node claim, Node relation,
               Node stance, Node act, Node article, Node headline, Node url) {}

    final Node entity;
    final Graph graph;
    final List<Row> statementsBy;
    final List<Row> statementsFrom;
    final List<Row> statementsOfState;
    final List<Row> claimsAbout;
    private final Map<Node, Node> labels;

    private EntityDescription(Node entity, Graph graph, List<Row> by, List<Row> from, List<Row> ofState, List<Row> about,
                              Map<Node, Node> labels) {
        this.entity = entity;
        this.graph = graph;
        this.statementsBy = by;
        this.statementsFrom = from;
        this.statementsOfState = ofState;
        this.claimsAbout = about;
        this.labels = labels;
    }

    /** Whether the store has a triple with {@code entity} as subject or object (one read transaction). */
    static boolean exists(KnowledgeStore store, Node entity) {
        Objects.requireNonNull(entity, "entity");
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            return union.contains(entity, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, entity);
        });
    }

    /** Which tables of statements the HTML page shows; RDF documents need none. */
    enum Tables {
        /** None (an RDF document). */
        NONE,
        /** All four. */
        ALL,
        /**
         * The statements by it and from it only: the statements of a state's speakers and the claims about it are
         * shown by the page's claim panels (newest first, with links to the explorer for all of them), which read the
         * tallies instead of sorting every one of them.
         */
        OWN
    }

    /** The description of {@code entity} with all its tables, or {@code null} when the store has no triple with it. */
    static EntityDescription read(KnowledgeStore store, Iris iris, Node entity) {
        return read(store, iris, entity, Tables.ALL);
    }

    /** The description of {@code entity} with {@code tables}, or {@code null} when the store has no triple with it as subject or object. */
    static EntityDescription read(KnowledgeStore store, Iris iris, Node entity, Tables tables) {
        Objects.requireNonNull(entity, "entity");
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            if (!union.contains(entity, Node.ANY, Node.ANY) && !union.contains(Node.ANY, Node.ANY, entity)) return null;
            Graph g = GraphFactory.createDefaultGraph();
            g.getPrefixMapping().setNsPrefixes(prefixes(iris));
            union.find(entity, Node.ANY, Node.ANY).forEachRemaining(g::add);
            String hash = entity.getURI() + "#";
            for (Triple t : g.find(entity, Node.ANY, Node.ANY).toList())
                if (t.getObject().isURI() && t.getObject().getURI().startsWith(hash))
                    union.find(t.getObject(), Node.ANY, Node.ANY).forEachRemaining(g::add);
            for (Node p : INCOMING)
                Iter.limit(union.find(Node.ANY, p, entity), MAX_INCOMING).forEachRemaining(g::add);

            boolean own = tables != Tables.NONE;
            boolean all = tables == Tables.ALL;
            List<Row> by = own ? rows(dsg, STATEMENTS_LINKED, Map.of("link", PROV.wasAttributedTo.asNode(), "entity", entity)) : List.of();
            List<Row> from = own ? rows(dsg, STATEMENTS_LINKED, Map.of("link", PROV.wasDerivedFrom.asNode(), "entity", entity)) : List.of();
            List<Row> ofState = all ? rows(dsg, STATEMENTS_LINKED, Map.of("link", DG.speakerCountry.asNode(), "entity", entity)) : List.of();
            List<Row> about = all ? rows(dsg, CLAIMS_ABOUT, Map.of("entity", entity)) : List.of();

            Set<Node> inGraph = new LinkedHashSet<>();
            g.find().forEachRemaining(t -> { inGraph.add(t.getSubject()); inGraph.add(t.getObject()); });
            Set<Node> mentioned = new LinkedHashSet<>(inGraph);
            for (List<Row> rows : List.of(by, from, ofState, about))
                for (Row r : rows) {
                    mentioned.add(r.speaker());
                    mentioned.add(r.relation());
                    mentioned.add(r.stance());
                    mentioned.add(r.act());
                }
            Map<Node, Node> labels = new HashMap<>();
            for (Node n : mentioned) {
                if (n == null || !n.isURI()) continue;
                Node label = bestLabel(union, n);
                if (label != null) labels.put(n, label);
                if (!n.equals(entity) && inGraph.contains(n))   // RDF readers get the names of what the entity links to
                    union.find(n, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(g::add);
            }
            return new EntityDescription(entity, g, by, from, ofState, about, labels);
        });
    }

    /** The label to show for {@code n}: its English, else Arabic, else any preferred label, else notation or rdfs:label. */
    Node label(Node n) { return labels.get(n); }

    private static Node bestLabel(Graph union, Node n) {
        Node any = null;
        Node ar = null;
        for (Triple t : union.find(n, SKOS.prefLabel.asNode(), Node.ANY).toList()) {
            Node o = t.getObject();
            if (!o.isLiteral()) continue;
            String lang = o.getLiteralLanguage();
            if (lang.equals("en")) return o;
            if (lang.equals("ar")) ar = o;
            if (any == null) any = o;
        }
        if (ar != null) return ar;
        if (any != null) return any;
        for (Node p : List.of(SKOS.notation.asNode(), RDFS.label.asNode())) {
            List<Triple> ts = union.find(n, p, Node.ANY).toList();
            if (!ts.isEmpty()) return ts.get(0).getObject();
        }
        return null;
    }

    private static List<Row> rows(DatasetGraph dsg, Query query, Map<String, Node> bindings) {
        var b = QueryExec.dataset(dsg).query(query);
        bindings.forEach(b::substitution);
        List<Row> rows = new ArrayList<>();
        try (QueryExec exec = b.build()) {
            RowSet rs = exec.select();
            while (rs.hasNext()) {
                Binding r = rs.next();
                rows.add(new Row(r.get("statement"), r.get("date"), r.get("speaker"), r.get("cue"), r.get("evidence"),
                        r.get("claim"), r.get("relation"), r.get("stance"), r.get("act"), r.get("article"),
                        r.get("headline"), r.get("url")));
            }
        }
        return List.copyOf(rows);
    }

    /** The prefixes used in every RDF answer of the server. */
    static PrefixMapping prefixes(Iris iris) {
        return PrefixMapping.Factory.create()
                .setNsPrefix("dg", DG.NS)
                .setNsPrefix("dgc", "https://w3id.org/diplograph/concept/")
                .setNsPrefix("dgl", "https://w3id.org/diplograph/lexicon/")
                .setNsPrefix("dgr", iris.idNamespace())
                .setNsPrefix("dgg", iris.graphNamespace())
                .setNsPrefix("prov", PROV.NS)
                .setNsPrefix("schema", SCHEMA.NS)
                .setNsPrefix("oa", "http://www.w3.org/ns/oa#")
                .setNsPrefix("org", "http://www.w3.org/ns/org#")
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
                .setNsPrefix("dcterms", DCTerms.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("xsd", XSD.getURI())
                .setNsPrefix("wd", "http://www.wikidata.org/entity/")
                .lock();
    }

    static Query load(String name) {
        try (InputStream in = EntityDescription.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("query " + name + " is missing from the jar");
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query " + name, e);
        }
    }
}
