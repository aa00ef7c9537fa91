package org.diplograph.rdf;

import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Lexicon entries that are not things of the world, namespace {@code dgl:}: institution kinds
 * ({@code dgl:institution/foreign-ministry}) and the CAMEO coding rules of {@code ontology/cameo.ttl}.
 */
public final class DGL {
    private DGL() {}

    /** The namespace {@code https://w3id.org/diplograph/lexicon/}. */
    public static final String NS = "https://w3id.org/diplograph/lexicon/";

    /** A lexicon key: lower-case ASCII words joined by hyphens. */
    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public static String getURI() { return NS; }

    /** The institution kind entry {@code dgl:institution/{kind}}, e.g. {@code foreign-ministry}. */
    public static Resource institutionKind(String kind) {
        if (kind == null || !KEY.matcher(kind).matches())
            throw new IllegalArgumentException("invalid institution kind '%s' (expected e.g. foreign-ministry)".formatted(kind));
        return ResourceFactory.createResource(NS + "institution/" + kind);
    }
}
