package org.diplograph.rdf;

import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.diplograph.model.Act;
import org.diplograph.model.Relation;
import org.diplograph.model.Role;
import org.diplograph.model.SpeakerType;
import org.diplograph.model.Stance;

/**
 * SKOS concepts and schemes of {@code ontology/concepts.ttl} and {@code ontology/cameo.ttl}, namespace {@code dgc:}.
 * A concept's IRI is {@code dgc:{scheme}/{code}}; its {@code skos:notation} is the code.
 */
public final class DGC {
    private DGC() {}

    /** The namespace {@code https://w3id.org/diplograph/concept/}. */
    public static final String NS = "https://w3id.org/diplograph/concept/";

    public static String getURI() { return NS; }

    public static final Resource relationScheme = scheme("relation");
    public static final Resource stanceScheme = scheme("stance");
    public static final Resource actScheme = scheme("act");
    public static final Resource roleScheme = scheme("role");
    public static final Resource speakerTypeScheme = scheme("speaker-type");
    public static final Resource cameoScheme = scheme("cameo");
    public static final Resource ploverScheme = scheme("plover");

    private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");
    private static final Pattern PLOVER = Pattern.compile("[A-Z]+");

    private static Resource scheme(String name) { return ResourceFactory.createResource(NS + name); }

    private static Resource concept(String scheme, String code) {
        return ResourceFactory.createResource(NS + scheme + "/" + code);
    }

    public static Resource relation(Relation r) { return concept("relation", r.code()); }

    public static Resource stance(Stance s) { return concept("stance", s.code()); }

    public static Resource act(Act a) { return concept("act", a.code()); }

    public static Resource role(Role r) { return concept("role", r.code()); }

    public static Resource speakerType(SpeakerType t) { return concept("speaker-type", t.code()); }

    /** The CAMEO concept of a code such as {@code 051} or {@code 1312}. */
    public static Resource cameo(String code) {
        if (code == null || !CAMEO.matcher(code).matches())
            throw new IllegalArgumentException("invalid CAMEO code '%s'".formatted(code));
        return concept("cameo", code);
    }

    /** The PLOVER concept of a category such as {@code SUPPORT}. */
    public static Resource plover(String category) {
        if (category == null || !PLOVER.matcher(category).matches())
            throw new IllegalArgumentException("invalid PLOVER category '%s'".formatted(category));
        return concept("plover", category);
    }
}
