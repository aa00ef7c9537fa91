package org.diplograph.extract;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.gazetteer.NameSkeleton;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Role;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;
import org.diplograph.model.Statement;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.DGC;
import org.diplograph.rdf.Iris;
import org.diplograph.text.ArabicFolding;

/**
 * Mines persons the lexicon does not know from what the extractor attributes in a corpus, as Quootstrap mines
 * speakers from reliable quotation patterns: an Arabic name of two to four words that the extractor accepted as a
 * speaker in at least {@code minArticles} articles, at least once with a role in the text (وزير الدفاع الإسرائيلي
 * NAME), whose words read as a name ({@link PersonIndex#couldBeName}) and whose state (or organisation) is the same
 * in most of its mentions; spellings of one name ({@link NameSkeleton}) are counted together. What is kept is written
 * as lexicon Turtle marked {@code dg:source "mined"} with its {@code dg:frequency}, for curators to review and move
 * into {@code persons.ttl}: the extractor does not load it (loaded as it is, it lowered speaker and claim F1 on the
 * check set).
 * <pre>
 *   PersonMiner miner = new PersonMiner(lexicon);
 *   extractions.forEach(miner::add);
 *   miner.write(out, 3, 0.6);
 * </pre>
 * Not thread-safe.
 */
public final class PersonMiner {
    /** What was seen of one name (folded). */
    private static final class Seen {
        final Map<String, Integer> spellings = new HashMap<>();
        final Map<String, Integer> affiliations = new HashMap<>();
        final Map<Role, Integer> roles = new HashMap<>();
        int articles;        // articles it spoke in
        int lastArticle;     // the number of the last of them (articles are numbered from 1 as they are added)
        int mentions;
    }

    private final Map<String, Seen> seen = new HashMap<>();
    private final PersonIndex persons;
    private int articles;

    /** A miner of the persons {@code lexicon} does not know. */
    public PersonMiner(org.diplograph.gazetteer.Lexicon lexicon) {
        this.persons = new PersonIndex(lexicon);
    }

    /** Counts the unknown persons the extraction accepted as speakers. */
    public void add(ArticleExtraction extraction) {
        articles++;
        for (Statement st : extraction.statements()) {
            Speaker sp = st.speaker();
            if (sp.type() != SpeakerType.PERSON || sp.entityId() != null || !isMinable(sp.name())) continue;
            // spellings of one name meet (نيكي هايلي، نيكي هالي)
            Seen s = seen.computeIfAbsent(NameSkeleton.of(sp.name()), k -> new Seen());
            s.mentions++;
            if (s.lastArticle != articles) {
                s.lastArticle = articles;
                s.articles++;
            }
            s.spellings.merge(sp.name(), 1, Integer::sum);
            s.affiliations.merge(sp.country() != null ? "state:" + sp.country() : sp.org() != null ? "actor:" + sp.org() : "", 1,
                    Integer::sum);
            if (sp.role() != null) s.roles.merge(sp.role(), 1, Integer::sum);
        }
    }

    /** Articles seen so far. */
    public int articles() { return articles; }

    /**
     * A name worth counting: two to four Arabic words and nothing else (digits, Latin letters, punctuation) that read
     * as a personal name ({@link PersonIndex#couldBeName}).
     */
    boolean isMinable(String name) {
        if (name == null) return false;
        List<String> words = List.of(ArabicFolding.fold(name).strip().split("\\s+"));
        if (words.size() < 2 || words.size() > 4) return false;
        for (String w : words) {
            if (w.length() < 2) return false;
            for (int i = 0; i < w.length(); i++) if (w.charAt(i) < '\u0621' || w.charAt(i) > '\u064A') return false;
        }
        // على (on) folds to علي (Ali): function words are read as written
        for (String w : name.strip().split("\\s+")) if (FUNCTION_WORDS.contains(w)) return false;
        return persons.couldBeName(words);
    }

    /** Function words as written, which a name never holds. */
    private static final Set<String> FUNCTION_WORDS = Set.of("على", "عن", "في", "من", "إلى", "الى", "حين", "حيث", "عدم",
            "بعد", "قبل", "مع", "ضد", "عند", "منذ");

    /** The names kept, most frequent first. */
    public List<Mined> mined(int minArticles, double minShare) {
        List<Mined> out = new ArrayList<>();
        for (Seen s : seen.values()) {
            if (s.articles < minArticles || s.roles.isEmpty()) continue;
            Map.Entry<String, Integer> aff = s.affiliations.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (aff.getValue() < minShare * s.mentions) continue;
            String spelling = s.spellings.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
            Role role = s.roles.entrySet().stream().max(Map.Entry.<Role, Integer>comparingByValue()
                    .thenComparing(e -> e.getKey().code())).orElseThrow().getKey();
            String a = aff.getKey();
            List<String> others = s.spellings.keySet().stream().filter(x -> !x.equals(spelling)).sorted().toList();
            out.add(new Mined(spelling, others, a.startsWith("state:") ? a.substring(6) : null,
                    a.startsWith("actor:") ? a.substring(6) : null, role, s.articles));
        }
        out.sort(Comparator.comparingInt(Mined::articles).reversed().thenComparing(Mined::name));
        return out;
    }

    /** A mined person: the name as most often written, state or organisation, role, articles it spoke in. */
    public record Mined(String name, List<String> variants, String country, String org, Role role, int articles) {}

    /** Writes the kept names as lexicon Turtle; returns how many. */
    public int write(OutputStream out, int minArticles, double minShare) {
        List<Mined> kept = mined(minArticles, minShare);
        Iris iris = Iris.defaultBase();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dg", DG.NS).setNsPrefix("dgp", iris.personFromName("x").getURI().replaceFirst("x$", ""))
                .setNsPrefix("dgs", iris.state("USA").getURI().replaceFirst("USA$", ""))
                .setNsPrefix("dga", iris.actor("UN").getURI().replaceFirst("UN$", "")).setNsPrefix("role", DGC.role(Role.MINISTER).getNameSpace())
                .setNsPrefix("skos", SKOS.uri).setNsPrefix("prov", "http://www.w3.org/ns/prov#")
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        for (Mined p : kept) {
            Resource r = m.wrapAsResource(iris.personFromName(p.name()))
                    .addProperty(RDF.type, m.createResource("http://www.w3.org/ns/prov#Person"))
                    .addProperty(RDF.type, m.createResource("http://xmlns.com/foaf/0.1/Person"))
                    .addProperty(SKOS.prefLabel, p.name(), "ar")
                    .addProperty(DG.role, DGC.role(p.role()))
                    .addProperty(DG.source, "mined")
                    .addLiteral(DG.frequency, m.createTypedLiteral(p.articles()));
            for (String v : p.variants()) r.addProperty(SKOS.altLabel, v, "ar");
            if (p.country() != null) r.addProperty(DG.country, m.wrapAsResource(iris.state(p.country())));
            if (p.org() != null) r.addProperty(DG.organization, m.wrapAsResource(iris.actor(p.org())));
        }
        RDFDataMgr.write(out, m, Lang.TURTLE);
        return kept.size();
    }
}
