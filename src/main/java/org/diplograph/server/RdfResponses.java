package org.diplograph.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/** Writes answers of the linked-data servlets: a graph in an RDF representation, an HTML page, an error. */
final class RdfResponses {
    private RdfResponses() {}

    /** Writes {@code graph} as {@code r} (an RDF representation) with status 200. */
    static void graph(HttpServletResponse resp, Graph graph, Conneg.Representation r) throws IOException {
        RDFFormat format = switch (r) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case JSONLD -> RDFFormat.JSONLD11;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            case HTML -> throw new IllegalArgumentException("not an RDF representation: " + r);
        };
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(r.mediaType + (r == Conneg.Representation.JSONLD ? "" : "; charset=utf-8"));
        resp.setCharacterEncoding("utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFWriter.source(graph).format(format).output(out);
        }
    }

    /** Writes an HTML page with {@code status}. */
    static void html(HttpServletResponse resp, int status, String page) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }

    /** A short error answer: HTML when the client wants HTML, plain text otherwise. */
    static void error(HttpServletResponse resp, int status, String message, boolean html) throws IOException {
        if (html) {
            html(resp, status, Html.page(message, "", "<h1>" + Html.esc(message) + "</h1>"));
            return;
        }
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        byte[] bytes = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }

    /** 406 with the media types on offer. */
    static void notAcceptable(HttpServletResponse resp, java.util.List<Conneg.Representation> offers) throws IOException {
        StringBuilder types = new StringBuilder();
        for (Conneg.Representation r : offers) types.append(types.length() == 0 ? "" : ", ").append(r.mediaType);
        error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "not acceptable; this resource is available as " + types, false);
    }
}
