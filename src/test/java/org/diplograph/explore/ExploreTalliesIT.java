package org.diplograph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.diplograph.bench.CorpusGenerator;
import org.diplograph.rdf.Iris;
import org.diplograph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer's panels read from the summary graph's tallies give exactly what the same panels computed from every
 * claim give, on a small generated store: for each view the tallies cover, the size, every facet, the timeline and
 * who speaks about whom.
 */
@Tag("issue-13")
class ExploreTalliesIT {
    private static final Iris IRIS = Iris.defaultBase();
    private static final long NO_BUDGET = 600_000;

    @TempDir static Path tmp;
    private static KnowledgeStore store;
    private static ExecutorService pool;

    @BeforeAll
    static void build() throws Exception {
        CorpusGenerator.write(tmp.resolve("corpus"), 120, 60);
        store = ExplorerDemoStore.createFrom(IRIS, tmp, List.of(tmp.resolve("corpus")));
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void close() {
        if (pool != null) pool.shutdownNow();
        if (store != null) store.close();
    }

    private static ExploreData read(ExploreState s, boolean tallies) {
        return ExploreData.read(store.dataset(), IRIS, s, NO_BUDGET, pool, tallies);
    }

    private static ExploreState state(String... kv) {
        Map<String, String[]> params = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) params.merge(kv[i], new String[] {kv[i + 1]}, (a, b) -> {
            String[] c = Arrays.copyOf(a, a.length + 1);
            c[a.length] = b[0];
            return c;
        });
        return ExploreState.parse(params);
    }

    /** The first value of {@code f} in the whole store, counted from the claims. */
    private static String firstValue(Facet f) {
        List<ExploreData.Count> counts = read(ExploreState.empty(), false).facets().get(f).result();
        assertThat(counts).as(f.param).isNotEmpty();
        return f.value(counts.get(0).value(), IRIS);
    }

    @Test
    void theTalliesAnswerEveryPanelTheyCoverAsTheClaimsDo() {
        assertThat(ExploreData.hasTallies(store.dataset(), IRIS)).isTrue();
        String state = firstValue(Facet.STATE);
        List<ExploreState> views = new ArrayList<>(List.of(ExploreState.empty(), state("stance", "negative"),
                state("from", "2019-03", "to", "2021-08"), state("stance", "positive", "stance", "neutral", "to", "2020-12"),
                state("state", state), state("state", state, "stance", "negative", "from", "2020-01"),
                state("state", state, "relation", firstValue(Facet.RELATION))));
        for (Facet f : List.of(Facet.SPEAKER, Facet.PARTICIPANT, Facet.OUTLET, Facet.LANGUAGE, Facet.SPEAKER_TYPE, Facet.ROLE))
            views.add(state(f.param, firstValue(f)));
        views.add(state("participant", firstValue(Facet.PARTICIPANT), "stance", "positive", "from", "2019-06"));
        // views narrowed to one speaker state: the speaker state facet tallies
        views.add(state("state", state, "from", "2019-03", "to", "2021-08"));
        views.add(state("state", state, "stance", "positive", "stance", "neutral"));
        views.add(state("state", state, "participant", firstValue(Facet.PARTICIPANT)));
        views.add(state("state", state, "act", firstValue(Facet.ACT), "to", "2020-12"));
        views.add(state("speaker", firstValue(Facet.SPEAKER), "speaker", secondValue(Facet.SPEAKER)));
        int fromStateTallies = 0;
        int fromTallies = 0;
        for (ExploreState s : views) {
            ExploreQueries q = new ExploreQueries(IRIS, s, true);
            ExploreData tallied = read(s, true);
            ExploreData counted = read(s, false);
            String view = "view ?" + s.query();
            assertThat(tallied.total().result()).as(view + " total").isEqualTo(counted.total().result()).isNotNull();
            assertThat(months(tallied)).as(view + " timeline").isEqualTo(months(counted)).isNotEmpty();
            assertThat(tallied.matrix().result()).as(view + " matrix").isEqualTo(counted.matrix().result());
            for (Facet f : Facet.values())
                assertThat(tallied.facets().get(f).result()).as(view + " facet " + f.param).isEqualTo(counted.facets().get(f).result());
            List<String> sparqls = new ArrayList<>(List.of(q.total(), q.months(), q.matrix()));
            for (Facet f : Facet.values()) sparqls.add(q.facet(f));
            for (String sparql : sparqls) if (sparql.contains("dg:facetProperty") || sparql.contains("dg:stateFacetProperty") || sparql.contains("dg:aboutParticipant")) fromTallies++;
            for (String sparql : sparqls) if (sparql.contains("dg:stateFacetProperty")) fromStateTallies++;
        }
        // every facet but the state's and the speaker's of the five state views (8 of 10 each when months or a stance
        // are selected; fewer when the country tallies answer relation and stance)
        assertThat(fromStateTallies).isGreaterThanOrEqualTo(30);
        ExploreQueries jor = new ExploreQueries(IRIS, state("state", state), true);
        for (Facet f : List.of(Facet.SPEAKER_TYPE, Facet.ROLE, Facet.PARTICIPANT, Facet.ACT, Facet.OUTLET, Facet.LANGUAGE))
            assertThat(jor.facet(f)).as(f.param).contains("dg:stateFacetProperty");
        // the comparison is between two ways of counting: about 50 panels of these views come from the new tallies
        assertThat(fromTallies).isGreaterThanOrEqualTo(45);
        assertThat(new ExploreQueries(IRIS, ExploreState.empty(), true).facet(Facet.OUTLET)).contains("dg:facetProperty");
        assertThat(new ExploreQueries(IRIS, state("state", state), true).matrix()).contains("dg:aboutParticipant");
        assertThat(new ExploreQueries(IRIS, state("lang", "ar"), true).months()).contains("dg:facetLiteral");
    }

    @Test
    void aViewTheTalliesCountAsEmptyAnswersEveryPanelEmptyAsTheClaimsDo() {
        for (ExploreState s : List.of(state("from", "2099-01"), state("stance", "negative", "from", "2099-01", "to", "2099-12"))) {
            assertThat(new ExploreQueries(IRIS, s, true).totalFromTally()).isTrue();
            ExploreData tallied = read(s, true);
            ExploreData counted = read(s, false);
            String view = "view ?" + s.query();
            assertThat(tallied.total().result()).as(view).isZero();
            assertThat(tallied.claims().result()).as(view).isEmpty();
            assertThat(tallied.claims().result()).as(view).isEqualTo(counted.claims().result());
            assertThat(months(tallied)).as(view).isEqualTo(months(counted));
            assertThat(tallied.matrix().result()).as(view).isEqualTo(counted.matrix().result());
            for (Facet f : Facet.values())
                assertThat(tallied.facets().get(f).ok()).as(view + " facet " + f.param).isTrue();
            for (Facet f : Facet.values())
                assertThat(tallied.facets().get(f).result()).as(view + " facet " + f.param).isEqualTo(counted.facets().get(f).result());
        }
    }

    /** The second value of {@code f} in the whole store, counted from the claims. */
    private static String secondValue(Facet f) {
        List<ExploreData.Count> counts = read(ExploreState.empty(), false).facets().get(f).result();
        assertThat(counts).as(f.param).hasSizeGreaterThan(1);
        return f.value(counts.get(1).value(), IRIS);
    }

    private static Map<String, List<Long>> months(ExploreData d) {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        d.months().result().forEach((m, c) -> out.put(m, Arrays.stream(c).boxed().toList()));
        return out;
    }

    @Test
    void aStoreWithoutTheseTalliesIsCountedFromItsClaims() {
        ExploreQueries q = new ExploreQueries(IRIS, ExploreState.empty(), false);
        assertThat(q.total()).doesNotContain("Tally");
        for (Facet f : Facet.values()) assertThat(q.facet(f)).doesNotContain("Tally");
        assertThat(q.matrix()).doesNotContain("Tally");
    }
}
