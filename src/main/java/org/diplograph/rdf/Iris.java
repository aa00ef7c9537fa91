package org.diplograph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplograph.model.ActorCodes;
import org.diplograph.model.Article;
import org.diplograph.model.Role;

import com.ibm.icu.text.Transliterator;

/**
 * Mints every IRI of instance data and named graphs, deterministically from stable ids, under a base
 * (default {@value #DEFAULT_BASE}): things under {@code {base}id/}, graphs under {@code {base}graph/}.
 * Vocabulary IRIs ({@link DG}, {@link DGC}, {@link DGL}) do not move with the base: the ontology files fix them.
 * <pre>
 *   Iris iris = Iris.withBase("https://w3id.org/diplograph/");
 *   String key = iris.articleKey(article);            // "3f1c0a9e5b7d2c44"
 *   Node s = iris.statement(key, 1);                  // .../id/statement/3f1c0a9e5b7d2c44/1
 * </pre>
 */
public final class Iris {
    /** The default base. */
    public static final String DEFAULT_BASE = "https://w3id.org/diplograph/";

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ACTOR = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern SLUG = DGL.KEY;
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern TALLY_KIND = Pattern.compile("[A-Z][A-Za-z]*Tally");
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The slug recipe of research/arabic_extraction.md §1.2 (the space in the set must be escaped). */
    private static final Transliterator SLUGGER =
            Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower; [^a-z0-9\\ ] Remove");

    private final String base;

    private Iris(String base) { this.base = base; }

    /** IRIs under the default base {@value #DEFAULT_BASE}. */
    public static Iris defaultBase() { return new Iris(DEFAULT_BASE); }

    /** IRIs under {@code base}, an absolute http(s) IRI ending in {@code /}. */
    public static Iris withBase(String base) {
        if (base == null || !(base.startsWith("http://") || base.startsWith("https://")) || !base.endsWith("/")
                || base.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '#'))
            throw new IllegalArgumentException(
                    "invalid IRI base '%s': expected an absolute http(s) IRI ending in '/'".formatted(base));
        return new Iris(base);
    }

    /** The base, ending in {@code /}. */
    public String base() { return base; }

    /** The namespace of things, {@code {base}id/} (prefix {@code dgr:}). */
    public String idNamespace() { return base + "id/"; }

    /** The namespace of named graphs, {@code {base}graph/} (prefix {@code dgg:}). */
    public String graphNamespace() { return base + "graph/"; }

    private Node id(String path) { return NodeFactory.createURI(idNamespace() + path); }

    /** {@code dgr:state/{ISO3}}. */
    public Node state(String iso3) { return id("state/" + check(ISO3, iso3, "ISO 3166-1 alpha-3 code")); }

    /** {@code dgr:actor/{CODE}} for an organisation or movement of the guideline's actor list (or one added like it). */
    public Node actor(String code) { return id("actor/" + check(ACTOR, code, "actor code")); }

    /** A claim participant: {@link #actor} for a code of the actor list, {@link #state} for an ISO3 code, else actor. */
    public Node participant(String code) {
        Objects.requireNonNull(code, "code");
        return !ActorCodes.isActor(code) && ISO3.matcher(code).matches() ? state(code) : actor(code);
    }

    /** {@code dgr:institution/{ISO3}/{kind}}, e.g. {@code dgr:institution/RUS/foreign-ministry}. */
    public Node institution(String iso3, String kind) {
        return id("institution/" + check(ISO3, iso3, "ISO 3166-1 alpha-3 code") + "/" + check(SLUG, kind, "institution kind"));
    }

    /** {@code dgr:institution/{slug}} for an institution not keyed by state and kind; the slug is made from the name. */
    public Node institutionFromName(String name) { return id("institution/" + slug(name)); }

    /** {@code dgr:person/{slug}} for a curated slug such as {@code dmitry-peskov}. */
    public Node person(String slug) { return id("person/" + check(SLUG, slug, "person slug")); }

    /** {@code dgr:person/{slug}} with the slug made from the name by {@link #slug}. */
    public Node personFromName(String name) { return person(slug(name)); }

    /** {@code dgr:membership/{person-slug}/{role}/{organisation}}, the organisation as its path under {@code dgr:}. */
    public Node membership(String personSlug, Role role, Node organization) {
        Objects.requireNonNull(role, "role");
        String org = organization.getURI();
        if (!org.startsWith(idNamespace()))
            throw new IllegalArgumentException("organisation '%s' is not under %s".formatted(org, idNamespace()));
        return id("membership/" + check(SLUG, personSlug, "person slug") + "/" + role.code() + "/"
                + org.substring(idNamespace().length()));
    }

    /** The key of an article: the first 16 hex digits of SHA-256 of its URL if it has one, else of its body (UTF-8). */
    public static String articleKey(Article article) {
        String basis = article.url() != null && !article.url().isBlank() ? article.url() : article.body();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** {@code dgr:article/{key}}. */
    public Node article(String key) { return id("article/" + checkKey(key)); }

    /** {@code dgr:statement/{key}/{n}}, n = 1.. in text order. */
    public Node statement(String key, int n) { return id("statement/" + checkKey(key) + "/" + positive(n)); }

    /** {@code dgr:claim/{key}/{n}/{m}}. */
    public Node claim(String key, int n, int m) {
        return id("claim/" + checkKey(key) + "/" + positive(n) + "/" + positive(m));
    }

    /** The evidence selector of a statement or claim: {@code {iri}#evidence}. */
    public Node evidence(Node statementOrClaim) { return fragment(statementOrClaim, "evidence"); }

    /** The speaker of a statement whose speaker has no IRI of its own (unnamed): {@code {statement}#speaker}. */
    public Node speakerOf(Node statement) { return fragment(statement, "speaker"); }

    private Node fragment(Node node, String fragment) {
        String iri = node.getURI();
        if (!iri.startsWith(idNamespace()) || iri.contains("#"))
            throw new IllegalArgumentException("cannot add #%s to '%s'".formatted(fragment, iri));
        return NodeFactory.createURI(iri + "#" + fragment);
    }

    /** {@code dgr:extraction/{key}}. */
    public Node extraction(String key) { return id("extraction/" + checkKey(key)); }

    /** {@code dgg:article/{key}}: the named graph holding everything extracted from one article. */
    public Node articleGraph(String key) { return NodeFactory.createURI(graphNamespace() + "article/" + checkKey(key)); }

    /** {@code dgg:ontology}: ontology, concept schemes, CAMEO alignment and shapes. */
    public Node ontologyGraph() { return NodeFactory.createURI(graphNamespace() + "ontology"); }

    /** {@code dgg:lexicon}: curated entities, names and cues. */
    public Node lexiconGraph() { return NodeFactory.createURI(graphNamespace() + "lexicon"); }

    /** {@code dgg:summary}: the tallies that ingest keeps of all article graphs (see {@link Tallies}). */
    public Node summaryGraph() { return NodeFactory.createURI(graphNamespace() + "summary"); }

    /** {@code dgr:tally/{kind}/{hash}}: a tally node of the summary graph. */
    public Node tally(String kind, String hash) {
        return id("tally/" + check(TALLY_KIND, kind, "tally kind") + "/" + check(KEY, hash, "tally hash"));
    }

    /**
     * An IRI slug of a name: NFKC, Arabic diacritics and tatweel removed, hamza forms of alef and alef maqsura
     * unified, then ICU {@code Any-Latin; Latin-ASCII; Lower; [^a-z0-9\ ] Remove}, spaces to {@code -}.
     * The same spelling always gives the same slug.
     *
     * @throws IllegalArgumentException if nothing of the name survives (only punctuation or symbols)
     */
    public static String slug(String name) {
        Objects.requireNonNull(name, "name");
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        s = ARABIC_MARKS.matcher(s).replaceAll("");
        s = s.replace('\u0623', '\u0627').replace('\u0625', '\u0627').replace('\u0622', '\u0627')
                .replace('\u0649', '\u064A');
        s = SPACES.matcher(s).replaceAll(" ");
        String latin;
        synchronized (SLUGGER) { // ICU transliterators are not documented as thread-safe
            latin = SLUGGER.transliterate(s);
        }
        String slug = SPACES.matcher(latin.strip()).replaceAll("-");
        if (slug.isEmpty())
            throw new IllegalArgumentException("cannot make an IRI slug of the name '%s'".formatted(name));
        return slug;
    }

    private static String check(Pattern p, String value, String what) {
        if (value == null || !p.matcher(value).matches())
            throw new IllegalArgumentException("invalid %s '%s'".formatted(what, value));
        return value;
    }

    private static String checkKey(String key) { return check(KEY, key, "article key"); }

    private static int positive(int n) {
        if (n < 1) throw new IllegalArgumentException("invalid ordinal %d: numbering starts at 1".formatted(n));
        return n;
    }
}
