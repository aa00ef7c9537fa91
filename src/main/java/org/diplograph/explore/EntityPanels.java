package org.diplograph.explore;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.PROV;
import org.diplograph.store.KnowledgeStore;

/**
 * The claims part of the page of a state, person or institution ({@code /page/…}): the explorer's panels for the
 * view narrowed to it — its claims per month by stance (a state: those of its speakers), whom it speaks about, who
 * speaks about it, its newest claims with their evidence marked — and links to {@code /explore} narrowed to it. The
 * panels read the summary graph's tallies where they hold the answer, and all answer within a time budget, as the
 * explorer's do. A thing that neither speaks nor is spoken about (an article, a statement) gets nothing.
 * <pre>
 *   String html = new EntityPanels(store, iris).render(NodeFactory.createURI(iris.state("RUS")));
 * </pre>
 */
public final class EntityPanels {
    /** The newest claims listed. */
    static final int LIST_ROWS = 10;
    /** How long the panels of one entity page may take together. */
    static final Duration BUDGET = Duration.ofMillis(900);

    private final KnowledgeStore store;
    private final Iris iris;
    private volatile Labels labels;

    public EntityPanels(KnowledgeStore store, Iris iris) {
        this.store = Objects.requireNonNull(store, "store");
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    private Labels labels() {
        Labels l = labels;
        if (l == null) labels = l = Labels.read(store.dataset());
        return l;
    }

    /** What the entity is to the claims: the explorer view of its claims, and whether claims name it. */
    record Role(ExploreState by, boolean spokenAbout, String path) {}

    /** The role of {@code entity}, or null when it neither speaks nor is named by a claim (one read transaction). */
    Role role(Node entity) {
        if (!entity.isURI() || !entity.getURI().startsWith(iris.idNamespace())) return null;
        String path = entity.getURI().substring(iris.idNamespace().length());
        try {
            Facet.PARTICIPANT.term(path, iris);   // a path the explorer's URLs can carry
        } catch (IllegalArgumentException e) {
            return null;
        }
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            ExploreState by = null;
            Node code = object(union, entity, DG.iso3.asNode());
            if (code != null && code.isLiteral() && union.contains(Node.ANY, DG.speakerCountryCode.asNode(), code))
                by = view(Facet.STATE, code.getLiteralLexicalForm());
            else if (union.contains(Node.ANY, PROV.wasAttributedTo.asNode(), entity))
                by = view(Facet.SPEAKER, path);
            boolean about = union.contains(Node.ANY, DG.participant.asNode(), entity);
            return by == null && !about ? null : new Role(by, about, path);
        });
    }

    private static ExploreState view(Facet f, String value) {
        return ExploreState.parse(Map.of(f.param, new String[] {value}));
    }

    private static Node object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    /** Whether {@link #render} shows anything for {@code entity}: it speaks, or claims name it. */
    public boolean shows(Node entity) {
        return role(entity) != null;
    }

    /**
     * The HTML section of the claims of {@code entity} (called {@code name} in the headings), or the empty string when
     * it has none. Panels not computed within the budget are shown as unavailable, with a link to the explorer.
     */
    public String render(Node entity, String name) {
        Role role = role(entity);
        if (role == null) return "";
        DatasetGraph dsg = store.dataset();
        boolean tallies = ExploreData.hasTallies(dsg, iris);
        long deadline = System.nanoTime() + BUDGET.toNanos();
        LongSupplier left = () -> Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
        ExploreState about = view(Facet.PARTICIPANT, role.path());
        // the timeline and list are of its own claims when it speaks, else of the claims about it
        ExploreState shown = role.by() != null ? role.by() : about;
        ExploreQueries q = new ExploreQueries(iris, shown, tallies);
        Panel.Running running = new Panel.Running();
        try {
            Panel<Long> total = Panel.run(dsg, q.total(), left.getAsLong(), rs -> {
                Node n = rs.hasNext() ? rs.next().get("claims") : null;
                return n == null ? 0L : ((Number) n.getLiteralValue()).longValue();
            }, running);
            Panel<Map<String, long[]>> months = ExploreData.monthsPanel(dsg, q, left.getAsLong(), running);
            Panel<List<ExploreData.Edge>> matrix = role.by() == null ? null
                    : Panel.run(dsg, q.matrix(), left.getAsLong(), ExploreData::edges, running);
            Panel<List<ExploreData.Edge>> incoming = !role.spokenAbout() ? null
                    : Panel.run(dsg, q.speakersAbout(entity), left.getAsLong(), ExploreData::edges, running);
            List<String> newest = ExploreData.newestMonths(months, shown, LIST_ROWS);
            Panel<List<ExploreData.ClaimRow>> claims = Panel.run(dsg, q.claims(LIST_ROWS, newest), left.getAsLong(),
                    ExploreData::claimRows, running);
            ExploreData data = new ExploreData(total, Map.of(), months, matrix, claims, Map.of(), null);
            Map<String, String> links = new LinkedHashMap<>();
            boolean state = role.by() != null && role.by().selected().containsKey(Facet.STATE);
            if (role.by() != null)
                links.put((state ? "Explore the claims by speakers of " : "Explore the claims by ") + name, "/explore?" + role.by().query());
            if (role.spokenAbout()) links.put("Explore the claims about " + name, "/explore?" + about.query());
            String heading = role.by() == null ? "Claims about " + name : (state ? "Claims by speakers of " : "Claims by ") + name;
            return new ExplorePage(iris, labels(), shown, data, "", false)
                    .entitySections(heading, incoming, "Claims about " + name + ", by speaker's state", links);
        } finally {
            running.stopAll();
        }
    }
}
