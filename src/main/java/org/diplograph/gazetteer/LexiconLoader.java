package org.diplograph.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.model.Act;
import org.diplograph.model.Relation;
import org.diplograph.model.Role;
import org.diplograph.model.Stance;
import org.diplograph.model.UserException;
import org.diplograph.rdf.BundledTurtle;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.DGL;
import org.diplograph.rdf.Iris;
import org.diplograph.text.ArabicFolding;
import org.diplograph.text.Token;
import org.diplograph.text.Tokenizer;

/**
 * Reads the curated lexicon (Turtle) into a {@link Lexicon}.
 * <pre>
 *   Lexicon lex = LexiconLoader.fromDirectory(Path.of("data/lexicon"));
 *   Lexicon lex = LexiconLoader.bundled();              // the copy inside the jar
 * </pre>
 * Arabic demonyms are expanded here: the masculine singular nisba {@code روسي} also yields روسية, الروسي,
 * الروسية, روسيون, روسيين, روسيان, روسيتان with and without the article. Arabic reporting cues are expanded too:
 * the feminine, plural and dual forms a cue entry does not list are generated from the ones it does
 * ({@link ArabicCueForms}), never over a surface the lexicon already has.
 */
public final class LexiconLoader {
    /** Files of the bundled lexicon, in load order. */
    public static final List<String> BUNDLED_FILES = List.of("states.ttl", "actors.ttl", "institutions.ttl",
            "persons.ttl", "cues.ttl");
    /**
     * The folder of mined data under a lexicon folder ({@code diplograph mine}): its Turtle files (mined persons,
     * {@code dg:source "mined"}) are candidates for curation and are not loaded.
     */
    public static final String MINED_FOLDER = "mined";
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final String FOAF_GENDER = "http://xmlns.com/foaf/0.1/gender";

    private LexiconLoader() {}

    /** Loads every {@code *.ttl} under {@code dir} but those of its {@value #MINED_FOLDER} folder. */
    public static Lexicon fromDirectory(Path dir) {
        return fromModel(readDirectory(dir));
    }

    /** The lexicon triples of every {@code *.ttl} under {@code dir}. */
    public static Model readDirectory(Path dir) {
        if (!Files.isDirectory(dir))
            throw new UserException("lexicon folder %s not found; pass the folder that holds states.ttl, cues.ttl …"
                    .formatted(dir));
        Model m = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ttl") && !isMined(dir, p)).sorted().toList()) {
                try {
                    RDFDataMgr.read(m, f.toString(), Lang.TURTLE);
                } catch (RiotException e) {
                    throw new UserException("lexicon file %s is not valid Turtle: %s".formatted(f, e.getMessage()), e);
                }
            }
        } catch (IOException e) {
            throw new UserException("cannot read lexicon folder %s: %s".formatted(dir, e.getMessage()), e);
        }
        return m;
    }

    private static boolean isMined(Path dir, Path file) {
        Path rel = dir.relativize(file);
        return rel.getNameCount() > 1 && rel.getName(0).toString().equals(MINED_FOLDER);
    }

    /** Loads the lexicon bundled in the jar (resources {@code /lexicon/*.ttl}). */
    public static Lexicon bundled() {
        return fromModel(readBundled());
    }

    /** The triples of the lexicon bundled in the jar. */
    public static Model readBundled() {
        Model m = ModelFactory.createDefaultModel();
        for (String name : BUNDLED_FILES) BundledTurtle.read("/lexicon/" + name, null, m.getGraph());
        return m;
    }

    /** Builds the lexicon from an RDF model holding the lexicon triples. */
    public static Lexicon fromModel(Model m) {
        List<Entity> entities = new ArrayList<>();
        List<Lexicon.Surface> surfaces = new ArrayList<>();
        for (Resource r : sorted(m.listSubjectsWithProperty(RDF.type, DG.State).toList())) {
            Entity e = new Entity(Entity.Kind.STATE, local(r), string(r, DG.iso3), label(r, "ar"), label(r, "en"),
                    null, null, null, null, Gender.UNKNOWN, qid(r));
            entities.add(e);
            names(r, new Entry.Name(e, Entry.Via.NAME, Gender.UNKNOWN), surfaces);
            for (Literal l : literals(r, DG.capital)) add(surfaces, l, new Entry.Name(e, Entry.Via.CAPITAL, Gender.UNKNOWN));
            for (Literal l : literals(r, DG.metonym)) add(surfaces, l, new Entry.Name(e, Entry.Via.METONYM, Gender.UNKNOWN));
            for (Literal l : literals(r, DG.demonymPlural)) add(surfaces, l, new Entry.Name(e, Entry.Via.DEMONYM, Gender.PLURAL));
            for (Literal l : literals(r, DG.demonym)) {
                if (isArabic(l)) {
                    for (var form : nisbaForms(l.getLexicalForm()))
                        addFolded(surfaces, form.text(), new Entry.Name(e, Entry.Via.DEMONYM, form.gender()));
                } else {
                    add(surfaces, l, new Entry.Name(e, Entry.Via.DEMONYM, Gender.UNKNOWN));
                }
            }
        }
        withoutCapitalsNamingAnotherState(surfaces);
        for (Resource type : List.of(DG.InternationalOrganization, DG.NonStateActor)) {
            for (Resource r : sorted(m.listSubjectsWithProperty(RDF.type, type).toList())) {
                Entity e = new Entity(Entity.Kind.ACTOR, local(r), string(r, DG.actorCode), label(r, "ar"),
                        label(r, "en"), null, null, null, null, Gender.UNKNOWN, qid(r));
                entities.add(e);
                names(r, new Entry.Name(e, Entry.Via.NAME, Gender.UNKNOWN), surfaces);
            }
        }
        for (Resource r : sorted(m.listSubjectsWithProperty(RDF.type, DG.InstitutionKind).toList())) {
            Entity e = new Entity(Entity.Kind.INSTITUTION_KIND, local(r), null, label(r, "ar"), label(r, "en"),
                    null, null, null, null, Gender.UNKNOWN, null);
            entities.add(e);
            names(r, new Entry.Name(e, Entry.Via.NAME, Gender.UNKNOWN), surfaces);
        }
        for (Resource r : sorted(m.listSubjectsWithProperty(RDF.type, m.createResource("http://www.w3.org/ns/prov#Person")).toList())) {
            Resource country = r.getPropertyResourceValue(DG.country);
            Resource org = r.getPropertyResourceValue(DG.organization);
            Resource role = r.getPropertyResourceValue(DG.role);
            Resource kind = r.getPropertyResourceValue(DG.institutionKind);
            String g = string(r, m.createProperty(FOAF_GENDER));
            Gender gender = "female".equals(g) ? Gender.FEMININE : "male".equals(g) ? Gender.MASCULINE : Gender.UNKNOWN;
            Entity e = new Entity(Entity.Kind.PERSON, local(r), null, label(r, "ar"), label(r, "en"),
                    country == null ? null : tail(country), org == null ? null : tail(org),
                    role == null ? null : Role.ofCode(tail(role)), kind == null ? null : tail(kind), gender, qid(r));
            entities.add(e);
            names(r, new Entry.Name(e, Entry.Via.NAME, gender), surfaces);
        }
        cues(m, surfaces);
        return new Lexicon(entities, surfaces);
    }

    private static void cues(Model m, List<Lexicon.Surface> surfaces) {
        // listed Arabic forms the other third-person forms are generated from, once every curated surface is known
        List<ArabicCueForms.Seed> finite = new ArrayList<>(), mascParticiples = new ArrayList<>(),
                femParticiples = new ArrayList<>();
        for (Resource r : sorted(m.listSubjectsWithProperty(RDF.type, DG.ReportingCue).toList())) {
            String id = local(r);
            Act act = Act.ofCode(tail(r.getPropertyResourceValue(DG.actValue)));
            Stance stance = Stance.ofCode(tail(r.getPropertyResourceValue(DG.stanceValue)));
            boolean relay = r.hasProperty(RDF.type, DG.RelayCue);
            for (var p : List.of(new Object[] {DG.form, Entry.CueForm.FINITE, Gender.MASCULINE},
                    new Object[] {DG.feminineForm, Entry.CueForm.FINITE, Gender.FEMININE},
                    new Object[] {DG.pluralForm, Entry.CueForm.FINITE, Gender.PLURAL},
                    new Object[] {DG.participleForm, Entry.CueForm.PARTICIPLE, Gender.MASCULINE},
                    new Object[] {DG.feminineParticipleForm, Entry.CueForm.PARTICIPLE, Gender.FEMININE},
                    new Object[] {DG.verbalNounForm, Entry.CueForm.VERBAL_NOUN, Gender.UNKNOWN})) {
                for (Literal l : literals(r, (Property) p[0])) {
                    Gender g = isArabic(l) ? (Gender) p[2] : Gender.UNKNOWN;
                    Entry.Cue cue = new Entry.Cue(id, act, stance, (Entry.CueForm) p[1], g, relay);
                    add(surfaces, l, cue);
                    if (!isArabic(l) || relay || p[1] == Entry.CueForm.VERBAL_NOUN) continue;
                    var seed = new ArabicCueForms.Seed(cue, l.getLexicalForm());
                    if (p[0] == DG.form) finite.add(seed);
                    else if (p[0] == DG.participleForm) mascParticiples.add(seed);
                    else if (p[0] == DG.feminineParticipleForm) femParticiples.add(seed);
                }
            }
        }
        for (Resource r : sorted(m.listSubjectsWithProperty(RDF.type, DG.RoleTitle).toList())) {
            String id = local(r);
            Role role = Role.ofCode(tail(r.getPropertyResourceValue(DG.roleValue)));
            Resource kind = r.getPropertyResourceValue(DG.institutionKind);
            boolean takes = r.hasLiteral(DG.takesInstitution, true);
            for (Literal l : literals(r, DG.form))
                add(surfaces, l, new Entry.Title(id, role, kind == null ? null : tail(kind), takes,
                        isArabic(l) ? Gender.MASCULINE : Gender.UNKNOWN));
            for (Literal l : literals(r, DG.feminineForm))
                add(surfaces, l, new Entry.Title(id, role, kind == null ? null : tail(kind), takes, Gender.FEMININE));
        }
        List<Map.Entry<Literal, Entry>> verbs = new ArrayList<>();
        for (Resource r : sorted(m.listSubjectsWithProperty(RDF.type, DG.RelationCue).toList())) {
            Relation rel = Relation.ofCode(tail(r.getPropertyResourceValue(DG.relation)));
            Entry e = new Entry.RelationCue(local(r), rel);
            for (Literal l : literals(r, DG.form)) addWithAccusative(surfaces, l, e);
            for (Literal l : literals(r, DG.verbForm)) verbs.add(Map.entry(l, e));
        }
        for (Resource r : sorted(m.listSubjectsWithProperty(RDF.type, DG.StanceCue).toList())) {
            Stance st = Stance.ofCode(tail(r.getPropertyResourceValue(DG.stanceValue)));
            Entry e = new Entry.StanceCue(local(r), st);
            for (Literal l : literals(r, DG.form)) addWithAccusative(surfaces, l, e);
            for (Literal l : literals(r, DG.verbForm)) verbs.add(Map.entry(l, e));
        }
        addConjugated(verbs, surfaces);
        for (Resource r : sorted(m.listSubjectsWithProperty(RDF.type, DG.Negator).toList()))
            for (Literal l : literals(r, DG.form)) add(surfaces, l, new Entry.Negator(local(r)));
        ArabicCueForms.addGenerated(finite, mascParticiples, femParticiples, surfaces);
    }

    /** A derived Arabic nisba form with its gender. */
    record NisbaForm(String text, Gender gender) {}

    /**
     * The inflected forms, folded, of a masculine nisba as the lexicon writes it ({@code روسي}, {@code ألماني}). The
     * article is only {@code ال} as written: folded, {@code ألماني} begins with ال too, and taking that for the article
     * lost الألماني and الألمانية.
     */
    static List<NisbaForm> nisbaForms(String masc) {
        // a nisba of two words (كوري شمالي) agrees word by word: الكوري الشمالي، الكورية الشمالية، الكوريين الشماليين
        String[] words = masc.trim().split("\\s+");
        if (words.length > 1) {
            List<List<NisbaForm>> each = new ArrayList<>();
            for (String w : words) each.add(nisbaForms(w));
            List<NisbaForm> out = new ArrayList<>();
            for (int n = 0; n < each.get(0).size(); n++) {
                StringBuilder form = new StringBuilder();
                for (List<NisbaForm> forms : each) {
                    if (forms.size() != each.get(0).size()) return List.of();
                    if (form.length() > 0) form.append(' ');
                    form.append(forms.get(n).text());
                }
                out.add(new NisbaForm(form.toString(), each.get(0).get(n).gender()));
            }
            return out;
        }
        String base = ArabicFolding.fold(masc.startsWith("ال") ? masc.substring(2) : masc);
        List<NisbaForm> out = new ArrayList<>();
        String stem = base.endsWith("ي") ? base.substring(0, base.length() - 1) : base;
        for (String art : List.of("", "ال")) {
            out.add(new NisbaForm(art + base, Gender.MASCULINE));
            out.add(new NisbaForm(art + base + "ه", Gender.FEMININE));
            if (base.endsWith("ي")) {
                out.add(new NisbaForm(art + stem + "يون", Gender.PLURAL));
                out.add(new NisbaForm(art + stem + "يين", Gender.PLURAL));
                out.add(new NisbaForm(art + stem + "يان", Gender.PLURAL));
                out.add(new NisbaForm(art + stem + "يتان", Gender.PLURAL));
                out.add(new NisbaForm(art + stem + "يتين", Gender.PLURAL));
                out.add(new NisbaForm(art + stem + "يات", Gender.PLURAL));
            }
        }
        return out;
    }

    /**
     * A capital written like another state's name (عمّان, Amman, folds to عمان, Oman) is read as the state: a
     * capital named as a place (في عمان) is no actor anyway, while the state's name stands alone.
     */
    private static void withoutCapitalsNamingAnotherState(List<Lexicon.Surface> surfaces) {
        Map<List<String>, Set<String>> stateNames = new HashMap<>();
        for (Lexicon.Surface s : surfaces)
            if (s.entry() instanceof Entry.Name n && n.via() == Entry.Via.NAME)
                stateNames.computeIfAbsent(s.tokens(), k -> new HashSet<>()).add(n.entity().id());
        surfaces.removeIf(s -> s.entry() instanceof Entry.Name n && n.via() == Entry.Via.CAPITAL
                && stateNames.getOrDefault(s.tokens(), Set.of()).stream().anyMatch(id -> !id.equals(n.entity().id())));
    }

    private static void names(Resource r, Entry.Name entry, List<Lexicon.Surface> out) {
        for (Literal l : literals(r, SKOS.prefLabel)) add(out, l, entry);
        for (Literal l : literals(r, SKOS.altLabel)) add(out, l, entry);
        // skos:hiddenLabel: forms that are matched in text but never shown as the entity's name
        for (Literal l : literals(r, SKOS.hiddenLabel)) add(out, l, entry);
    }

    /**
     * The conjugated forms of the relation and stance verbs ({@code dg:verbForm}: دعم، يدعم → دعمت، دعموا، تدعم، ندعم،
     * سيدعم …). A surface the lexicon lists before them (names, titles, cues, relation and attitude forms) wins over a
     * conjugated one; the reporting cues' generated forms come after and yield to them ({@link ArabicCueForms#addGenerated}
     * drops what is already a surface), so ناقشوا is the relation cue of talks, not a generated form of ناقش.
     */
    private static void addConjugated(List<Map.Entry<Literal, Entry>> verbs, List<Lexicon.Surface> surfaces) {
        Set<List<String>> listed = new HashSet<>();
        for (Lexicon.Surface s : surfaces) listed.add(s.tokens());
        for (Map.Entry<Literal, Entry> v : verbs) {
            if (!isArabic(v.getKey())) {
                add(surfaces, v.getKey(), v.getValue());
                continue;
            }
            for (String form : ArabicCueForms.conjugations(v.getKey().getLexicalForm()))
                if (listed.add(List.of(form))) addFolded(surfaces, form, v.getValue());
        }
    }

    /**
     * Adds an Arabic noun form and, when it is indefinite, its accusative with tanween alef (تصعيد → تصعيدا، حل سلمي →
     * حلا سلميا): news writes both, and the lexicon lists the base form only.
     */
    private static void addWithAccusative(List<Lexicon.Surface> out, Literal l, Entry entry) {
        add(out, l, entry);
        if (!isArabic(l)) return;
        String folded = ArabicFolding.fold(l.getLexicalForm().strip());
        String[] words = folded.split(" ");
        StringBuilder acc = new StringBuilder();
        for (String w : words) {
            // definite nouns take no tanween; teh marbuta (folded ه), alef, alef maqsura and hamza take none written
            if (w.startsWith("ال") || w.length() < 3 || w.endsWith("ه") || w.endsWith("ا") || w.endsWith("ء")) return;
            if (!acc.isEmpty()) acc.append(' ');
            acc.append(w).append('ا');
        }
        addFolded(out, acc.toString(), entry);
    }

    private static void add(List<Lexicon.Surface> out, Literal l, Entry entry) {
        String form = l.getLexicalForm().strip();
        // short all-capital Latin names (US, UK, UN) only match in capitals: "us" is a pronoun
        String cased = form.length() <= 4 && form.chars().allMatch(c -> c == '.' || (c >= 'A' && c <= 'Z')) ? form : null;
        addFolded(out, ArabicFolding.fold(form), entry, cased);
    }

    private static void addFolded(List<Lexicon.Surface> out, String folded, Entry entry) {
        addFolded(out, folded, entry, null);
    }

    private static void addFolded(List<Lexicon.Surface> out, String folded, Entry entry, String cased) {
        List<String> tokens = Tokenizer.tokenize(folded).stream().map(Token::text).toList();
        if (!tokens.isEmpty()) out.add(new Lexicon.Surface(tokens, entry, cased));
    }

    private static boolean isArabic(Literal l) {
        return "ar".equals(l.getLanguage()) || l.getLexicalForm().codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
    }

    private static List<Literal> literals(Resource r, Property p) {
        List<Literal> out = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList())
            if (s.getObject().isLiteral()) out.add(s.getLiteral());
        out.sort(Comparator.comparing(Literal::getLexicalForm));
        return out;
    }

    private static String label(Resource r, String lang) {
        return literals(r, SKOS.prefLabel).stream().filter(l -> lang.equals(l.getLanguage()))
                .map(Literal::getLexicalForm).findFirst().orElse(null);
    }

    private static String string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : s.getObject().asLiteral().getLexicalForm();
    }

    private static String qid(Resource r) {
        for (Statement s : r.listProperties(OWL.sameAs).toList()) {
            RDFNode o = s.getObject();
            if (o.isURIResource() && o.asResource().getURI().startsWith(WIKIDATA))
                return o.asResource().getURI().substring(WIKIDATA.length());
        }
        return null;
    }

    /** The id of a lexicon resource: its IRI after the id/ or lexicon/ namespace. */
    private static String local(Resource r) {
        String uri = r.getURI();
        for (String ns : List.of(Iris.DEFAULT_BASE + "id/", DGL.NS))
            if (uri.startsWith(ns)) return uri.substring(ns.length());
        return uri;
    }

    private static String tail(Resource r) {
        String uri = r.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static List<Resource> sorted(List<Resource> rs) {
        return rs.stream().filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI)).toList();
    }

}
