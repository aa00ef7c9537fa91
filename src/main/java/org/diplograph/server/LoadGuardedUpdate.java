package org.diplograph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

/**
 * SPARQL Update with {@code LOAD} restricted: {@code LOAD} of a {@code file:} IRI (or any scheme but http and https)
 * is always refused, since it reads the server's files; {@code LOAD} of an http(s) IRI only when the IRI starts with
 * one of the allowed sources ({@code --allow-load-from}), since it makes the server fetch from any host it can reach.
 * A refused request changes nothing (403, one line saying which IRI and why).
 */
final class LoadGuardedUpdate extends SPARQL_Update {
    private static final String BASE = "http://server/unset-base/";
    private final List<String> allowedSources;

    /** @param allowedSources http(s) IRI prefixes LOAD may read from; see {@link #checkSource(String)} */
    LoadGuardedUpdate(List<String> allowedSources) {
        this.allowedSources = allowedSources.stream().map(LoadGuardedUpdate::normaliseSource).toList();
    }

    /**
     * An allowed source as a prefix: an absolute http(s) IRI; one without a path gets {@code /}, so
     * {@code https://data.example.org} does not allow {@code https://data.example.org.evil.net/}.
     *
     * @throws IllegalArgumentException when it is not an absolute http(s) IRI with a host
     */
    static String normaliseSource(String source) {
        URI uri;
        try {
            uri = new URI(source);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an IRI: " + source, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null)
            throw new IllegalArgumentException("a LOAD source must be an http or https IRI with a host: " + source);
        return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? source + "/" : source;
    }

    /** Why LOAD of {@code iri} is refused, or null when it is allowed. */
    String checkSource(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://"))
            return "LOAD <%s> is refused: this server never loads from %s IRIs".formatted(iri,
                    lower.contains(":") ? lower.substring(0, lower.indexOf(':') + 1) : "relative");
        for (String allowed : allowedSources)
            if (iri.startsWith(allowed)) return null;
        return allowedSources.isEmpty()
                ? "LOAD <%s> is refused: this server loads from no remote source (serve --allow-load-from IRI)".formatted(iri)
                : "LOAD <%s> is refused: not under a source given with --allow-load-from".formatted(iri);
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the update request", e);
        }
        UpdateRequest request = null;
        try {
            request = UpdateFactory.create(new String(body, StandardCharsets.UTF_8), BASE, Syntax.syntaxARQ);
        } catch (QueryParseException | UpdateException e) {
            // Not ours to report: the normal path parses it again and answers 400 with Fuseki's message.
        }
        if (request != null)
            for (Update u : request.getOperations())
                if (u instanceof UpdateLoad load) {
                    String refusal = checkSource(load.getSource());
                    if (refusal != null) {
                        action.log.warn("[{}] {}", action.id, refusal);
                        ServletOps.error(HttpSC.FORBIDDEN_403, refusal);
                    }
                }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
