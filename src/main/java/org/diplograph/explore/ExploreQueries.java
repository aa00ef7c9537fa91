package org.diplograph.explore;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.DGC;
import org.diplograph.rdf.Iris;

/**
 * The SPARQL queries behind the explorer's panels, for one {@link ExploreState}. The text of each query is fixed
 * pieces chosen by the state's shape (which facets are set); every value from the URL goes in through
 * {@link ParameterizedSparqlString} ({@code VALUES} blocks, literals), never by concatenation. Where the summary
 * graph's tallies hold the answer ({@code dg:MonthTally}, {@code dg:CountryTally}, {@code dg:SpeakerTally}), the
 * query reads them instead of every claim.
 * <pre>
 *   ExploreQueries q = new ExploreQueries(iris, state);
 *   String sparql = q.facet(Facet.STANCE);   // runnable as is on /kg/sparql
 * </pre>
 */
final class ExploreQueries {
    /**
     * The most evidence passages a text search takes from the index, best-matching first: a word found in more
     * passages gives the claims of these only, and the page says "at least" (a broad word of a big store would
     * otherwise join every passage to its claim in every panel).
     */
    static final int TEXT_HITS = 1_000;
    /** The most values a facet lists. */
    static final int FACET_VALUES = 30;
    /** The rows of the claim list on the page. */
    static final int LIST_ROWS = 50;

    static final String PREFIXES = """
            PREFIX dg:      <https://w3id.org/diplograph/ontology#>
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX oa:      <http://www.w3.org/ns/oa#>
            PREFIX schema:  <http://schema.org/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX text:    <http://jena.apache.org/text#>
            """;

    /** Facets the month tallies have a dimension for. */
    private static final Set<Facet> MONTH_TALLY = EnumSet.of(Facet.RELATION, Facet.STANCE, Facet.ACT);
    /** Facets the country tallies have a dimension for (besides the state). */
    private static final Set<Facet> COUNTRY_TALLY = EnumSet.of(Facet.RELATION, Facet.STANCE, Facet.STATE);
    /** The facets the facet tallies ({@code dg:FacetTally}) count, with the property they count by. */
    static final Map<Facet, Node> FACET_TALLY = Map.of(
            Facet.SPEAKER, NodeFactory.createURI("http://www.w3.org/ns/prov#wasAttributedTo"),
            Facet.STATE, DG.speakerCountryCode.asNode(),
            Facet.SPEAKER_TYPE, DG.speakerType.asNode(),
            Facet.ROLE, DG.speakerRole.asNode(),
            Facet.PARTICIPANT, DG.participant.asNode(),
            Facet.OUTLET, NodeFactory.createURI("http://schema.org/publisher"),
            Facet.LANGUAGE, NodeFactory.createURI("http://schema.org/inLanguage"));
    /**
     * The facets the speaker state facet tallies ({@code dg:StateFacetTally}) count, with the property they count by;
     * the stance facet is the sum of the relation tallies by stance (every claim has one relation). Not the speaker
     * facet: its counts list unnamed speakers too, which have no tally.
     */
    static final Map<Facet, Node> STATE_FACET_TALLY = Map.of(
            Facet.SPEAKER_TYPE, DG.speakerType.asNode(),
            Facet.ROLE, DG.speakerRole.asNode(),
            Facet.PARTICIPANT, DG.participant.asNode(),
            Facet.OUTLET, FACET_TALLY.get(Facet.OUTLET),
            Facet.LANGUAGE, FACET_TALLY.get(Facet.LANGUAGE),
            Facet.RELATION, DG.relationType.asNode(),
            Facet.ACT, DG.act.asNode(),
            Facet.STANCE, DG.relationType.asNode());

    private final Iris iris;
    private final ExploreState state;
    private final boolean tallies;

    /** The queries of {@code state} on a store whose summary graph has the tallies of this version. */
    ExploreQueries(Iris iris, ExploreState state) {
        this(iris, state, true);
    }

    /** The queries of {@code state}; with {@code tallies} false (no summary graph of this version) none reads a tally. */
    ExploreQueries(Iris iris, ExploreState state, boolean tallies) {
        this.iris = iris;
        this.state = state;
        this.tallies = tallies;
    }

    /**
     * Parameters collected while a query's text is assembled, bound at the end: scalars through
     * {@link ParameterizedSparqlString#setParam}, and the rows of each empty {@code VALUES (?var) { }} block of the
     * parsed query through the syntax tree ({@link ElementData}), so every value is a term that Jena's serializer
     * writes, escaped. (ParameterizedSparqlString's own {@code setValues} does not escape quotes in literals.)
     */
    private static final class Params {
        final Map<String, List<Node>> values = new LinkedHashMap<>();
        final Map<String, Node> literals = new LinkedHashMap<>();

        String build(String text) {
            ParameterizedSparqlString pss = new ParameterizedSparqlString(PREFIXES + text);
            literals.forEach(pss::setParam);
            Query query = pss.asQuery();
            fill(query.getQueryPattern());
            StringBuilder comments = new StringBuilder();
            for (String line : text.split("\n")) {
                if (!line.startsWith("#")) break;
                comments.append(line).append('\n');
            }
            return comments + query.serialize();
        }

        private void fill(Element pattern) {
            ElementWalker.walk(pattern, new ElementVisitorBase() {
                @Override
                public void visit(ElementData data) {
                    if (data.getVars().size() != 1 || !data.getRows().isEmpty()) return;
                    Var v = data.getVars().get(0);
                    List<Node> ns = values.get(v.getVarName());
                    if (ns != null) for (Node n : ns) data.add(BindingFactory.binding(v, n));
                }

                @Override
                public void visit(ElementSubQuery sub) {
                    fill(sub.getQuery().getQueryPattern());
                }
            });
        }
    }

    /** Whether the month tallies answer for a view narrowed by these facets and months only (no text, no other facet). */
    private boolean monthTallyFits(Facet except) {
        if (!tallies || state.q() != null) return false;
        for (Facet f : state.selected().keySet()) if (f != except && !MONTH_TALLY.contains(f)) return false;
        return true;
    }

    private boolean countryTallyFits(Facet except) {
        if (!tallies || state.q() != null || state.hasMonthRange()) return false;
        for (Facet f : state.selected().keySet()) if (f != except && !COUNTRY_TALLY.contains(f)) return false;
        return true;
    }

    /**
     * Whether the facet tallies answer the counts of {@code f} in this view: {@code f} has them, and the view is
     * narrowed by months and stance only (and by {@code f}'s own values, which its counts ignore). Not for the
     * speaker facet, whose tallies are too many to sum over (the speaker tallies answer it for the whole store).
     */
    private boolean facetTallyFits(Facet f) {
        if (!tallies || state.q() != null || f == Facet.SPEAKER || !FACET_TALLY.containsKey(f)) return false;
        for (Facet g : state.selected().keySet()) if (g != f && g != Facet.STANCE) return false;
        return true;
    }

    /**
     * The one facet value the view is narrowed to (besides months and stance), when the facet tallies count it: then
     * the size and the timeline of the view are sums of its tallies. Null otherwise. (Two values of one facet are
     * not summed: a claim naming both would count twice.)
     */
    private Facet singleFacetValue() {
        if (!tallies || state.q() != null) return null;
        Facet one = null;
        for (Facet g : state.selected().keySet()) {
            if (g == Facet.STANCE) continue;
            if (one != null || !FACET_TALLY.containsKey(g) || state.values(g).size() != 1) return null;
            one = g;
        }
        if (one == Facet.SPEAKER && state.values(one).get(0).contains("#")) return null;   // unnamed speakers have no tally
        return one;
    }

    /** The facet tally pattern of property {@code f}; binds ?n, ?month, ?stanceCode and {@code valueVar} (or fixes it to {@code value}). */
    private String facetTally(Params p, Facet f, String valueVar, Node value) {
        p.literals.put("p_property", FACET_TALLY.get(f));
        String v = "?" + valueVar;
        if (value != null) {
            p.literals.put("p_value", value);
            v = "?p_value";
        }
        // literal values (state codes, outlets, languages) are dg:facetLiteral, IRIs dg:facetValue
        String valueProperty = f.kind == Facet.Kind.ID || f.kind.name().equals("concept") ? "dg:facetValue" : "dg:facetLiteral";
        StringBuilder b = new StringBuilder("  ?t dg:facetProperty ?p_property ; " + valueProperty + " " + v
                + " ;\n     dg:month ?month ; dg:stanceCode ?stanceCode ; dg:claimCount ?n .\n");
        codeValues(p, b, null, List.of(Facet.STANCE));
        if (state.hasMonthRange()) {
            p.literals.put("p_from", NodeFactory.createLiteralString(state.from() == null ? "0000-00" : state.from()));
            p.literals.put("p_to", NodeFactory.createLiteralString(state.to() == null ? "9999-99" : state.to()));
            b.append("  FILTER(?month >= ?p_from && ?month <= ?p_to)\n");
        }
        return b.toString();
    }

    /**
     * Whether the speaker state facet tallies answer the counts of {@code f} in this view: the view is narrowed to
     * exactly one speaker state, and besides it by months, stance and {@code f}'s own values only.
     */
    private boolean stateFacetTallyFits(Facet f) {
        if (!tallies || state.q() != null || !STATE_FACET_TALLY.containsKey(f) || state.values(Facet.STATE).size() != 1) return false;
        for (Facet g : state.selected().keySet()) if (g != f && g != Facet.STATE && g != Facet.STANCE) return false;
        return true;
    }

    /**
     * The speaker state facet tally pattern of {@code f} in the view's one state; binds ?n, ?month, ?stanceCode and
     * {@code f}'s variable (the stance facet: ?stanceCode only), narrowed by the view's stance (except for the stance
     * facet itself) and months.
     */
    private String stateFacetTally(Params p, Facet f) {
        p.literals.put("p_property", STATE_FACET_TALLY.get(f));
        p.literals.put("p_state", NodeFactory.createLiteralString(state.values(Facet.STATE).get(0).toUpperCase(java.util.Locale.ROOT)));
        String valueProperty = f.kind == Facet.Kind.ID || f.kind.name().equals("concept") ? "dg:facetValue" : "dg:facetLiteral";
        String value = f == Facet.STANCE ? "" : valueProperty + " ?" + f.var + " ; ";
        // in the summary graph by name: read from the union of every graph, the same pattern takes twice as long
        p.literals.put("p_summary", iris.summaryGraph());
        StringBuilder b = new StringBuilder("  GRAPH ?p_summary {\n  ?t dg:stateFacetProperty ?p_property ; dg:speakerCountryCode ?p_state ;\n     "
                + value + "dg:month ?month ; dg:stanceCode ?stanceCode ; dg:claimCount ?n .\n");
        codeValues(p, b, f, List.of(Facet.STANCE));
        if (state.hasMonthRange()) {
            p.literals.put("p_from", NodeFactory.createLiteralString(state.from() == null ? "0000-00" : state.from()));
            p.literals.put("p_to", NodeFactory.createLiteralString(state.to() == null ? "9999-99" : state.to()));
            b.append("  FILTER(?month >= ?p_from && ?month <= ?p_to)\n");
        }
        return b.append("  }\n").toString();
    }

    /** Whether the who-speaks-about-whom panel reads the pair tallies: a view narrowed by speakers' states only. */
    boolean matrixFromTally() {
        if (!tallies || state.q() != null || state.hasMonthRange()) return false;
        for (Facet g : state.selected().keySet()) if (g != Facet.STATE) return false;
        return true;
    }

    /**
     * The graph pattern of the current set of claims ({@code ?statement dg:claim ?claim}), narrowed by every
     * selection except those of {@code except} (null: all), and to {@code months} when not empty. The parts are
     * joined in the order written, so the most selective come first: the text search (which gives claims), else the
     * months, the statement's and the article's selections (which give statements); then the claims' selections.
     */
    private String set(Params p, Facet except, List<String> months) {
        StringBuilder b = new StringBuilder();
        boolean text = state.q() != null;
        if (text) {
            String lucene = TextSearch.luceneQuery(state.q());
            if (lucene == null) return "  VALUES ?claim { }   # the search text holds no searchable word\n";
            p.literals.put("p_text", NodeFactory.createLiteralString(lucene));
            p.literals.put("p_hits", NodeFactory.createLiteralDT(Integer.toString(TEXT_HITS), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            b.append("""
                      { SELECT DISTINCT ?claim WHERE {
                          { SELECT ?hit WHERE { (?hit ?score) text:query (oa:exact ?p_text ?p_hits) } }
                          { ?claim dg:evidence ?hit } UNION { ?hitStatement dg:evidence ?hit ; dg:claim ?claim }
                      } }
                      ?statement dg:claim ?claim .
                    """);
        }
        if (!months.isEmpty()) {
            List<Node> ms = new ArrayList<>();
            for (String m : months) ms.add(NodeFactory.createLiteralString(m));
            p.values.put("month", ms);
            b.append("  VALUES (?month) { }\n  ?statement dg:month ?month .\n");
        }
        boolean article = false;
        List<Facet> order = new ArrayList<>();
        for (Facet f : state.selected().keySet()) if (!f.pattern.startsWith("?claim")) order.add(f);
        for (Facet f : state.selected().keySet()) if (f.pattern.startsWith("?claim")) order.add(f);
        boolean claimJoined = text;
        // with nothing that gives statements first, the claims' own selections lead, then their statements
        boolean statementsFirst = !months.isEmpty()
                || order.stream().anyMatch(f -> f != except && !f.pattern.startsWith("?claim"));
        for (Facet f : order) {
            if (f == except) continue;
            if (f.pattern.startsWith("?claim") && !claimJoined && statementsFirst) {
                b.append("  ?statement dg:claim ?claim .\n");
                claimJoined = true;
            }
            List<Node> terms = new ArrayList<>();
            for (String v : state.values(f)) terms.add(f.term(v, iris));
            p.values.put(f.var, terms);
            b.append("  VALUES (?").append(f.var).append(") { }\n");
            b.append("  ").append(f.pattern).append('\n');
            if (f.onArticle() && !article) {
                b.append("  ?statement prov:wasDerivedFrom ?article .\n");
                article = true;
            }
        }
        if (!claimJoined) b.append("  ?statement dg:claim ?claim .\n");
        if (state.hasMonthRange()) monthFilter(p, b);
        return b.toString();
    }

    private String set(Params p, Facet except) {
        return set(p, except, List.of());
    }

    private void monthFilter(Params p, StringBuilder b) {
        p.literals.put("p_from", NodeFactory.createLiteralString(state.from() == null ? "0000-00" : state.from()));
        p.literals.put("p_to", NodeFactory.createLiteralString(state.to() == null ? "9999-99" : state.to()));
        b.append("  ?statement dg:month ?month .\n  FILTER(?month >= ?p_from && ?month <= ?p_to)   # \"undated\" sorts after every month\n");
    }

    /** The month tally pattern, narrowed by the selections except {@code except}'s; binds ?n, ?month and the codes. */
    private String monthTally(Params p, Facet except) {
        StringBuilder b = new StringBuilder("""
                  ?t a dg:MonthTally ; dg:claimCount ?n ; dg:month ?month ;
                     dg:relationCode ?relationCode ; dg:stanceCode ?stanceCode ; dg:actCode ?actCode .
                """);
        codeValues(p, b, except);
        if (state.hasMonthRange()) {
            p.literals.put("p_from", NodeFactory.createLiteralString(state.from() == null ? "0000-00" : state.from()));
            p.literals.put("p_to", NodeFactory.createLiteralString(state.to() == null ? "9999-99" : state.to()));
            b.append("  FILTER(?month >= ?p_from && ?month <= ?p_to)\n");
        }
        return b.toString();
    }

    /** VALUES over the tallies' code literals for the selected relation, stance, act and state. */
    private void codeValues(Params p, StringBuilder b, Facet except) {
        codeValues(p, b, except, List.of(Facet.RELATION, Facet.STANCE, Facet.ACT, Facet.STATE));
    }

    private void codeValues(Params p, StringBuilder b, Facet except, List<Facet> facets) {
        for (Facet f : facets) {
            if (f == except || state.values(f).isEmpty()) continue;
            List<Node> codes = new ArrayList<>();
            for (String v : state.values(f)) {
                f.term(v, iris);   // checks the value
                codes.add(NodeFactory.createLiteralString(f == Facet.STATE ? v.toUpperCase(java.util.Locale.ROOT) : v));
            }
            String var = f == Facet.STATE ? "stateCode" : f.var + "Code";
            p.values.put(var, codes);
            b.append("  VALUES (?").append(var).append(") { }\n");
        }
    }

    /**
     * How many evidence passages the text search takes from the index (one row, {@code ?hits}, at most
     * {@link #TEXT_HITS}), or null when the view has no searchable text.
     */
    String textHits() {
        if (state.q() == null) return null;
        String lucene = TextSearch.luceneQuery(state.q());
        if (lucene == null) return null;
        Params p = new Params();
        p.literals.put("p_text", NodeFactory.createLiteralString(lucene));
        p.literals.put("p_hits", NodeFactory.createLiteralDT(Integer.toString(TEXT_HITS), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        return p.build("# evidence passages the search takes from the index (at most " + TEXT_HITS
                + ", best-matching first)\nSELECT (COUNT(?hit) AS ?hits) WHERE {\n  (?hit ?score) text:query (oa:exact ?p_text ?p_hits)\n}\n");
    }

    /** How many claims the set holds: one row, {@code ?claims}. */
    String total() {
        Params p = new Params();
        if (monthTallyFits(null))
            return p.build("# claims in the set, from the month tallies of the summary graph\nSELECT (SUM(?n) AS ?claims) WHERE {\n"
                    + monthTally(p, null) + "}\n");
        Facet one = singleFacetValue();
        if (one != null)
            return p.build("# claims in the set, from the facet tallies of the summary graph\nSELECT (SUM(?n) AS ?claims) WHERE {\n"
                    + facetTally(p, one, null, one.term(state.values(one).get(0), iris)) + "}\n");
        return p.build("SELECT (COUNT(DISTINCT ?claim) AS ?claims) WHERE {\n" + set(p, null) + "}\n");
    }

    /** Whether {@link #facet} reads tallies for {@code f}: its rows then bind {@code ?code} (a notation or ISO3) instead of the facet's variable. */
    boolean facetFromTally(Facet f) {
        return tallyKind(f) != null;
    }

    /** Whether the rows of {@link #facet} bind {@code ?code} (a notation or ISO3 of the month and country tallies). */
    boolean facetBindsCode(Facet f) {
        String kind = tallyKind(f);
        return "month".equals(kind) || "country".equals(kind) || "state".equals(kind) && f == Facet.STANCE;
    }

    private String tallyKind(Facet f) {
        if (MONTH_TALLY.contains(f) && monthTallyFits(f)) return "month";
        if (COUNTRY_TALLY.contains(f) && countryTallyFits(f)) return "country";   // a state's relations and stances too
        // the speaker facet of the whole store, or of a view narrowed by speakers only (which its counts ignore)
        if (f == Facet.SPEAKER && tallies && state.q() == null && !state.hasMonthRange()
                && state.selected().keySet().stream().allMatch(g -> g == Facet.SPEAKER)) return "speaker";
        if (facetTallyFits(f)) return "facet";
        if (stateFacetTallyFits(f)) return "state";
        return null;
    }

    /**
     * The values of {@code f} in the set narrowed by the other facets, with their claim counts ({@code ?claims}),
     * most first: rows bind the facet's variable, or {@code ?code} when {@link #facetFromTally} says so.
     */
    String facet(Facet f) {
        Params p = new Params();
        String tally = tallyKind(f);
        if ("month".equals(tally)) {
            String code = f.var + "Code";
            return p.build("# " + f.labelEn + " values from the month tallies of the summary graph\nSELECT (?" + code
                    + " AS ?code) (SUM(?n) AS ?claims) WHERE {\n" + monthTally(p, f) + "}\nGROUP BY ?" + code
                    + "\nORDER BY DESC(?claims) ?code\nLIMIT " + FACET_VALUES + "\n");
        }
        if ("country".equals(tally)) {
            StringBuilder b = new StringBuilder("  ?t a dg:CountryTally ; dg:claimCount ?n ; dg:speakerCountryCode ?stateCode ;\n"
                    + "     dg:relationCode ?relationCode ; dg:stanceCode ?stanceCode .\n");
            codeValues(p, b, f);
            String code = f == Facet.STATE ? "stateCode" : f.var + "Code";
            return p.build("# " + f.labelEn + " values from the country tallies of the summary graph\nSELECT (?" + code
                    + " AS ?code) (SUM(?n) AS ?claims) WHERE {\n" + b + "}\nGROUP BY ?" + code + "\nORDER BY DESC(?claims) ?code\nLIMIT "
                    + FACET_VALUES + "\n");
        }
        if ("speaker".equals(tally)) {
            return p.build("# named speakers from the speaker tallies of the summary graph\nSELECT ?speaker (SUM(?n) AS ?claims) WHERE {\n"
                    + "  ?t a dg:SpeakerTally ; dg:speaker ?speaker ; dg:claimCount ?n .\n}\nGROUP BY ?speaker\nORDER BY DESC(?claims) ?speaker\nLIMIT "
                    + FACET_VALUES + "\n");
        }
        if ("facet".equals(tally)) {
            return p.build("# " + f.labelEn + " values from the facet tallies of the summary graph\nSELECT ?" + f.var
                    + " (SUM(?n) AS ?claims) WHERE {\n" + facetTally(p, f, f.var, null) + "}\nGROUP BY ?" + f.var
                    + "\nORDER BY DESC(?claims) ?" + f.var + "\nLIMIT " + FACET_VALUES + "\n");
        }
        if ("state".equals(tally)) {
            String var = f == Facet.STANCE ? "code" : f.var;
            String select = f == Facet.STANCE ? "(?stanceCode AS ?code)" : "?" + f.var;
            String group = f == Facet.STANCE ? "?stanceCode" : "?" + f.var;
            return p.build("# " + f.labelEn + " values from the speaker state facet tallies of the summary graph\nSELECT " + select
                    + " (SUM(?n) AS ?claims) WHERE {\n" + stateFacetTally(p, f) + "}\nGROUP BY " + group
                    + "\nORDER BY DESC(?claims) ?" + var + "\nLIMIT " + FACET_VALUES + "\n");
        }
        String body = set(p, f);
        if (f.onArticle() && !body.contains("prov:wasDerivedFrom ?article")) body += "  ?statement prov:wasDerivedFrom ?article .\n";
        if (!body.contains(f.pattern)) body += "  " + f.pattern + "\n";
        return p.build("SELECT ?" + f.var + " (COUNT(DISTINCT ?claim) AS ?claims) WHERE {\n" + body + "}\nGROUP BY ?" + f.var
                + "\nORDER BY DESC(?claims) ?" + f.var + "\nLIMIT " + FACET_VALUES + "\n");
    }

    /** Whether {@link #months} reads the month tallies (rows bind {@code ?stanceCode}) or the claims (rows bind {@code ?stance}). */
    boolean monthsFromTally() { return monthTallyFits(null) || singleFacetValue() != null; }

    /** Whether {@link #total} is a sum of tallies (the same views as {@link #monthsFromTally}): milliseconds at any size. */
    boolean totalFromTally() { return monthsFromTally(); }

    /** Claims per month and stance ({@code ?month}, {@code ?stance} or {@code ?stanceCode}, {@code ?claims}). */
    String months() {
        Params p = new Params();
        if (monthTallyFits(null))
            return p.build("# claims per month and stance, from the month tallies of the summary graph\n"
                    + "SELECT ?month ?stanceCode (SUM(?n) AS ?claims) WHERE {\n" + monthTally(p, null)
                    + "}\nGROUP BY ?month ?stanceCode\nORDER BY ?month ?stanceCode\n");
        Facet one = singleFacetValue();
        if (one != null)
            return p.build("# claims per month and stance, from the facet tallies of the summary graph\n"
                    + "SELECT ?month ?stanceCode (SUM(?n) AS ?claims) WHERE {\n"
                    + facetTally(p, one, null, one.term(state.values(one).get(0), iris))
                    + "}\nGROUP BY ?month ?stanceCode\nORDER BY ?month ?stanceCode\n");
        String body = set(p, null);
        if (!state.hasMonthRange()) body += "  ?statement dg:month ?month .\n";
        if (!body.contains(Facet.STANCE.pattern)) body += "  " + Facet.STANCE.pattern + "\n";
        return p.build("SELECT ?month ?stance (COUNT(DISTINCT ?claim) AS ?claims) WHERE {\n" + body
                + "}\nGROUP BY ?month ?stance\nORDER BY ?month ?stance\n");
    }

    /** Who speaks about whom: claims per speaker's state ({@code ?stateCode}) and participant ({@code ?about}). */
    String matrix() {
        Params p = new Params();
        if (matrixFromTally()) {
            StringBuilder b = new StringBuilder("  ?t dg:aboutParticipant ?about ; dg:speakerCountryCode ?stateCode ; dg:claimCount ?n .\n");
            codeValues(p, b, null, List.of(Facet.STATE));
            return p.build("# who speaks about whom, from the pair tallies of the summary graph\nSELECT ?stateCode ?about (SUM(?n) AS ?claims) WHERE {\n"
                    + b + "}\nGROUP BY ?stateCode ?about\nORDER BY DESC(?claims) ?stateCode ?about\nLIMIT 400\n");
        }
        String body = set(p, null);
        if (!body.contains(Facet.STATE.pattern)) body += "  " + Facet.STATE.pattern + "\n";
        body += "  ?claim dg:participant ?about .\n";
        return p.build("SELECT ?stateCode ?about (COUNT(DISTINCT ?claim) AS ?claims) WHERE {\n" + body
                + "}\nGROUP BY ?stateCode ?about\nORDER BY DESC(?claims) ?stateCode ?about\nLIMIT 400\n");
    }

    /**
     * Who speaks about {@code entity}: the claims naming it as a participant per speaker's state ({@code ?stateCode},
     * {@code ?about} (the entity), {@code ?claims}), most first; from the pair tallies when the store has them. The
     * view's selections do not apply (an entity page asks it with none).
     */
    String speakersAbout(Node entity) {
        Params p = new Params();
        p.literals.put("p_entity", entity);
        if (tallies)
            return p.build("# claims naming the entity per speaker's state, from the pair tallies of the summary graph\n"
                    + "SELECT ?stateCode (?p_entity AS ?about) (SUM(?n) AS ?claims) WHERE {\n"
                    + "  ?t dg:aboutParticipant ?p_entity ; dg:speakerCountryCode ?stateCode ; dg:claimCount ?n .\n"
                    + "}\nGROUP BY ?stateCode\nORDER BY DESC(?claims) ?stateCode\nLIMIT 400\n");
        return p.build("SELECT ?stateCode (?p_entity AS ?about) (COUNT(DISTINCT ?claim) AS ?claims) WHERE {\n"
                + "  ?claim dg:participant ?p_entity .\n  ?statement dg:claim ?claim ; dg:speakerCountryCode ?stateCode .\n"
                + "}\nGROUP BY ?stateCode\nORDER BY DESC(?claims) ?stateCode\nLIMIT 400\n");
    }

    /**
     * The claims of the set, newest first, at most {@code limit}, each with its speaker (and Arabic and English
     * name), speaker's state, relation, stance, act, participants, evidence and its sentence (with their start
     * offsets), article, headline and source URL. {@code months}, when not empty, restricts the claims to those
     * months (the caller knows from the month counts that the newest {@code limit} claims are in them).
     */
    String claims(int limit, List<String> months) {
        Params p = new Params();
        String body = set(p, null, months);
        return p.build("""
                SELECT ?date ?claim ?statement ?speaker (MIN(?speakerAr0) AS ?speakerAr) (MIN(?speakerEn0) AS ?speakerEn)
                       ?stateCode ?relation ?stance ?act ?participants ?evidence ?evidenceStart ?sentence ?sentenceStart
                       ?article ?headline ?url
                WHERE {
                  { SELECT ?claim ?statement ?date WHERE {
                %s    OPTIONAL { ?statement dcterms:date ?date }
                    } ORDER BY DESC(?date) ?claim LIMIT %d }
                  ?statement prov:wasAttributedTo ?speaker ; prov:wasDerivedFrom ?article .
                  ?claim dg:relationType ?relation ; dg:stance ?stance ; dg:act ?act ; dg:evidence ?claimEvidence .
                  ?claimEvidence oa:exact ?evidence ; oa:start ?evidenceStart .
                  OPTIONAL { ?claim dg:participantCodes ?participants }
                  OPTIONAL { ?statement dg:speakerCountryCode ?stateCode }
                  OPTIONAL { ?statement dg:evidence ?statementEvidence .
                             ?statementEvidence oa:exact ?sentence ; oa:start ?sentenceStart }
                  OPTIONAL { ?article schema:headline ?headline }
                  OPTIONAL { ?article schema:url ?url }
                  OPTIONAL { ?speaker skos:prefLabel ?speakerAr0 FILTER(lang(?speakerAr0) = "ar") }
                  OPTIONAL { ?speaker skos:prefLabel ?speakerEn0 FILTER(lang(?speakerEn0) = "en") }
                }
                GROUP BY ?date ?claim ?statement ?speaker ?stateCode ?relation ?stance ?act ?participants ?evidence
                         ?evidenceStart ?sentence ?sentenceStart ?article ?headline ?url
                ORDER BY DESC(?date) ?claim
                """.formatted(indent(body), limit));
    }

    /** The names of some IRIs ({@code ?x}, {@code ?ar}, {@code ?en}). */
    String names(List<Node> iris) {
        Params p = new Params();
        p.values.put("x", iris);
        return p.build("""
                SELECT ?x (MIN(?ar0) AS ?ar) (MIN(?en0) AS ?en) WHERE {
                  VALUES (?x) { }
                  OPTIONAL { ?x skos:prefLabel ?ar0 FILTER(lang(?ar0) = "ar") }
                  OPTIONAL { ?x skos:prefLabel ?en0 FILTER(lang(?en0) = "en") }
                }
                GROUP BY ?x
                """);
    }

    private static String indent(String body) {
        StringBuilder b = new StringBuilder();
        for (String line : body.split("\n", -1)) if (!line.isEmpty()) b.append("    ").append(line).append('\n');
        return b.toString();
    }

    /** The concept IRI of a tally code of a concept facet ({@code positive} → {@code dgc:stance/positive}). */
    static Node concept(Facet f, String code) {
        return NodeFactory.createURI(DGC.NS + f.kind.scheme() + "/" + code);
    }
}
