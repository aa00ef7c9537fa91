package org.diplograph.explore;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * The Arabic and English names of the concepts (relation, stance, act, role, speaker type) and of the states and
 * actors of the lexicon, read once from the store, and the state or actor of each ISO3 or actor code.
 */
final class Labels {
    /** A name in Arabic and English (either may be null). */
    record Name(String ar, String en) {
        /** The name in {@code ui}, else in the other language, else null. */
        String in(String ui) {
            String first = ui.equals("ar") ? ar : en;
            String second = ui.equals("ar") ? en : ar;
            return first != null ? first : second;
        }

        /** The language of {@link #in}. */
        String langIn(String ui) {
            String first = ui.equals("ar") ? ar : en;
            if (first != null) return ui;
            return ui.equals("ar") ? "en" : "ar";
        }
    }

    private static final Query CONCEPTS = QueryFactory.create("""
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?x ?l WHERE { ?x skos:inScheme ?scheme ; skos:prefLabel ?l }
            """);
    private static final Query AGENTS = QueryFactory.create("""
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dg:   <https://w3id.org/diplograph/ontology#>
            SELECT ?x ?code ?l WHERE { { ?x dg:iso3 ?code } UNION { ?x dg:actorCode ?code } ?x skos:prefLabel ?l }
            """);

    private final Map<Node, Name> names;
    private final Map<String, Node> byCode;

    private Labels(Map<Node, Name> names, Map<String, Node> byCode) {
        this.names = names;
        this.byCode = byCode;
    }

    /** Reads the names from the store, in one read transaction. */
    static Labels read(DatasetGraph dsg) {
        Map<Node, Name> names = new HashMap<>();
        Map<String, Node> byCode = new HashMap<>();
        Txn.executeRead(dsg, () -> {
            for (Query q : new Query[] {CONCEPTS, AGENTS}) {
                try (QueryExec exec = QueryExec.dataset(dsg).query(q).build()) {
                    RowSet rows = exec.select();
                    while (rows.hasNext()) {
                        Binding b = rows.next();
                        Node x = b.get("x");
                        Node l = b.get("l");
                        Node code = b.get("code");
                        if (code != null && code.isLiteral()) byCode.putIfAbsent(code.getLiteralLexicalForm(), x);
                        if (l == null || !l.isLiteral()) continue;
                        names.merge(x, name(l), Labels::merge);
                    }
                }
            }
        });
        return new Labels(Map.copyOf(names), Map.copyOf(byCode));
    }

    static Name name(Node literal) {
        String lang = literal.getLiteralLanguage();
        String text = literal.getLiteralLexicalForm();
        if (lang.equals("ar")) return new Name(text, null);
        if (lang.equals("en")) return new Name(null, text);
        return new Name(null, null);
    }

    /** Keeps the first name in each language (the smallest, so the choice does not depend on read order). */
    static Name merge(Name a, Name b) {
        return new Name(min(a.ar(), b.ar()), min(a.en(), b.en()));
    }

    private static String min(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.compareTo(b) <= 0 ? a : b;
    }

    Name of(Node n) { return names.get(n); }

    /** The state or actor with this ISO3 or actor code, or null. */
    Node byCode(String code) { return byCode.get(code); }
}
