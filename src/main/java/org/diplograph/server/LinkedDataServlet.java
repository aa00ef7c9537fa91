package org.diplograph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplograph.rdf.Iris;
import org.diplograph.store.KnowledgeStore;

/**
 * Dereferences the IRIs of things: {@code GET /id/{path}} describes {@code {base}id/{path}} as HTML, Turtle, JSON-LD
 * or N-Triples, chosen by the {@code Accept} header ({@code Vary: Accept}); 404 when the store does not mention the
 * IRI, 406 when no representation is acceptable. The description is read in one read transaction
 * ({@link EntityDescription}).
 * <pre>
 *   curl -H 'Accept: text/turtle' http://localhost:3030/id/state/RUS
 * </pre>
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The characters of the IRI paths that {@link Iris} mints; anything else cannot name a thing of ours. */
    private static final Pattern PATH = Pattern.compile("(?:[A-Za-z0-9._~-]+/)*[A-Za-z0-9._~-]+");

    private final transient KnowledgeStore store;
    private final transient Iris iris;
    private final transient EntityPage pages;

    LinkedDataServlet(KnowledgeStore store, Iris iris) {
        this.store = Objects.requireNonNull(store, "store");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.pages = new EntityPage(iris, new org.diplograph.explore.ArticleText(store, iris));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Conneg.Representation r = Conneg.choose(req.getHeader("Accept"), Conneg.ALL);
        if (r == null) {
            RdfResponses.notAcceptable(resp, Conneg.ALL);
            return;
        }
        boolean html = r == Conneg.Representation.HTML;
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (!PATH.matcher(path).matches() || path.contains("..")) {
            RdfResponses.error(resp, HttpServletResponse.SC_NOT_FOUND, "no such thing: /id/" + path, html);
            return;
        }
        Node entity = NodeFactory.createURI(iris.idNamespace() + path);
        EntityDescription d = EntityDescription.read(store, iris, entity);
        if (d == null) {
            RdfResponses.error(resp, HttpServletResponse.SC_NOT_FOUND, "no such thing: " + entity.getURI(), html);
            return;
        }
        if (html) RdfResponses.html(resp, HttpServletResponse.SC_OK, pages.render(d));
        else RdfResponses.graph(resp, d.graph, r);
    }
}
