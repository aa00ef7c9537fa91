package org.diplograph.server;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplograph.rdf.DGC;
import org.diplograph.rdf.Iris;

/**
 * Where things and the documents about them live on the server. A thing keeps its IRI: {@code {base}id/{path}} is
 * served at {@code /id/{path}}, a concept {@code dgc:{path}} (a fixed namespace, {@value DGC#NS}) at
 * {@code /concept/{path}}. Those answer 303 See Other to a document: {@code /page/{path}} (HTML) or
 * {@code /data/{path}.ttl|.jsonld|.rdf|.nt}, with {@code concept/} in front of a concept's path
 * ({@code /page/concept/role/spokesperson}). {@link Iris} mints no {@code id/concept/…} IRI, so the two never meet.
 * <pre>
 *   paths.page(iris.state("RUS"));                                // "/page/state/RUS"
 *   paths.data(DGC.role(Role.SPOKESPERSON).asNode(), TURTLE);     // "/data/concept/role/spokesperson.ttl"
 * </pre>
 */
final class ThingPaths {
    static final String ID = "/id/";
    static final String CONCEPT = "/concept/";
    static final String PAGE = "/page/";
    static final String DATA = "/data/";
    private static final String CONCEPT_DOC = "concept/";
    /** The characters of the paths that {@link Iris} and the concept schemes use; anything else names nothing of ours. */
    private static final Pattern PATH = Pattern.compile("(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*/)*[A-Za-z0-9_~-][A-Za-z0-9._~-]*");

    private final String idNamespace;

    ThingPaths(Iris iris) {
        this.idNamespace = Objects.requireNonNull(iris, "iris").idNamespace();
    }

    /** The thing named by a request to {@code /id/…} or {@code /concept/…} ({@code servletPath} and the rest), or null. */
    Node thing(String servletPath, String rest) {
        if (rest == null || !PATH.matcher(rest).matches()) return null;
        return switch (servletPath + "/") {
            case ID -> NodeFactory.createURI(idNamespace + rest);
            case CONCEPT -> NodeFactory.createURI(DGC.NS + rest);
            default -> null;
        };
    }

    /** The thing a document path names ({@code state/RUS} or {@code concept/role/x}, no extension), or null. */
    Node thingOfDocument(String documentPath) {
        if (documentPath == null || !PATH.matcher(documentPath).matches()) return null;
        if (documentPath.startsWith(CONCEPT_DOC)) return NodeFactory.createURI(DGC.NS + documentPath.substring(CONCEPT_DOC.length()));
        return NodeFactory.createURI(idNamespace + documentPath);
    }

    /** The local path of a thing ({@code /id/state/RUS}, {@code /concept/role/x}), or null when it is not served here. */
    String local(Node thing) {
        String rest = rest(thing);
        if (rest == null) return null;
        return (isConcept(thing) ? CONCEPT : ID) + rest;
    }

    /** The HTML document about a thing, or null when it is not served here. */
    String page(Node thing) {
        String doc = document(thing);
        return doc == null ? null : PAGE + doc;
    }

    /** The RDF document about a thing in {@code r}, or null when it is not served here. */
    String data(Node thing, Conneg.Representation r) {
        if (!r.isRdf()) throw new IllegalArgumentException("not an RDF representation: " + r);
        String doc = document(thing);
        return doc == null ? null : DATA + doc + "." + r.extension;
    }

    /** The document for {@code r}: {@link #page} for HTML, else {@link #data}. */
    String document(Node thing, Conneg.Representation r) {
        return r.isRdf() ? data(thing, r) : page(thing);
    }

    private String document(Node thing) {
        String rest = rest(thing);
        if (rest == null) return null;
        return isConcept(thing) ? CONCEPT_DOC + rest : rest;
    }

    private static boolean isConcept(Node thing) { return thing.getURI().startsWith(DGC.NS); }

    private String rest(Node thing) {
        if (thing == null || !thing.isURI()) return null;
        String iri = thing.getURI();
        String rest = iri.startsWith(idNamespace) ? iri.substring(idNamespace.length())
                : iri.startsWith(DGC.NS) ? iri.substring(DGC.NS.length()) : null;
        return rest != null && PATH.matcher(rest).matches() ? rest : null;
    }
}
