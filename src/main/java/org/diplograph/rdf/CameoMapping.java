package org.diplograph.rdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.model.Act;
import org.diplograph.model.Relation;

/**
 * The CAMEO code and PLOVER category of a claim, from its act and relation, as the coding table of
 * {@code ontology/cameo.ttl} says (the one source of truth): the rule for (act, relation) if there is one,
 * else the rule for (act, any relation), else the default rule (CAMEO 010, make public statement).
 * <pre>
 *   CameoMapping cameo = CameoMapping.fromFile(Path.of("ontology/cameo.ttl"));
 *   cameo.code(Act.CONDEMN, Relation.CONFLICT);   // Coding[cameo=111, label=Criticize or denounce, plover=ACCUSE]
 * </pre>
 */
public final class CameoMapping {
    /** Where {@link #fromClasspath()} looks. */
    public static final String RESOURCE = "/ontology/cameo.ttl";

    /**
     * One row of the table.
     *
     * @param cameo  CAMEO code, e.g. {@code 051}
     * @param label  CAMEO label, e.g. {@code Praise or endorse}
     * @param plover PLOVER category, e.g. {@code SUPPORT}, or null where PLOVER has none (CAMEO 01 and 02)
     */
    public record Coding(String cameo, String label, String plover) {
        public Coding {
            Objects.requireNonNull(cameo, "cameo");
            Objects.requireNonNull(label, "label");
        }

        public Optional<String> ploverCategory() { return Optional.ofNullable(plover); }

        /** The CAMEO concept {@code dgc:cameo/{code}}. */
        public Resource cameoConcept() { return DGC.cameo(cameo); }

        /** The PLOVER concept {@code dgc:plover/{CATEGORY}}, if any. */
        public Optional<Resource> ploverConcept() { return ploverCategory().map(DGC::plover); }
    }

    private record Key(Act act, Relation relation) {}

    private final Map<Key, Coding> specific;
    private final Map<Act, Coding> byAct;
    private final Coding fallback;

    private CameoMapping(Map<Key, Coding> specific, Map<Act, Coding> byAct, Coding fallback) {
        this.specific = Map.copyOf(specific);
        this.byAct = Map.copyOf(byAct);
        this.fallback = fallback;
    }

    /** The table of {@code /ontology/cameo.ttl} on the classpath (packaged in the jar). */
    public static CameoMapping fromClasspath() {
        Model m = ModelFactory.createDefaultModel();
        BundledTurtle.read(RESOURCE, DGC.NS, m.getGraph());
        return fromModel(m);
    }

    /** The table of a {@code cameo.ttl} file. */
    public static CameoMapping fromFile(Path cameoTtl) {
        if (!Files.isReadable(cameoTtl))
            throw new IllegalArgumentException("cannot read CAMEO table '%s'".formatted(cameoTtl));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(cameoTtl).lang(Lang.TURTLE).parse(m);
        return fromModel(m);
    }

    /**
     * The table held by a model (the contents of {@code cameo.ttl}, possibly with more).
     *
     * @throws IllegalArgumentException if the table has no default rule, two rules for one key, or a rule whose
     *                                  CAMEO concept lacks a notation or label
     */
    public static CameoMapping fromModel(Model m) {
        Map<Key, Coding> specific = new HashMap<>();
        Map<Act, Coding> byAct = new EnumMap<>(Act.class);
        Coding fallback = null;
        for (Resource rule : m.listResourcesWithProperty(RDF.type, DG.CameoRule).toList()) {
            Coding coding = coding(m, rule);
            Act act = concept(rule, DG.actValue, "act/").map(Act::ofCode).orElse(null);
            Relation relation = concept(rule, DG.relation, "relation/").map(Relation::ofCode).orElse(null);
            if (act == null && relation == null) {
                if (fallback != null) throw duplicate(rule);
                fallback = coding;
            } else if (act == null) {
                throw new IllegalArgumentException("CAMEO rule %s has a relation but no act".formatted(rule));
            } else if (relation == null) {
                if (byAct.put(act, coding) != null) throw duplicate(rule);
            } else if (specific.put(new Key(act, relation), coding) != null) {
                throw duplicate(rule);
            }
        }
        if (fallback == null)
            throw new IllegalArgumentException("the CAMEO table has no default rule (a dg:CameoRule without act or relation)");
        return new CameoMapping(specific, byAct, fallback);
    }

    /** The coding of a claim with this act and relation. */
    public Coding code(Act act, Relation relation) {
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(relation, "relation");
        Coding c = specific.get(new Key(act, relation));
        if (c != null) return c;
        return byAct.getOrDefault(act, fallback);
    }

    /** Number of rules, default included. */
    public int size() { return specific.size() + byAct.size() + 1; }

    private static IllegalArgumentException duplicate(Resource rule) {
        return new IllegalArgumentException("CAMEO rule %s repeats the act and relation of another rule".formatted(rule));
    }

    private static Optional<String> concept(Resource rule, org.apache.jena.rdf.model.Property p, String schemePath) {
        Statement s = rule.getProperty(p);
        if (s == null) return Optional.empty();
        String iri = s.getResource().getURI();
        String prefix = DGC.NS + schemePath;
        if (iri == null || !iri.startsWith(prefix))
            throw new IllegalArgumentException("CAMEO rule %s: %s is not a concept under %s".formatted(rule, iri, prefix));
        return Optional.of(iri.substring(prefix.length()));
    }

    private static Coding coding(Model m, Resource rule) {
        Statement s = rule.getProperty(DG.cameoCode);
        if (s == null) throw new IllegalArgumentException("CAMEO rule %s has no dg:cameoCode".formatted(rule));
        Resource cameo = s.getResource();
        String code = literal(cameo, SKOS.notation, rule);
        String label = englishLabel(cameo, rule);
        String plover = null;
        for (RDFNode target : m.listObjectsOfProperty(cameo, SKOS.broadMatch).toList()) {
            if (target.isResource() && target.asResource().hasProperty(SKOS.inScheme, DGC.ploverScheme)) {
                if (plover != null)
                    throw new IllegalArgumentException("CAMEO concept %s has two PLOVER categories".formatted(cameo));
                plover = literal(target.asResource(), SKOS.notation, rule);
            }
        }
        return new Coding(code, label, plover);
    }

    /** The English skos:prefLabel (the concepts have Arabic ones too), else the only one. */
    private static String englishLabel(Resource r, Resource rule) {
        for (Statement s : r.listProperties(SKOS.prefLabel).toList())
            if (s.getObject().isLiteral() && s.getLanguage().equals("en")) return s.getString();
        return literal(r, SKOS.prefLabel, rule);
    }

    private static String literal(Resource r, org.apache.jena.rdf.model.Property p, Resource rule) {
        Statement s = r.getProperty(p);
        if (s == null || !s.getObject().isLiteral())
            throw new IllegalArgumentException("CAMEO rule %s: %s has no %s".formatted(rule, r, p.getLocalName()));
        return s.getString();
    }
}
