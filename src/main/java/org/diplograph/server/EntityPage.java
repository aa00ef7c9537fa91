package org.diplograph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.explore.ArticleText;
import org.diplograph.explore.EntityPanels;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.SCHEMA;

/**
 * The HTML page of an entity, statement, article or concept: its labels (Arabic right-to-left), an article's text in
 * paragraphs with every claim's evidence marked and linked ({@link ArticleText}), the claims of a state, person or
 * institution as the explorer shows them (claims per month by stance, who speaks about whom, its newest claims with
 * their evidence; {@link EntityPanels}), types, properties with links to the
 * things this server resolves ({@code /id/…}, {@code /concept/…}, {@code /ontology#…}; other IRIs and URLs are links
 * only when they are http(s)), a section per hash IRI ({@code #evidence} with its text), and tables of the statements
 * by it, from it (an article) and the claims about it, each with evidence text, relation, stance and the article's
 * headline, date and link; every table cell has {@code dir="auto"}.
 */
final class EntityPage {
    private static final Node OA_EXACT = NodeFactory.createURI("http://www.w3.org/ns/oa#exact");
    private static final Node OA_START = NodeFactory.createURI("http://www.w3.org/ns/oa#start");
    private static final Node OA_END = NodeFactory.createURI("http://www.w3.org/ns/oa#end");

    private final Iris iris;
    private final ThingPaths paths;
    private final PrefixMapping prefixes;
    private final ArticleText articleText;
    private final EntityPanels claimPanels;

    /**
     * Pages that show an article's text with its evidence marked by {@code articleText}, and the claims of a state,
     * person or institution (timeline, who speaks about whom, newest claims) by {@code claimPanels}.
     */
    EntityPage(Iris iris, ThingPaths paths, ArticleText articleText, EntityPanels claimPanels) {
        this.iris = iris;
        this.paths = paths;
        this.prefixes = EntityDescription.prefixes(iris);
        this.articleText = articleText;
        this.claimPanels = claimPanels;
    }

    /** Whether the page of {@code entity} shows claim panels (it speaks or claims name it), which replace the long tables. */
    boolean hasClaimPanels(Node entity) {
        return claimPanels.shows(entity);
    }

    String render(EntityDescription d) {
        Node e = d.entity;
        String iri = e.getURI();
        StringBuilder b = new StringBuilder();
        List<Node> prefLabels = objects(d, SKOS.prefLabel.asNode());
        Node title = d.label(e);
        String titleText = title != null ? title.getLiteralLexicalForm() : iri.substring(iris.idNamespace().length());
        b.append("<h1>").append(title != null ? literal(title) : Html.esc(titleText)).append("</h1>\n");
        b.append("<p class=\"iri\"><code>").append(Html.esc(iri)).append("</code></p>\n");
        List<Node> types = objects(d, RDF.type.asNode());
        if (!types.isEmpty()) {
            b.append("<p>Types: ");
            for (int i = 0; i < types.size(); i++) b.append(i > 0 ? ", " : "").append(term(types.get(i), d));
            b.append("</p>\n");
        }
        if (!prefLabels.isEmpty()) {
            b.append("<h2>Names</h2>\n<ul class=\"labels\">\n");
            for (Node l : prefLabels) b.append("<li>").append(literal(l)).append(" <small>(").append(Html.esc(l.getLiteralLanguage())).append(")</small></li>\n");
            for (Node l : objects(d, SKOS.altLabel.asNode()))
                b.append("<li>").append(literal(l)).append(" <small>(").append(Html.esc(l.getLiteralLanguage())).append(", alternative)</small></li>\n");
            b.append("</ul>\n");
        }
        b.append(claimPanels.render(e, titleText));   // empty for what neither speaks nor is spoken about
        String text = d.graph.contains(e, SCHEMA.articleBody.asNode(), Node.ANY) ? articleText.render(e) : null;
        if (text != null) b.append("<h2>Text</h2>\n").append(text);   // the body, in paragraphs, evidence marked
        b.append(properties(d, text != null));
        b.append(fragments(d));
        table(b, "Statements by " + titleText, d.statementsBy, d, false);
        table(b, "Statements in this article", d.statementsFrom, d, true);
        table(b, "Statements by speakers of " + titleText, d.statementsOfState, d, true);
        table(b, "Claims about " + titleText, d.claimsAbout, d, true);
        StringBuilder alternates = new StringBuilder();
        for (Conneg.Representation r : Conneg.RDF)
            if (paths.data(e, r) != null)
                alternates.append("<link rel=\"alternate\" type=\"").append(r.mediaType).append("\" href=\"")
                          .append(Html.esc(paths.data(e, r))).append("\">\n");
        return Html.page(titleText, alternates.toString(), b.toString());
    }

    private String properties(EntityDescription d, boolean bodyShown) {
        // the body, when shown as the text above, is not repeated in the table
        String table = properties(d, d.entity, bodyShown ? Set.of(SCHEMA.articleBody.asNode()) : Set.of());
        return table.isEmpty() ? "" : "<h2>Properties</h2>\n" + table;
    }

    /**
     * A section for each hash IRI of the entity that the description holds ({@code …#evidence}, {@code …#speaker}),
     * with the fragment as its id, so that links to {@code /id/…#evidence} land on it; evidence shows its text.
     */
    private String fragments(EntityDescription d) {
        String prefix = d.entity.getURI() + "#";
        StringBuilder b = new StringBuilder();
        List<Node> hashIris = d.graph.find(d.entity, Node.ANY, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(o -> o.isURI() && o.getURI().startsWith(prefix)).toSet().stream()
                .sorted((x, y) -> x.getURI().compareTo(y.getURI())).toList();
        for (Node h : hashIris) {
            String fragment = h.getURI().substring(prefix.length());
            b.append("<section id=\"").append(Html.esc(fragment)).append("\">\n");
            b.append("<h2>").append(Html.esc(fragment.substring(0, 1).toUpperCase(Locale.ROOT) + fragment.substring(1)))
             .append("</h2>\n");
            List<Node> exact = d.graph.find(h, OA_EXACT, Node.ANY).mapWith(Triple::getObject).toList();
            if (!exact.isEmpty()) {
                for (Node text : exact) b.append("<blockquote class=\"evidence\" dir=\"auto\">").append(literal(text)).append("</blockquote>\n");
                Node start = first(d, h, OA_START);
                Node end = first(d, h, OA_END);
                if (start != null && end != null)
                    b.append("<p class=\"iri\">characters ").append(Html.esc(start.getLiteralLexicalForm())).append("–")
                     .append(Html.esc(end.getLiteralLexicalForm())).append(" of the article text (code points)</p>\n");
            }
            b.append(properties(d, h, Set.of(OA_EXACT, OA_START, OA_END)));   // the rest of the selector
            b.append("</section>\n");
        }
        return b.toString();
    }

    private static Node first(EntityDescription d, Node s, Node p) {
        List<Node> os = d.graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        return os.isEmpty() ? null : os.get(0);
    }

    /** A table of the properties of {@code subject} but labels, types and {@code shown}; empty when there are none. */
    private String properties(EntityDescription d, Node subject, Set<Node> shown) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        List<Triple> own = d.graph.find(subject, Node.ANY, Node.ANY).toList().stream()
                .sorted((a, c) -> a.getPredicate().getURI().compareTo(c.getPredicate().getURI())).toList();
        for (Triple t : own) {
            Node p = t.getPredicate();
            if (p.equals(RDF.type.asNode()) || p.equals(SKOS.prefLabel.asNode()) || p.equals(SKOS.altLabel.asNode())
                    || shown.contains(p)) continue;
            byPredicate.computeIfAbsent(p, k -> new ArrayList<>()).add(t.getObject());
        }
        if (byPredicate.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<table class=\"properties\">\n");
        byPredicate.forEach((p, os) -> {
            b.append("<tr><th>").append(term(p, d)).append("</th>");
            StringBuilder cell = new StringBuilder();
            for (int i = 0; i < os.size(); i++) cell.append(i > 0 ? "<br>" : "").append(value(os.get(i), d));
            b.append(Html.td(cell.toString())).append("</tr>\n");
        });
        return b.append("</table>\n").toString();
    }

    private void table(StringBuilder b, String heading, List<EntityDescription.Row> rows, EntityDescription d, boolean showSpeaker) {
        if (rows.isEmpty()) return;
        b.append("<h2>").append(Html.esc(heading)).append(" (").append(rows.size()).append(")</h2>\n");
        b.append("<table class=\"statements\">\n<tr><th>date</th>")
         .append(showSpeaker ? "<th>speaker</th>" : "")
         .append("<th>statement</th><th>relation</th><th>stance</th><th>evidence</th><th>article</th></tr>\n");
        for (EntityDescription.Row r : rows) {
            b.append("<tr>").append(Html.td(r.date() == null ? "" : Html.esc(r.date().getLiteralLexicalForm())));
            if (showSpeaker) b.append(Html.td(r.speaker() == null ? "" : value(r.speaker(), d)));
            b.append(Html.td(link(r.statement(), shortPath(r.statement())) + (r.cue() == null ? "" : " " + literal(r.cue()))));
            b.append(Html.td(r.relation() == null ? "" : value(r.relation(), d)));
            b.append(Html.td(r.stance() == null ? "" : value(r.stance(), d)));
            b.append(Html.td(r.evidence() == null ? "" : literal(r.evidence())));
            StringBuilder article = new StringBuilder();
            if (r.article() != null)
                article.append(link(r.article(), r.headline() == null ? shortPath(r.article()) : r.headline().getLiteralLexicalForm(),
                        r.headline() == null ? null : r.headline().getLiteralLanguage()));
            if (r.url() != null) article.append(" ").append(source(r.url()));
            b.append(Html.td(article.toString())).append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private List<Node> objects(EntityDescription d, Node p) {
        return d.graph.find(d.entity, p, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .sorted((a, c) -> a.toString().compareTo(c.toString())).toList();
    }

    /** The article's source: a link when it is an http(s) URL, else the text alone (never a {@code javascript:} link). */
    private static String source(Node url) {
        String text = url.isLiteral() ? url.getLiteralLexicalForm() : url.isURI() ? url.getURI() : url.toString();
        String href = Html.httpHref(text);
        if (href == null) return "<span class=\"iri\" title=\"not an http(s) URL\">" + Html.esc(text) + "</span>";
        return "<a href=\"" + Html.esc(href) + "\" rel=\"nofollow noopener noreferrer\">source ↗</a>";
    }

    /** A predicate or class: its prefixed name, linked to the ontology page for dg: terms, else to the http(s) IRI. */
    private String term(Node n, EntityDescription d) {
        if (!n.isURI()) return Html.esc(n.toString());
        String shortName = prefixes.shortForm(n.getURI());
        if (n.getURI().startsWith(DG.NS))
            return "<a href=\"/ontology#" + Html.esc(n.getURI().substring(DG.NS.length())) + "\">" + Html.esc(shortName) + "</a>";
        String href = Html.httpHref(n.getURI());
        if (href == null) return "<span title=\"" + Html.esc(n.getURI()) + "\">" + Html.esc(shortName) + "</span>";
        return "<a href=\"" + Html.esc(href) + "\" title=\"" + Html.esc(n.getURI()) + "\">" + Html.esc(shortName) + "</a>";
    }

    /** An object: a literal in its language, or an IRI as a link labelled with its name. */
    private String value(Node n, EntityDescription d) {
        if (n.isLiteral()) return literal(n);
        if (!n.isURI()) return Html.esc(n.toString());
        Node label = d.label(n);
        String text = label != null ? label.getLiteralLexicalForm() : prefixes.shortForm(n.getURI());
        String lang = label != null ? label.getLiteralLanguage() : null;
        return link(n, text, lang);
    }

    private String link(Node n, String text) { return link(n, text, null); }

    /**
     * A link to a thing: to where this server resolves it ({@code /id/…} with its fragment, {@code /concept/…},
     * {@code /ontology#…}), else to the IRI itself when it is http(s); any other IRI is shown, not linked.
     */
    private String link(Node n, String text, String lang) {
        String iri = n.getURI();
        int hash = iri.indexOf('#');
        String local = paths.local(NodeFactory.createURI(hash < 0 ? iri : iri.substring(0, hash)));
        String href = local != null ? local + (hash < 0 ? "" : iri.substring(hash))
                : iri.startsWith(DG.NS) ? "/ontology#" + iri.substring(DG.NS.length()) : Html.httpHref(iri);
        String inner = lang == null || lang.isEmpty() ? Html.esc(text) : Html.text(text, lang);
        if (href == null) return "<span title=\"" + Html.esc(iri) + "\">" + inner + "</span>";
        return "<a href=\"" + Html.esc(href) + "\" title=\"" + Html.esc(iri) + "\">" + inner + "</a>";
    }

    private String shortPath(Node n) {
        String iri = n.getURI();
        return iri.startsWith(iris.idNamespace()) ? iri.substring(iris.idNamespace().length()) : iri;
    }

    private static String literal(Node l) {
        String lang = l.getLiteralLanguage();
        return Html.text(l.getLiteralLexicalForm(), lang == null || lang.isEmpty() ? null : lang);
    }
}
