package org.diplograph.rdf;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.model.ActorCodes;
import org.diplograph.model.Article;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Claim;
import org.diplograph.model.Role;
import org.diplograph.model.Span;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;
import org.diplograph.model.Statement;

/**
 * Maps the extraction of one article to its named graph: the article, the extraction activity, each statement
 * with its speaker (as an agent), claims, CAMEO/PLOVER coding and evidence selectors (offsets in code points
 * into {@code schema:articleBody}, end exclusive). No blank nodes: mapping the same extraction twice gives the
 * same triples.
 * <pre>
 *   ExtractionMapper mapper = new ExtractionMapper(Iris.defaultBase(), CameoMapping.fromClasspath(),
 *           Clock.systemUTC(), "diplograph 0.1.0");
 *   Graph g = mapper.map(extraction);                 // store it under mapper.graphName(extraction)
 * </pre>
 */
public final class ExtractionMapper {
    private final Iris iris;
    private final CameoMapping cameo;
    private final Clock clock;
    private final String extractorVersion;

    /**
     * @param iris             where IRIs come from
     * @param cameo            the CAMEO/PLOVER coding table
     * @param clock            gives {@code prov:startedAtTime} of the extraction (fixed in tests)
     * @param extractorVersion recorded as {@code dg:extractorVersion}
     */
    public ExtractionMapper(Iris iris, CameoMapping cameo, Clock clock, String extractorVersion) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.cameo = Objects.requireNonNull(cameo, "cameo");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (extractorVersion == null || extractorVersion.isBlank())
            throw new IllegalArgumentException("invalid extractor version '%s'".formatted(extractorVersion));
        this.extractorVersion = extractorVersion;
    }

    /** The name of the graph {@link #map} builds: {@code dgg:article/{key}}. */
    public Node graphName(ArticleExtraction x) { return iris.articleGraph(Iris.articleKey(x.article())); }

    /** The article graph of one extraction. */
    public Graph map(ArticleExtraction x) {
        return new Run(x, GraphFactory.createDefaultGraph()).map();
    }

    /** State of mapping one article. */
    private final class Run {
        final Article article;
        final ArticleExtraction x;
        final Graph g;
        final String key;
        final String bodyLang;
        final Node articleNode;

        Run(ArticleExtraction x, Graph g) {
            this.x = x;
            this.article = x.article();
            this.g = g;
            this.key = Iris.articleKey(article);
            this.bodyLang = languageTag(article.language());
            this.articleNode = iris.article(key);
        }

        Graph map() {
            mapArticle();
            Node extraction = mapExtraction();
            List<Statement> statements = new ArrayList<>(x.statements());
            statements.sort(Comparator.comparing(Statement::span)); // stable: ties keep extractor order
            for (int n = 1; n <= statements.size(); n++)
                mapStatement(statements.get(n - 1), n, extraction);
            return g;
        }

        void mapArticle() {
            add(articleNode, RDF.type, SCHEMA.NewsArticle);
            add(articleNode, RDF.type, PROV.Entity);
            add(articleNode, SCHEMA.articleBody, text(article.body()));
            if (article.title() != null) add(articleNode, SCHEMA.headline, labelled(article.title()));
            if (bodyLang != null) add(articleNode, SCHEMA.inLanguage, NodeFactory.createLiteralString(bodyLang));
            Node date = date(article.date());
            if (date != null) add(articleNode, SCHEMA.datePublished, date);
            if (article.url() != null && !article.url().isBlank())
                add(articleNode, SCHEMA.url, NodeFactory.createLiteralDT(article.url(), XSDDatatype.XSDanyURI));
            if (article.source() != null && !article.source().isBlank())
                add(articleNode, SCHEMA.publisher, NodeFactory.createLiteralString(article.source()));
        }

        Node mapExtraction() {
            Node e = iris.extraction(key);
            add(e, RDF.type, DG.Extraction);
            add(e, RDF.type, PROV.Activity);
            add(e, PROV.used, articleNode);
            String time = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            add(e, PROV.startedAtTime, NodeFactory.createLiteralDT(time, XSDDatatype.XSDdateTime));
            add(e, DG.extractorVersion, NodeFactory.createLiteralString(extractorVersion));
            return e;
        }

        void mapStatement(Statement st, int n, Node extraction) {
            Node s = iris.statement(key, n);
            add(s, RDF.type, DG.Statement);
            add(s, RDF.type, PROV.Entity);
            add(s, PROV.wasDerivedFrom, articleNode);
            add(s, PROV.wasGeneratedBy, extraction);
            if (st.cue() != null && !st.cue().isBlank()) add(s, DG.cue, labelled(st.cue()));
            if (st.ruleId() != null) add(s, DG.rule, NodeFactory.createLiteralString(st.ruleId()));
            Node date = date(article.date());
            if (date != null) add(s, DCTerms.date, date);
            add(s, DG.month, NodeFactory.createLiteralString(month(date)));
            add(s, DG.evidence, selector(s, st.span()));

            Speaker sp = st.speaker();
            Node institution = institution(sp);
            Node speaker = speaker(sp, s, institution);
            add(s, PROV.wasAttributedTo, speaker);
            add(s, DG.speakerType, DGC.speakerType(sp.type()));
            if (sp.country() != null) {
                add(s, DG.speakerCountry, iris.state(sp.country()));
                add(s, DG.speakerCountryCode, NodeFactory.createLiteralString(sp.country()));
            }
            if (sp.org() != null) add(s, DG.speakerOrganization, iris.actor(sp.org()));
            if (sp.role() != null) add(s, DG.speakerRole, DGC.role(sp.role()));
            if (institution != null) add(s, DG.speakerInstitution, institution);
            else if (sp.type() == SpeakerType.INSTITUTION && g.contains(speaker, RDF.type.asNode(), DG.Institution.asNode()))
                add(s, DG.speakerInstitution, speaker);

            List<Claim> claims = new ArrayList<>(st.claims());
            claims.sort(Comparator.comparing(Claim::evidence));
            for (int m = 1; m <= claims.size(); m++)
                mapClaim(claims.get(m - 1), s, iris.claim(key, n, m));
        }

        void mapClaim(Claim c, Node statement, Node claim) {
            add(statement, DG.claim, claim);
            add(claim, RDF.type, DG.Claim);
            add(claim, RDF.type, PROV.Entity);
            add(claim, DG.relationType, DGC.relation(c.relation()));
            for (String code : c.participants()) add(claim, DG.participant, iris.participant(code));
            List<String> codes = c.participants().stream().distinct().sorted().toList();
            if (!codes.isEmpty()) add(claim, DG.participantCodes, NodeFactory.createLiteralString(String.join(" ", codes)));
            for (int i = 0; i < codes.size(); i++)
                for (int j = i + 1; j < codes.size(); j++)
                    add(claim, DG.participantPair, NodeFactory.createLiteralString(codes.get(i) + " " + codes.get(j)));
            add(claim, DG.stance, DGC.stance(c.stance()));
            add(claim, DG.act, DGC.act(c.act()));
            CameoMapping.Coding coding = cameo.code(c.act(), c.relation());
            add(claim, DG.cameoCode, coding.cameoConcept());
            coding.ploverConcept().ifPresent(p -> add(claim, DG.ploverCategory, p));
            add(claim, DG.evidence, selector(claim, c.evidence()));
            if (c.ruleId() != null) add(claim, DG.rule, NodeFactory.createLiteralString(c.ruleId()));
        }

        /** A TextPositionSelector for a UTF-16 span of the body, {@linkplain Span#trimmed trimmed}, in code points. */
        Node selector(Node owner, Span untrimmed) {
            String body = article.body();
            if (untrimmed.end() > body.length())
                throw new IllegalArgumentException("span [%d, %d) lies outside the body of %s (length %d)"
                        .formatted(untrimmed.start(), untrimmed.end(), article.file(), body.length()));
            Span span = untrimmed.trimmed(body);
            Node sel = iris.evidence(owner);
            int start = body.codePointCount(0, span.start());
            int end = start + body.codePointCount(span.start(), span.end());
            add(sel, RDF.type, OA.TextPositionSelector);
            add(sel, OA.start, NodeFactory.createLiteralDT(Integer.toString(start), XSDDatatype.XSDnonNegativeInteger));
            add(sel, OA.end, NodeFactory.createLiteralDT(Integer.toString(end), XSDDatatype.XSDnonNegativeInteger));
            add(sel, OA.exact, text(span.of(body)));
            return sel;
        }

        /** The institution the speaker speaks for, described in the graph, or null when none is known. */
        Node institution(Speaker sp) {
            boolean keyed = sp.country() != null && sp.institutionKind() != null;
            if (sp.type() == SpeakerType.INSTITUTION) {
                if (keyed || sp.org() == null) return null; // the speaker itself is the institution
            }
            if (sp.type() == SpeakerType.STATE) return null;
            Node inst;
            if (keyed) inst = iris.institution(sp.country(), sp.institutionKind());
            else if (sp.institution() != null && !sp.institution().isBlank()) inst = iris.institutionFromName(sp.institution());
            else return null;
            describeInstitution(inst, sp.institution(), sp);
            return inst;
        }

        void describeInstitution(Node inst, String name, Speaker sp) {
            add(inst, RDF.type, DG.Institution);
            add(inst, RDF.type, ORG.Organization);
            add(inst, RDF.type, PROV.Agent);
            if (name != null && !name.isBlank()) add(inst, SKOS.prefLabel, labelled(name));
            else if (sp.institutionKind() != null && sp.type() != SpeakerType.INSTITUTION)
                // named in the text only through a title (وزير الخارجية السعودي): a descriptive English label
                add(inst, SKOS.prefLabel, NodeFactory.createLiteralLang(kindLabel(sp), "en"));
            if (sp.country() != null) add(inst, DG.country, iris.state(sp.country()));
            if (sp.institutionKind() != null) add(inst, DG.institutionKind, DGL.institutionKind(sp.institutionKind()));
        }

        Node speaker(Speaker sp, Node statement, Node institution) {
            return switch (sp.type()) {
                case PERSON -> person(sp, statement, institution);
                case STATE -> sp.country() != null ? state(sp) : unnamed(sp, statement);
                case INSTITUTION -> institutionSpeaker(sp, statement, institution);
                case UNNAMED -> unnamed(sp, statement);
            };
        }

        Node person(Speaker sp, Node statement, Node institution) {
            String slug = personSlug(sp);
            if (slug == null) return unnamed(sp, statement);
            Node p = iris.person(slug);
            add(p, RDF.type, PROV.Person);
            add(p, RDF.type, FOAF.Person);
            add(p, RDF.type, PROV.Agent);
            labels(p, sp);
            if (sp.country() != null) add(p, DG.country, iris.state(sp.country()));
            if (sp.wikidata() != null) add(p, OWL.sameAs, wikidata(sp.wikidata()));
            if (sp.role() != null) {
                Node org = institution != null ? institution
                        : sp.org() != null ? iris.actor(sp.org())
                        : sp.country() != null ? iris.state(sp.country()) : null;
                if (org != null) membership(p, slug, sp.role(), org);
            }
            return p;
        }

        void membership(Node person, String slug, Role role, Node org) {
            Node m = iris.membership(slug, role, org);
            add(m, RDF.type, ORG.Membership);
            add(m, ORG.member, person);
            add(m, ORG.organization, org);
            add(m, ORG.role, DGC.role(role));
            add(person, ORG.hasMembership, m);
        }

        Node state(Speaker sp) {
            Node st = iris.state(sp.country());
            add(st, RDF.type, DG.State);
            add(st, RDF.type, PROV.Agent);
            add(st, DG.iso3, NodeFactory.createLiteralString(sp.country()));
            labels(st, sp);
            if (sp.wikidata() != null) add(st, OWL.sameAs, wikidata(sp.wikidata()));
            return st;
        }

        Node institutionSpeaker(Speaker sp, Node statement, Node institution) {
            if (institution != null) { // an organisation's institution: speaker is the organisation's part
                labels(institution, sp);
                return institution;
            }
            if (sp.country() != null && sp.institutionKind() != null) {
                Node inst = iris.institution(sp.country(), sp.institutionKind());
                describeInstitution(inst, null, sp);
                labels(inst, sp);
                if (sp.wikidata() != null) add(inst, OWL.sameAs, wikidata(sp.wikidata()));
                return inst;
            }
            if (sp.org() != null) {
                Node a = iris.actor(sp.org());
                add(a, RDF.type, ActorCodes.NON_STATE.contains(sp.org()) ? DG.NonStateActor : DG.InternationalOrganization);
                add(a, RDF.type, PROV.Agent);
                add(a, DG.actorCode, NodeFactory.createLiteralString(sp.org()));
                labels(a, sp);
                if (sp.wikidata() != null) add(a, OWL.sameAs, wikidata(sp.wikidata()));
                return a;
            }
            String name = sp.name() != null ? sp.name() : sp.nameEn();
            if (name == null || name.isBlank()) return unnamed(sp, statement);
            Node inst = iris.institutionFromName(name);
            describeInstitution(inst, null, sp);
            labels(inst, sp);
            return inst;
        }

        /** A speaker with no IRI of its own: {@code {statement}#speaker}, with what is known of it. */
        Node unnamed(Speaker sp, Node statement) {
            Node u = iris.speakerOf(statement);
            add(u, RDF.type, PROV.Agent);
            if (sp.country() != null) add(u, DG.country, iris.state(sp.country()));
            if (sp.org() != null) add(u, DG.organization, iris.actor(sp.org()));
            if (sp.role() != null) add(u, DG.role, DGC.role(sp.role()));
            if (sp.institutionKind() != null) add(u, DG.institutionKind, DGL.institutionKind(sp.institutionKind()));
            return u;
        }

        /** Names as found: one prefLabel per language (the first seen), the others as altLabels. */
        void labels(Node agent, Speaker sp) {
            for (String name : new String[] {sp.name(), sp.nameEn()}) {
                if (name == null || name.isBlank()) continue;
                Node label = labelled(name);
                if (g.contains(agent, SKOS.prefLabel.asNode(), label)) continue;
                boolean hasPref = g.find(agent, SKOS.prefLabel.asNode(), Node.ANY).toList().stream()
                        .anyMatch(t -> t.getObject().getLiteralLanguage().equals(label.getLiteralLanguage()));
                add(agent, hasPref ? SKOS.altLabel : SKOS.prefLabel, label);
            }
        }

        /** Article text: tagged with the article's language when known. */
        Node text(String s) {
            return bodyLang != null ? NodeFactory.createLiteralLang(s, bodyLang) : NodeFactory.createLiteralString(s);
        }

        void add(Node s, Property p, Node o) { g.add(s, p.asNode(), o); }

        void add(Node s, Property p, Resource o) { g.add(s, p.asNode(), o.asNode()); }
    }

    /**
     * The name of the institution a statement by {@code sp} is attributed to ({@code dg:speakerInstitution}), as the
     * graph labels it (its first {@code skos:prefLabel}), or null when the graph gives the statement none. The JSON
     * output takes the speaker's institution from here, so the two say the same.
     */
    public static String institutionName(Speaker sp) {
        boolean keyed = sp.country() != null && sp.institutionKind() != null;
        String named = sp.institution() != null && !sp.institution().isBlank() ? sp.institution() : null;
        String own = sp.name() != null && !sp.name().isBlank() ? sp.name()
                : sp.nameEn() != null && !sp.nameEn().isBlank() ? sp.nameEn() : null;
        return switch (sp.type()) {
            case STATE -> null;
            // the institution of an organisation when named, else the organisation itself speaks (no institution);
            // a keyed or merely named institution speaks itself and is its own institution
            case INSTITUTION -> !keyed && sp.org() != null ? named : keyed ? (own != null ? own : kindLabel(sp)) : own;
            case PERSON, UNNAMED -> keyed ? (named != null ? named : kindLabel(sp)) : named;
        };
    }

    /** The descriptive English label of an institution known only by its state and kind: "RUS foreign ministry". */
    private static String kindLabel(Speaker sp) {
        return (sp.country() != null ? sp.country() + " " : "") + sp.institutionKind().replace('-', ' ');
    }

    /** The person slug: the curated one of {@code person/slug} entity ids, else made from the name; null if nameless. */
    static String personSlug(Speaker sp) {
        if (sp.entityId() != null && sp.entityId().startsWith("person/")) return sp.entityId().substring("person/".length());
        String name = sp.name() != null && !sp.name().isBlank() ? sp.name() : sp.nameEn();
        return name == null || name.isBlank() ? null : Iris.slug(name);
    }

    /** A name as a literal tagged by its script: Arabic {@code ar}, Cyrillic {@code ru}, else {@code en}. */
    static Node labelled(String name) {
        return NodeFactory.createLiteralLang(name, scriptLanguage(name));
    }

    static String scriptLanguage(String s) {
        int[] counts = new int[3];
        s.codePoints().filter(Character::isLetter).forEach(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.ARABIC) counts[0]++;
            else if (script == Character.UnicodeScript.CYRILLIC) counts[1]++;
            else counts[2]++;
        });
        if (counts[0] >= counts[1] && counts[0] >= counts[2] && counts[0] > 0) return "ar";
        if (counts[1] > counts[2]) return "ru";
        return "en";
    }

    private static Node wikidata(String qid) {
        if (!qid.matches("Q[0-9]+")) throw new IllegalArgumentException("invalid Wikidata QID '%s'".formatted(qid));
        return NodeFactory.createURI("http://www.wikidata.org/entity/" + qid);
    }

    private static String languageTag(String lang) {
        return lang != null && lang.matches("[a-z]{2,3}(-[A-Za-z0-9]+)*") ? lang : null;
    }

    /** The shortcut {@code dg:month} of a statement: {@code yyyy-MM} of its date, or {@code undated}. */
    public static String month(Node date) {
        return date == null ? UNDATED : date.getLiteralLexicalForm().substring(0, 7);
    }

    /** The {@code dg:month} of statements from articles without a (parsable) date. */
    public static final String UNDATED = "undated";

    /** An xsd:date from {@code yyyy-MM-dd} or an ISO date-time, or null when the text is not one. */
    private static Node date(String text) {
        if (text == null) return null;
        LocalDate d;
        try {
            d = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                d = OffsetDateTime.parse(text.strip()).toLocalDate();
            } catch (DateTimeParseException e2) {
                return null; // not a date: the article keeps no datePublished rather than a wrong one
            }
        }
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }
}
