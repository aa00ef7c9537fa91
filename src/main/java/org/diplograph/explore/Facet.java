package org.diplograph.explore;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplograph.rdf.DGC;
import org.diplograph.rdf.Iris;

/**
 * A facet of the explorer: the URL parameter that selects its values, the SPARQL variable it binds, the triple
 * pattern that binds it (from the statement {@code ?statement}, its claim {@code ?claim} or its article
 * {@code ?article}), and how a URL value becomes an RDF term. Values of one facet are alternatives (OR); facets
 * narrow each other (AND).
 */
enum Facet {
    SPEAKER("speaker", "speaker", Kind.ID, "?statement prov:wasAttributedTo ?speaker .", "Speaker", "المتحدث"),
    STATE("state", "stateCode", Kind.CODE, "?statement dg:speakerCountryCode ?stateCode .", "Speaker's state", "دولة المتحدث"),
    SPEAKER_TYPE("type", "speakerType", Kind.concept("speaker-type"), "?statement dg:speakerType ?speakerType .", "Speaker type", "نوع المتحدث"),
    ROLE("role", "role", Kind.concept("role"), "?statement dg:speakerRole ?role .", "Speaker's role", "صفة المتحدث"),
    RELATION("relation", "relation", Kind.concept("relation"), "?claim dg:relationType ?relation .", "Relation", "العلاقة"),
    PARTICIPANT("participant", "participant", Kind.ID, "?claim dg:participant ?participant .", "Participant", "الطرف"),
    STANCE("stance", "stance", Kind.concept("stance"), "?claim dg:stance ?stance .", "Stance", "الموقف"),
    ACT("act", "act", Kind.concept("act"), "?claim dg:act ?act .", "Act", "الفعل"),
    OUTLET("outlet", "outlet", Kind.TEXT, "?article schema:publisher ?outlet .", "Outlet", "الوسيلة الإعلامية"),
    LANGUAGE("lang", "language", Kind.TEXT, "?article schema:inLanguage ?language .", "Language", "اللغة");

    /** How a URL value maps to a term. */
    record Kind(String name, String scheme) {
        static final Kind ID = new Kind("id", null);
        static final Kind CODE = new Kind("code", null);
        static final Kind TEXT = new Kind("text", null);

        static Kind concept(String scheme) { return new Kind("concept", scheme); }
    }

    private static final Pattern ID_PATH = Pattern.compile("(?:[A-Za-z0-9._~-]+/)*[A-Za-z0-9._~-]+(?:#[A-Za-z0-9._~-]+)?");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{2,12}");
    private static final Pattern CONCEPT_CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    final String param;
    final String var;
    final Kind kind;
    /** The triple pattern that binds {@link #var}; constant text, never user input. */
    final String pattern;
    final String labelEn;
    final String labelAr;

    Facet(String param, String var, Kind kind, String pattern, String labelEn, String labelAr) {
        this.param = param;
        this.var = var;
        this.kind = kind;
        this.pattern = pattern;
        this.labelEn = labelEn;
        this.labelAr = labelAr;
    }

    boolean onArticle() { return pattern.startsWith("?article"); }

    String label(String ui) { return ui.equals("ar") ? labelAr : labelEn; }

    /**
     * The RDF term of a URL value.
     *
     * @throws IllegalArgumentException when the value cannot be one of this facet's
     */
    Node term(String value, Iris iris) {
        if (value.isEmpty() || value.length() > 300) throw new IllegalArgumentException("invalid %s value: %s".formatted(param, value));
        switch (kind.name()) {
            case "id" -> {
                if (!ID_PATH.matcher(value).matches() || value.contains(".."))
                    throw new IllegalArgumentException("invalid %s: %s (expected a path under /id/, e.g. state/RUS)".formatted(param, value));
                return NodeFactory.createURI(iris.idNamespace() + value);
            }
            case "code" -> {
                if (!CODE.matcher(value).matches())
                    throw new IllegalArgumentException("invalid %s code: %s (expected e.g. RUS)".formatted(param, value));
                return NodeFactory.createLiteralString(value.toUpperCase(Locale.ROOT));
            }
            case "concept" -> {
                if (!CONCEPT_CODE.matcher(value).matches())
                    throw new IllegalArgumentException("invalid %s code: %s".formatted(param, value));
                return NodeFactory.createURI(DGC.NS + kind.scheme() + "/" + value);
            }
            default -> {
                return NodeFactory.createLiteralString(value);
            }
        }
    }

    /** The URL value of a term bound to this facet's variable, or null when it is not one this facet could take. */
    String value(Node term, Iris iris) {
        switch (kind.name()) {
            case "id" -> {
                if (!term.isURI() || !term.getURI().startsWith(iris.idNamespace())) return null;
                String v = term.getURI().substring(iris.idNamespace().length());
                return ID_PATH.matcher(v).matches() ? v : null;
            }
            case "concept" -> {
                String prefix = DGC.NS + kind.scheme() + "/";
                return term.isURI() && term.getURI().startsWith(prefix) ? term.getURI().substring(prefix.length()) : null;
            }
            default -> {
                return term.isLiteral() ? term.getLiteralLexicalForm() : null;
            }
        }
    }

    static Facet byParam(String param) {
        for (Facet f : values()) if (f.param.equals(param)) return f;
        return null;
    }
}
