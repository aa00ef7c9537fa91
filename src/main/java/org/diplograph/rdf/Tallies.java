package org.diplograph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Counts that the summary graph keeps so that whole-store aggregates read a few thousand tally nodes instead of
 * every claim: claims per month, relation, stance and act; claims per speaker state, relation and stance;
 * statements per speaker state and month; statements, claims and articles per named speaker; statements per
 * speaker state and speaker; articles per speaker name; claims per value of a facet (named speaker, speaker state,
 * speaker type, role, participant, outlet, language), month and stance; claims per speaker state and participant;
 * claims per speaker state, value of a facet (speaker type, role, participant, outlet, language, relation, act),
 * month and stance.
 * An article graph contributes {@code +1} when it is
 * stored and {@code -1} when it is replaced or removed, so the sums stay exact under re-ingest.
 * <pre>
 *   Tallies delta = new Tallies();
 *   delta.add(storedGraph, -1);                 // the version being replaced
 *   delta.add(newGraph, +1);
 *   delta.counts().forEach((key, counts) -&gt; ...);  // key.node(iris) is the tally's IRI
 * </pre>
 * Reads only the article graph itself (its shortcut triples), never the store.
 */
public final class Tallies {
    /**
     * The version of these tallies, kept by the summary graph as {@code dg:summaryVersion}: bumped when the tallies
     * change meaning, so that ingest recounts a store of another version and readers know what they may read.
     * 2: {@code dg:FacetTally} and {@code dg:PairTally}. 3: {@code dg:StateFacetTally}. 4: the state facet tallies
     * name their property by {@code dg:stateFacetProperty}, no longer {@code dg:facetProperty} (which the facet tallies
     * keep to themselves).
     */
    public static final String VERSION = "4";

    /** The counts a tally node carries, in this order in the arrays of {@link #counts()}. */
    public static final List<Property> COUNTS = List.of(DG.claimCount, DG.statementCount, DG.articleCount);
    private static final int CLAIMS = 0;
    private static final int STATEMENTS = 1;
    private static final int ARTICLES = 2;

    /** One dimension of a tally: the property and its value on the tally node. */
    public record Dim(Property property, Node value) {
        public Dim {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(value, "value");
        }
    }

    /** What a tally counts: its kind (a subclass of {@code dg:Tally}), dimensions, and which counts it carries. */
    public record Key(Resource kind, List<Dim> dims) {
        public Key {
            Objects.requireNonNull(kind, "kind");
            dims = List.copyOf(dims);
        }

        /** The tally's IRI: {@code dgr:tally/{kind}/{first 16 hex digits of SHA-256 of the dimensions}}. */
        public Node node(Iris iris) {
            StringBuilder sb = new StringBuilder();
            for (Dim d : dims) sb.append(d.property().getURI()).append(' ').append(NodeFmtLib.strNT(d.value())).append('\n');
            return iris.tally(kind.getLocalName(), sha16(sb.toString()));
        }

        /** The counts this kind of tally carries (indexes into {@link #COUNTS}). */
        public List<Property> countProperties() {
            if (kind.equals(DG.SpeakerTally)) return List.of(DG.statementCount, DG.claimCount, DG.articleCount);
            if (kind.equals(DG.StateMonthTally) || kind.equals(DG.SpeakerCountryTally)) return List.of(DG.statementCount);
            if (kind.equals(DG.LabelTally)) return List.of(DG.articleCount);
            return List.of(DG.claimCount);
        }
    }

    private final Map<Key, long[]> counts = new LinkedHashMap<>();

    /** The accumulated counts, by tally: {claims, statements, articles} as in {@link #COUNTS}. */
    public Map<Key, long[]> counts() { return counts; }

    /** Whether nothing was counted (or everything cancelled out). */
    public boolean isEmpty() {
        return counts.values().stream().allMatch(c -> c[0] == 0 && c[1] == 0 && c[2] == 0);
    }

    /**
     * Adds the contribution of one article graph, times {@code sign} ({@code +1} stored, {@code -1} removed).
     *
     * @throws IllegalArgumentException when sign is not 1 or -1
     */
    public Tallies add(Graph article, int sign) {
        if (sign != 1 && sign != -1) throw new IllegalArgumentException("invalid sign %d: use 1 or -1".formatted(sign));
        Set<Node> namedSpeakers = new HashSet<>();
        for (Node s : subjects(article, RDF.type.asNode(), DG.Statement.asNode())) {
            String month = month(article, s);
            Node agent = object(article, s, PROV.wasAttributedTo);
            Node countryCode = object(article, s, DG.speakerCountryCode);
            boolean named = agent != null && !agent.getURI().equals(s.getURI() + "#speaker");
            List<Node> claims = objects(article, s, DG.claim);
            if (countryCode != null) {
                bump(new Key(DG.StateMonthTally, List.of(new Dim(DG.speakerCountryCode, countryCode),
                        new Dim(DG.month, literal(month)))), STATEMENTS, sign);
            }
            if (countryCode != null) {
                List<Dim> dims = new ArrayList<>(List.of(new Dim(DG.speakerCountryCode, countryCode)));
                if (named) dims.add(new Dim(DG.speaker, agent));
                bump(new Key(DG.SpeakerCountryTally, dims), STATEMENTS, sign);
            }
            if (named) {
                Key speaker = new Key(DG.SpeakerTally, List.of(new Dim(DG.speaker, agent)));
                bump(speaker, STATEMENTS, sign);
                bump(speaker, CLAIMS, sign * claims.size());
                if (namedSpeakers.add(agent)) bump(speaker, ARTICLES, sign);
            }
            // the values of the statement's facets, for the facet tallies of each of its claims
            List<Dim> statementFacets = new ArrayList<>();
            if (named) statementFacets.add(new Dim(PROV.wasAttributedTo, agent));
            if (countryCode != null) statementFacets.add(new Dim(DG.speakerCountryCode, countryCode));
            for (Property p : List.of(DG.speakerType, DG.speakerRole))
                for (Node v : distinct(objects(article, s, p))) statementFacets.add(new Dim(p, v));
            Node source = object(article, s, PROV.wasDerivedFrom);
            if (source != null)
                for (Property p : List.of(SCHEMA.publisher, SCHEMA.inLanguage))
                    for (Node v : distinct(objects(article, source, p))) statementFacets.add(new Dim(p, v));
            for (Node c : claims) {
                Node relation = code(object(article, c, DG.relationType));
                Node stance = code(object(article, c, DG.stance));
                Node act = code(object(article, c, DG.act));
                if (relation == null || stance == null || act == null) continue; // not a claim the shapes accept
                bump(new Key(DG.MonthTally, List.of(new Dim(DG.month, literal(month)), new Dim(DG.relationCode, relation),
                        new Dim(DG.stanceCode, stance), new Dim(DG.actCode, act))), CLAIMS, sign);
                if (countryCode != null)
                    bump(new Key(DG.CountryTally, List.of(new Dim(DG.speakerCountryCode, countryCode),
                            new Dim(DG.relationCode, relation), new Dim(DG.stanceCode, stance))), CLAIMS, sign);
                List<Dim> facets = new ArrayList<>(statementFacets);
                List<Node> participants = distinct(objects(article, c, DG.participant));
                for (Node v : participants) facets.add(new Dim(DG.participant, v));
                for (Dim f : facets)
                    bump(new Key(DG.FacetTally, List.of(new Dim(DG.facetProperty, f.property().asNode()),
                            new Dim(f.value().isLiteral() ? DG.facetLiteral : DG.facetValue, f.value()), new Dim(DG.month, literal(month)),
                            new Dim(DG.stanceCode, stance))), CLAIMS, sign);
                if (countryCode != null) {
                    for (Node v : participants)
                        bump(new Key(DG.PairTally, List.of(new Dim(DG.speakerCountryCode, countryCode),
                                new Dim(DG.aboutParticipant, v))), CLAIMS, sign);
                    // the same facets within the speaker's state, and the claim's relation and act
                    List<Dim> stateFacets = new ArrayList<>();
                    for (Dim f : facets)   // not the state itself, nor the speaker (the explorer lists unnamed ones too)
                        if (!f.property().equals(DG.speakerCountryCode) && !f.property().equals(PROV.wasAttributedTo)) stateFacets.add(f);
                    stateFacets.add(new Dim(DG.relationType, object(article, c, DG.relationType)));
                    stateFacets.add(new Dim(DG.act, object(article, c, DG.act)));
                    for (Dim f : stateFacets)
                        bump(new Key(DG.StateFacetTally, List.of(new Dim(DG.speakerCountryCode, countryCode),
                                new Dim(DG.stateFacetProperty, f.property().asNode()),
                                new Dim(f.value().isLiteral() ? DG.facetLiteral : DG.facetValue, f.value()), new Dim(DG.month, literal(month)),
                                new Dim(DG.stanceCode, stance))), CLAIMS, sign);
                }
            }
        }
        for (Node agent : namedSpeakers) {
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel)) {
                for (Node label : objects(article, agent, p)) {
                    bump(new Key(DG.LabelTally, List.of(new Dim(DG.speaker, agent), new Dim(DG.labelProperty, p.asNode()),
                            new Dim(DG.label, label))), ARTICLES, sign);
                }
            }
        }
        return this;
    }

    private void bump(Key key, int index, long by) {
        counts.computeIfAbsent(key, k -> new long[COUNTS.size()])[index] += by;
    }

    /** The statement's {@code dg:month}; graphs written before the shortcut existed get it from {@code dcterms:date}. */
    private static String month(Graph g, Node statement) {
        Node m = object(g, statement, DG.month);
        if (m != null) return m.getLiteralLexicalForm();
        return ExtractionMapper.month(object(g, statement, DCTerms.date));
    }

    private static List<Node> distinct(List<Node> nodes) { return List.copyOf(new java.util.LinkedHashSet<>(nodes)); }

    private static Node literal(String s) { return NodeFactory.createLiteralString(s); }

    /** The code of a concept {@code dgc:{scheme}/{code}} (its skos:notation) as a literal, or null. */
    private static Node code(Node concept) {
        if (concept == null || !concept.isURI() || !concept.getURI().startsWith(DGC.NS)) return null;
        String iri = concept.getURI();
        return literal(iri.substring(iri.lastIndexOf('/') + 1));
    }

    private static List<Node> subjects(Graph g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, p, o).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    private static List<Node> objects(Graph g, Node s, Property p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static Node object(Graph g, Node s, Property p) {
        var it = g.find(s, p.asNode(), Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String sha16(String s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The triples describing a tally node with the given counts (only the kind's counts). */
    public static List<Triple> describe(Node node, Key key, long[] values) {
        List<Triple> out = new ArrayList<>();
        out.add(Triple.create(node, RDF.type.asNode(), DG.Tally.asNode()));
        out.add(Triple.create(node, RDF.type.asNode(), key.kind().asNode()));
        for (Dim d : key.dims()) out.add(Triple.create(node, d.property().asNode(), d.value()));
        for (Property p : key.countProperties())
            out.add(Triple.create(node, p.asNode(), count(values[COUNTS.indexOf(p)])));
        return out;
    }

    /** An xsd:integer count literal. */
    public static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
