package org.diplograph.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.Iris;
import org.diplograph.store.KnowledgeStore;

/**
 * The text of an article as HTML for its page: one paragraph per line of {@code schema:articleBody}, in the
 * article's language, with the evidence of every claim derived from it marked ({@code <mark>}) and linked to the
 * claim's page. Each marked span has the id {@link #anchor} of its claim, so the explorer links a claim to its place
 * in the article. Offsets are code points into the body, as {@code oa:start}/{@code oa:end} are; where the evidence
 * of two claims overlaps, the overlap links to the claim that starts first.
 * <pre>
 *   String html = new ArticleText(store, iris).render(articleIri);   // null when it has no body
 * </pre>
 */
public final class ArticleText {
    private static final Query BODY = QueryFactory.create("""
            PREFIX schema: <http://schema.org/>
            SELECT ?body WHERE { ?article schema:articleBody ?body } LIMIT 1
            """);
    private static final Query SPANS = QueryFactory.create("""
            PREFIX dg:   <https://w3id.org/diplograph/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            SELECT DISTINCT ?claim ?start ?end WHERE {
              ?statement prov:wasDerivedFrom ?article ; dg:claim ?claim .
              ?claim dg:evidence ?e . ?e oa:start ?start ; oa:end ?end .
            } ORDER BY ?start ?claim
            """);

    /** The evidence of one claim: code points {@code [start, end)} of the body. */
    record Span(Node claim, int start, int end) {}

    private final KnowledgeStore store;
    private final Iris iris;

    public ArticleText(KnowledgeStore store, Iris iris) {
        this.store = Objects.requireNonNull(store, "store");
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    /** The id of a claim's marked evidence in its article page: {@code claim-KEY-S-C} for {@code …/claim/KEY/S/C}. */
    public static String anchor(Node claim) {
        String iri = claim.getURI();
        int i = iri.indexOf("/claim/");
        String tail = i < 0 ? Integer.toHexString(iri.hashCode()) : iri.substring(i + "/claim/".length());
        return "claim-" + tail.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** The article's text with the evidence marked, or null when the store has no body for it. */
    public String render(Node article) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Node body = null;
            try (QueryExec exec = QueryExec.dataset(dsg).query(BODY).substitution("article", article).build()) {
                RowSet rs = exec.select();
                if (rs.hasNext()) body = rs.next().get("body");
            }
            if (body == null || !body.isLiteral()) return null;
            List<Span> spans = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(SPANS).substitution("article", article).build()) {
                RowSet rs = exec.select();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    spans.add(new Span(b.get("claim"), Integer.parseInt(b.get("start").getLiteralLexicalForm()),
                            Integer.parseInt(b.get("end").getLiteralLexicalForm())));
                }
            }
            return html(body.getLiteralLexicalForm(), body.getLiteralLanguage(), spans);
        });
    }

    /** The HTML of {@code text} in paragraphs with {@code spans} marked; spans outside the text are left out. */
    String html(String text, String lang, List<Span> spans) {
        int[] cps = text.codePoints().toArray();
        int n = cps.length;
        List<Span> valid = spans.stream().filter(s -> s.start() >= 0 && s.end() <= n && s.start() < s.end())
                .sorted(Comparator.comparingInt(Span::start).thenComparingInt(Span::end)).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, n));
        for (Span s : valid) { cuts.add(s.start()); cuts.add(s.end()); }
        for (int i = 0; i < n; i++) if (cps[i] == '\n') { cuts.add(i); cuts.add(i + 1); }
        String langAttr = lang == null || lang.isEmpty() ? " dir=\"auto\"" : " lang=\"" + ExploreHtml.esc(lang) + "\" dir=\"auto\"";
        StringBuilder b = new StringBuilder("<div class=\"article-text\"").append(langAttr).append(">\n<p>");
        boolean paragraphOpen = true;
        java.util.Set<Node> anchored = new java.util.HashSet<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                int a = from;
                if (cps[a] == '\n') {
                    if (paragraphOpen) b.append("</p>\n");
                    b.append("<p>");
                } else {
                    String segment = new String(cps, a, cut - a);
                    Span cover = null;
                    int covering = 0;
                    for (Span s : valid) if (s.start() <= a && cut <= s.end()) { covering++; if (cover == null) cover = s; }
                    if (cover == null) b.append(ExploreHtml.esc(segment));
                    else {
                        b.append("<a class=\"evidence\" href=\"").append(ExploreHtml.esc(idHref(cover.claim()))).append("\"");
                        if (anchored.add(cover.claim())) b.append(" id=\"").append(anchor(cover.claim())).append("\"");
                        b.append(" title=\"").append(covering > 1 ? covering + " claims" : "claim").append("\"><mark")
                         .append(covering > 1 ? " class=\"overlap\"" : "").append(">").append(ExploreHtml.esc(segment)).append("</mark></a>");
                    }
                }
            }
            from = cut;
        }
        b.append("</p>\n");
        // claims whose evidence started inside another claim's span have no anchor yet: give them one at their start
        for (Span s : valid)
            if (!anchored.contains(s.claim())) b.append("<span id=\"").append(anchor(s.claim())).append("\" hidden></span>\n");
        return b.append("</div>\n").toString().replace("<p></p>\n", "");
    }

    private String idHref(Node n) {
        return n.getURI().startsWith(iris.idNamespace()) ? "/id/" + n.getURI().substring(iris.idNamespace().length()) : n.getURI();
    }
}
