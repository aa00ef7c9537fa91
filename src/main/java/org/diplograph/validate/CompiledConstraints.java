package org.diplograph.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.PROV;
import org.diplograph.rdf.SCHEMA;

/**
 * The two SPARQL constraints of {@code ontology/shapes.ttl} as Java code, for article graphs: on each
 * {@code dg:Statement}, the shortcuts {@code dg:month} and {@code dg:speakerCountryCode} equal what they are derived
 * from; on each {@code oa:TextPositionSelector}, {@code oa:exact} is the article body at {@code [oa:start, oa:end)}
 * in code points. Jena runs a SPARQL query per focus node for these, which costs ten times the SHACL Core checks.
 *
 * <p>The verdict is exact or {@link Verdict#UNSURE}: whenever a graph holds something the Java code does not mirror
 * the SPARQL semantics of (a blank node, a literal of another datatype, an {@code rdfs:subClassOf} triple that would
 * widen the targets, a number too large for an {@code int}), it says UNSURE and the caller runs the SPARQL. The test
 * {@code CompiledConstraintsTest} compares the verdicts with Jena's on conforming and broken graphs.
 */
final class CompiledConstraints {
    /** Whether the graph passes both SPARQL constraints, fails one, or has something only SPARQL can judge. */
    enum Verdict { CONFORMS, VIOLATES, UNSURE }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node STATEMENT = DG.Statement.asNode();
    private static final Node SELECTOR = OA.TextPositionSelector.asNode();
    private static final Node MONTH = DG.month.asNode();
    private static final Node DATE = DCTerms.date.asNode();
    private static final Node COUNTRY = DG.speakerCountry.asNode();
    private static final Node COUNTRY_CODE = DG.speakerCountryCode.asNode();
    private static final Node START = OA.start.asNode();
    private static final Node END = OA.end.asNode();
    private static final Node EXACT = OA.exact.asNode();
    private static final Node EVIDENCE = DG.evidence.asNode();
    private static final Node CLAIM = DG.claim.asNode();
    private static final Node DERIVED_FROM = PROV.wasDerivedFrom.asNode();
    private static final Node BODY = SCHEMA.articleBody.asNode();
    private static final Node SUBCLASS = RDFS.subClassOf.asNode();

    private CompiledConstraints() {}

    /** The verdict of both SPARQL constraints on {@code g}. */
    static Verdict check(Graph g) {
        if (g.contains(Node.ANY, SUBCLASS, Node.ANY)) return Verdict.UNSURE;
        Verdict v = Verdict.CONFORMS;
        for (Node s : subjects(g, STATEMENT)) {
            v = worse(v, shortcuts(g, s));
            if (v == Verdict.VIOLATES) return v;
        }
        for (Node s : subjects(g, SELECTOR)) {
            v = worse(v, offsets(g, s));
            if (v == Verdict.VIOLATES) return v;
        }
        return v;
    }

    private static Verdict worse(Verdict a, Verdict b) {
        return a == Verdict.VIOLATES || b == Verdict.VIOLATES ? Verdict.VIOLATES
                : a == Verdict.UNSURE || b == Verdict.UNSURE ? Verdict.UNSURE : Verdict.CONFORMS;
    }

    /** The SPARQL constraint of dgsh:StatementShape: its three UNION branches in turn. */
    private static Verdict shortcuts(Graph g, Node st) {
        if (!st.isURI()) return Verdict.UNSURE;
        List<Node> dates = objects(g, st, DATE);
        for (Node d : dates) if (!(d.isLiteral() || d.isURI()) || hasSurrogates(lexical(d))) return Verdict.UNSURE;
        // $this dg:month ?value . OPTIONAL { $this dcterms:date ?date }
        // FILTER (?value != IF(BOUND(?date), SUBSTR(STR(?date), 1, 7), "undated"))
        for (Node value : objects(g, st, MONTH)) {
            if (!isString(value)) return Verdict.UNSURE;
            if (dates.isEmpty()) {
                if (!value.getLiteralLexicalForm().equals("undated")) return Verdict.VIOLATES;
            } else {
                for (Node d : dates) {
                    String s = lexical(d);
                    if (!value.getLiteralLexicalForm().equals(s.length() <= 7 ? s : s.substring(0, 7)))
                        return Verdict.VIOLATES;
                }
            }
        }
        List<Node> codes = objects(g, st, COUNTRY_CODE);
        for (Node c : codes) if (!isString(c)) return Verdict.UNSURE;
        List<Node> states = objects(g, st, COUNTRY);
        // $this dg:speakerCountry ?state . OPTIONAL { $this dg:speakerCountryCode ?code }
        // FILTER (!STRENDS(STR(?state), CONCAT("/state/", COALESCE(?code, "(missing)"))))
        for (Node state : states) {
            if (!(state.isURI() || state.isLiteral())) return Verdict.UNSURE;
            String str = lexical(state);
            if (codes.isEmpty()) {
                if (!str.endsWith("/state/(missing)")) return Verdict.VIOLATES;
            } else {
                for (Node c : codes) if (!str.endsWith("/state/" + c.getLiteralLexicalForm())) return Verdict.VIOLATES;
            }
        }
        // $this dg:speakerCountryCode ?value . FILTER NOT EXISTS { $this dg:speakerCountry ?state }
        if (!codes.isEmpty() && states.isEmpty()) return Verdict.VIOLATES;
        return Verdict.CONFORMS;
    }

    /** The SPARQL constraint of dgsh:TextPositionSelectorShape. */
    private static Verdict offsets(Graph g, Node sel) {
        if (!sel.isURI()) return Verdict.UNSURE;
        List<Node> starts = objects(g, sel, START);
        List<Node> ends = objects(g, sel, END);
        List<Node> exacts = objects(g, sel, EXACT);
        if (starts.isEmpty() || ends.isEmpty() || exacts.isEmpty()) return Verdict.CONFORMS;   // no solution
        // $this ^dg:evidence/(prov:wasDerivedFrom|(^dg:claim/prov:wasDerivedFrom)) ?article
        Set<Node> articles = new LinkedHashSet<>();
        for (Node x : subjects(g, EVIDENCE, sel)) {
            articles.addAll(objects(g, x, DERIVED_FROM));
            for (Node s : subjects(g, CLAIM, x)) articles.addAll(objects(g, s, DERIVED_FROM));
        }
        List<Node> bodies = new ArrayList<>();
        for (Node a : articles) bodies.addAll(objects(g, a, BODY));
        if (bodies.isEmpty()) return Verdict.CONFORMS;
        for (Node x : starts) if (integer(x) < 0) return Verdict.UNSURE;
        for (Node x : ends) if (integer(x) < 0) return Verdict.UNSURE;
        for (Node x : exacts) if (!x.isLiteral()) return Verdict.UNSURE;
        for (Node body : bodies) {
            if (!body.isLiteral()) return Verdict.UNSURE;
            int[] cps = body.getLiteralLexicalForm().codePoints().toArray();
            for (Node s : starts) {
                int start = (int) integer(s);
                for (Node e : ends) {
                    int end = (int) integer(e);
                    // FILTER (?end > STRLEN(STR(?body)) || SUBSTR(STR(?body), ?start + 1, ?end - ?start) != STR(?value))
                    if (end > cps.length) return Verdict.VIOLATES;
                    if (start > end) return Verdict.UNSURE;
                    String found = new String(cps, start, end - start);
                    for (Node exact : exacts)
                        if (!found.equals(exact.getLiteralLexicalForm())) return Verdict.VIOLATES;
                }
            }
        }
        return Verdict.CONFORMS;
    }

    /** The value of a plain-digits {@code xsd:nonNegativeInteger} below 10⁹, or -1 for any other node. */
    private static long integer(Node n) {
        if (!n.isLiteral() || !XSDDatatype.XSDnonNegativeInteger.getURI().equals(n.getLiteralDatatypeURI())) return -1;
        String lex = n.getLiteralLexicalForm();
        if (lex.isEmpty() || lex.length() > 9) return -1;
        for (int i = 0; i < lex.length(); i++) if (lex.charAt(i) < '0' || lex.charAt(i) > '9') return -1;
        return Long.parseLong(lex);
    }

    private static boolean isString(Node n) {
        return n.isLiteral() && XSDDatatype.XSDstring.getURI().equals(n.getLiteralDatatypeURI())
                && n.getLiteralLanguage().isEmpty() && !hasSurrogates(n.getLiteralLexicalForm());
    }

    /** STR() of an IRI or a literal. */
    private static String lexical(Node n) { return n.isURI() ? n.getURI() : n.getLiteralLexicalForm(); }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isSurrogate(s.charAt(i))) return true;
        return false;
    }

    private static List<Node> subjects(Graph g, Node type) { return subjects(g, TYPE, type); }

    private static List<Node> subjects(Graph g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(Node.ANY, p, o);
        try {
            while (it.hasNext()) out.add(it.next().getSubject());
        } finally {
            it.close();
        }
        return out;
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) out.add(it.next().getObject());
        } finally {
            it.close();
        }
        return out;
    }
}
