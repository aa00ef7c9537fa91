package org.diplograph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/**
 * Writes answers of the linked-data servlets: a graph in an RDF representation, an HTML page, a redirect, an error;
 * and answers conditional requests from a document's validators.
 */
final class RdfResponses {
    private RdfResponses() {}

    /**
     * The Content-Security-Policy of the generated HTML pages: no script at all, the page's own inline stylesheet,
     * links and images only from this origin, no framing, no forms, no {@code <base>}.
     */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** Cache validators and freshness of one document. */
    record Validators(String etag, Instant lastModified, String cacheControl) {}

    /**
     * Sets the validators on the response and, when the request's {@code If-None-Match} (else {@code If-Modified-Since})
     * says the client holds this version, answers 304 Not Modified.
     *
     * @return true when 304 was sent and nothing more must be written
     */
    static boolean notModified(HttpServletRequest req, HttpServletResponse resp, Validators v) {
        if (v == null) return false;
        if (v.etag() != null) resp.setHeader("ETag", v.etag());
        if (v.lastModified() != null) resp.setDateHeader("Last-Modified", v.lastModified().toEpochMilli());
        if (v.cacheControl() != null) resp.setHeader("Cache-Control", v.cacheControl());
        String ifNoneMatch = req.getHeader("If-None-Match");
        boolean same;
        if (ifNoneMatch != null) {
            same = v.etag() != null && matches(ifNoneMatch, v.etag());
        } else {
            long since;
            try {
                since = req.getDateHeader("If-Modified-Since");
            } catch (IllegalArgumentException e) {
                since = -1;   // RFC 9110 §13.1.3: an invalid date is ignored
            }
            same = since >= 0 && v.lastModified() != null && v.lastModified().toEpochMilli() <= since;
        }
        if (same) resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return same;
    }

    /** Weak comparison (RFC 9110 §8.8.3.2) of an {@code If-None-Match} list with {@code etag}. */
    static boolean matches(String ifNoneMatch, String etag) {
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String t : ifNoneMatch.split(",")) {
            String tag = t.strip();
            if (tag.equals("*")) return true;
            if (tag.startsWith("W/")) tag = tag.substring(2);
            if (tag.equals(opaque)) return true;
        }
        return false;
    }

    /** Writes {@code graph} as {@code r} (an RDF representation, labelled with its canonical media type) with status 200. */
    static void graph(HttpServletResponse resp, Graph graph, Conneg.Representation r) throws IOException {
        graph(resp, graph, new Conneg.Choice(r, r.mediaType));
    }

    /** Writes {@code graph} in the chosen RDF representation, labelled with the chosen media type, with status 200. */
    static void graph(HttpServletResponse resp, Graph graph, Conneg.Choice c) throws IOException {
        bytes(resp, c, serialise(graph, c.representation()));
    }

    /** Writes bytes already serialised in the chosen representation, with status 200. */
    static void bytes(HttpServletResponse resp, Conneg.Choice c, byte[] content) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        write(resp, c.mediaType() + (c.representation() == Conneg.Representation.JSONLD ? "" : "; charset=utf-8"), content);
    }

    /** {@code graph} in an RDF representation, as bytes. */
    static byte[] serialise(Graph graph, Conneg.Representation r) {
        RDFFormat format = switch (r) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case JSONLD -> RDFFormat.JSONLD11;
            case RDFXML -> RDFFormat.RDFXML_PLAIN;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            case HTML -> throw new IllegalArgumentException("not an RDF representation: " + r);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(format).output(out);
        return out.toByteArray();
    }

    /** Writes an HTML page with {@code status} and {@link #PAGE_POLICY}. */
    static void html(HttpServletResponse resp, int status, String page) throws IOException {
        resp.setStatus(status);
        resp.setHeader("Content-Security-Policy", PAGE_POLICY);
        write(resp, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    /** 303 See Other to {@code location} (a path on this server). */
    static void seeOther(HttpServletResponse resp, String location, String cacheControl) {
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", location);
        if (cacheControl != null) resp.setHeader("Cache-Control", cacheControl);
    }

    /** A short error answer: HTML when the client wants HTML, plain text otherwise. */
    static void error(HttpServletResponse resp, int status, String message, boolean html) throws IOException {
        if (html) {
            html(resp, status, Html.page(message, "", "<h1>" + Html.esc(message) + "</h1>"));
            return;
        }
        resp.setStatus(status);
        write(resp, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** 406 with the media types on offer. */
    static void notAcceptable(HttpServletResponse resp, List<Conneg.Representation> offers) throws IOException {
        StringBuilder types = new StringBuilder();
        for (Conneg.Representation r : offers)
            for (String t : r.mediaTypes) types.append(types.length() == 0 ? "" : ", ").append(t);
        error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "not acceptable; this resource is available as " + types, false);
    }

    private static void write(HttpServletResponse resp, String contentType, byte[] bytes) throws IOException {
        resp.setContentType(contentType);
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }
}
