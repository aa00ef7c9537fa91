package org.diplograph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.diplograph.rdf.Iris;
import org.diplograph.store.KnowledgeStore;

/**
 * Dereferences the IRIs of things and serves the documents about them ({@link ThingPaths}).
 * <ul>
 *   <li>{@code GET /id/{path}} and {@code GET /concept/{path}} name things, not documents: 303 See Other to the
 *       document the {@code Accept} header chooses ({@link Conneg}, {@code Vary: Accept}), {@code /page/{path}} for
 *       HTML or {@code /data/{path}.ttl|.jsonld|.rdf|.nt}; 404 when no triple of the store has the IRI as subject
 *       or object, 406 when nothing offered is acceptable.</li>
 *   <li>{@code GET /page/{path}} (HTML, {@link EntityPage}) and {@code GET /data/{path}.{ext}} answer 200 with
 *       {@code ETag}, {@code Last-Modified} and {@code Cache-Control} from the store's version ({@link StoreVersion}),
 *       and 304 to a conditional GET for the version the client holds, without reading the store.</li>
 * </ul>
 * The description is read in one read transaction ({@link EntityDescription}).
 * <pre>
 *   curl -L -H 'Accept: text/turtle' http://localhost:3030/id/state/RUS    # 303 to /data/state/RUS.ttl
 * </pre>
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The paths this servlet answers. */
    static final List<String> PATHS = List.of("/id/*", "/concept/*", "/page/*", "/data/*");
    /** How long a client may reuse a redirect or a document without asking again. */
    static final String CACHE_CONTROL = "public, max-age=300";

    private final transient KnowledgeStore store;
    private final transient Iris iris;
    private final transient ThingPaths paths;
    private final transient EntityPage pages;
    private final transient StoreVersion version;

    LinkedDataServlet(KnowledgeStore store, Iris iris) {
        this.store = Objects.requireNonNull(store, "store");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.paths = new ThingPaths(iris);
        this.pages = new EntityPage(iris, paths, new org.diplograph.explore.ArticleText(store, iris),
                new org.diplograph.explore.EntityPanels(store, iris));
        this.version = new StoreVersion(store, Clock.systemUTC());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        switch (req.getServletPath()) {
            case "/page" -> document(req, resp, rest, Conneg.Representation.HTML);
            case "/data" -> data(req, resp, rest);
            default -> redirect(req, resp, rest);
        }
    }

    private void redirect(HttpServletRequest req, HttpServletResponse resp, String rest) throws IOException {
        vary(resp, "Accept");
        Conneg.Representation r = Conneg.choose(req.getHeader("Accept"), Conneg.ALL);
        if (r == null) {
            RdfResponses.notAcceptable(resp, Conneg.ALL);
            return;
        }
        Node thing = paths.thing(req.getServletPath(), rest);
        if (thing == null || !EntityDescription.exists(store, thing)) {
            String name = thing == null ? req.getServletPath() + "/" + rest : thing.getURI();
            RdfResponses.error(resp, HttpServletResponse.SC_NOT_FOUND, "no such thing: " + name, !r.isRdf());
            return;
        }
        RdfResponses.seeOther(resp, paths.document(thing, r), CACHE_CONTROL);
    }

    private void data(HttpServletRequest req, HttpServletResponse resp, String rest) throws IOException {
        int dot = rest.lastIndexOf('.');
        Conneg.Representation r = dot < 0 ? null : Conneg.Representation.ofExtension(rest.substring(dot + 1));
        if (r == null || !r.isRdf()) {
            RdfResponses.error(resp, HttpServletResponse.SC_NOT_FOUND, "no such document: /data/" + rest
                    + " (documents end in .ttl, .jsonld, .rdf or .nt)", false);
            return;
        }
        document(req, resp, rest.substring(0, dot), r);
    }

    private void document(HttpServletRequest req, HttpServletResponse resp, String rest, Conneg.Representation r)
            throws IOException {
        boolean html = r == Conneg.Representation.HTML;
        Node thing = paths.thingOfDocument(rest);
        if (thing == null || !EntityDescription.exists(store, thing)) {
            RdfResponses.error(resp, HttpServletResponse.SC_NOT_FOUND, "no such document: " + req.getRequestURI(), html);
            return;
        }
        Conneg.Choice label = new Conneg.Choice(r, r.mediaType);
        if (r == Conneg.Representation.NTRIPLES) {   // N-Triples is text/plain to clients that ask for that
            vary(resp, "Accept");
            Conneg.Choice asked = Conneg.negotiate(req.getHeader("Accept"), List.of(r));
            if (asked != null) label = asked;
        }
        StoreVersion.Stamp stamp = version.current();
        RdfResponses.Validators v = stamp == null ? new RdfResponses.Validators(null, null, CACHE_CONTROL)
                : new RdfResponses.Validators(stamp.etag(r.extension), stamp.since(), CACHE_CONTROL);
        if (RdfResponses.notModified(req, resp, v)) return;
        EntityDescription.Tables tables = !html ? EntityDescription.Tables.NONE
                : pages.hasClaimPanels(thing) ? EntityDescription.Tables.OWN : EntityDescription.Tables.ALL;
        EntityDescription d = EntityDescription.read(store, iris, thing, tables);
        if (d == null) {   // removed since the check above
            resp.setHeader("ETag", null);
            resp.setHeader("Last-Modified", null);
            RdfResponses.error(resp, HttpServletResponse.SC_NOT_FOUND, "no such document: " + req.getRequestURI(), html);
            return;
        }
        if (html) RdfResponses.html(resp, HttpServletResponse.SC_OK, pages.render(d));
        else RdfResponses.graph(resp, d.graph, label);
    }

    /** Adds {@code header} to the response's {@code Vary} (a CORS filter before us may have put {@code Origin} there). */
    static void vary(HttpServletResponse resp, String header) {
        String vary = resp.getHeader("Vary");
        if (vary == null || vary.isBlank()) resp.setHeader("Vary", header);
        else if (!vary.toLowerCase(java.util.Locale.ROOT).contains(header.toLowerCase(java.util.Locale.ROOT)))
            resp.setHeader("Vary", vary + ", " + header);
    }
}
