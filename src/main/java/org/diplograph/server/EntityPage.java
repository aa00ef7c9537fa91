package org.diplograph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.explore.ArticleText;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.SCHEMA;

/**
 * The HTML page of an entity, statement or article: its labels (Arabic right-to-left), an article's text in paragraphs
 * with every claim's evidence marked and linked ({@link ArticleText}), types, properties with
 * links to other {@code /id/} pages, and tables of the statements by it, from it (an article) and the claims about it,
 * each with evidence text, relation, stance and the article's headline, date and link.
 */
final class EntityPage {
    private final Iris iris;
    private final PrefixMapping prefixes;
    private final ArticleText articleText;

    /** Pages that show an article's text with its evidence marked by {@code articleText}. */
    EntityPage(Iris iris, ArticleText articleText) {
        this.iris = iris;
        this.prefixes = EntityDescription.prefixes(iris);
        this.articleText = articleText;
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
        String text = d.graph.contains(e, SCHEMA.articleBody.asNode(), Node.ANY) ? articleText.render(e) : null;
        if (text != null) b.append("<h2>Text</h2>\n").append(text);   // the body, in paragraphs, evidence marked
        b.append(properties(d, text != null));
        table(b, "Statements by " + titleText, d.statementsBy, d, false);
        table(b, "Statements in this article", d.statementsFrom, d, true);
        table(b, "Statements by speakers of " + titleText, d.statementsOfState, d, true);
        table(b, "Claims about " + titleText, d.claimsAbout, d, true);
        String local = "/id/" + iri.substring(iris.idNamespace().length());
        String alternates = """
                <link rel="alternate" type="text/turtle" href="%1$s">
                <link rel="alternate" type="application/ld+json" href="%1$s">
                """.formatted(Html.esc(local));
        return Html.page(titleText, alternates, b.toString());
    }

    private String properties(EntityDescription d, boolean bodyShown) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        List<Triple> own = d.graph.find(d.entity, Node.ANY, Node.ANY).toList().stream()
                .sorted((a, c) -> a.getPredicate().getURI().compareTo(c.getPredicate().getURI())).toList();
        for (Triple t : own) {
            Node p = t.getPredicate();
            if (p.equals(RDF.type.asNode()) || p.equals(SKOS.prefLabel.asNode()) || p.equals(SKOS.altLabel.asNode())) continue;
            if (bodyShown && p.equals(SCHEMA.articleBody.asNode())) continue;   // shown as the text above
            byPredicate.computeIfAbsent(p, k -> new ArrayList<>()).add(t.getObject());
        }
        if (byPredicate.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<h2>Properties</h2>\n<table class=\"properties\">\n");
        byPredicate.forEach((p, os) -> {
            b.append("<tr><th>").append(term(p, d)).append("</th><td>");
            for (int i = 0; i < os.size(); i++) b.append(i > 0 ? "<br>" : "").append(value(os.get(i), d));
            b.append("</td></tr>\n");
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
            b.append("<tr><td>").append(r.date() == null ? "" : Html.esc(r.date().getLiteralLexicalForm())).append("</td>");
            if (showSpeaker) b.append("<td>").append(r.speaker() == null ? "" : value(r.speaker(), d)).append("</td>");
            b.append("<td>").append(link(r.statement(), shortPath(r.statement()))).append(r.cue() == null ? "" : " " + literal(r.cue())).append("</td>");
            b.append("<td>").append(r.relation() == null ? "" : value(r.relation(), d)).append("</td>");
            b.append("<td>").append(r.stance() == null ? "" : value(r.stance(), d)).append("</td>");
            b.append("<td>").append(r.evidence() == null ? "" : literal(r.evidence())).append("</td>");
            b.append("<td>");
            if (r.article() != null)
                b.append(link(r.article(), r.headline() == null ? shortPath(r.article()) : r.headline().getLiteralLexicalForm(),
                        r.headline() == null ? null : r.headline().getLiteralLanguage()));
            if (r.url() != null)
                b.append(" <a href=\"").append(Html.esc(r.url().getLiteralLexicalForm())).append("\" rel=\"nofollow\">source ↗</a>");
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private List<Node> objects(EntityDescription d, Node p) {
        return d.graph.find(d.entity, p, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .sorted((a, c) -> a.toString().compareTo(c.toString())).toList();
    }

    /** A predicate or class: its prefixed name, linked to the ontology page for dg: terms. */
    private String term(Node n, EntityDescription d) {
        if (!n.isURI()) return Html.esc(n.toString());
        String shortName = prefixes.shortForm(n.getURI());
        if (n.getURI().startsWith(DG.NS))
            return "<a href=\"/ontology#" + Html.esc(n.getURI().substring(DG.NS.length())) + "\">" + Html.esc(shortName) + "</a>";
        return "<a href=\"" + Html.esc(n.getURI()) + "\" title=\"" + Html.esc(n.getURI()) + "\">" + Html.esc(shortName) + "</a>";
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

    private String link(Node n, String text, String lang) {
        String iri = n.getURI();
        String href = iri.startsWith(iris.idNamespace()) ? "/id/" + iri.substring(iris.idNamespace().length())
                : iri.startsWith(DG.NS) ? "/ontology#" + iri.substring(DG.NS.length()) : iri;
        String inner = lang == null || lang.isEmpty() ? Html.esc(text) : Html.text(text, lang);
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
