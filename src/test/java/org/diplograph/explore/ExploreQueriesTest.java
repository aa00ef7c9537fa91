package org.diplograph.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplograph.rdf.Iris;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The explorer's queries: valid SPARQL for every shape of state, values bound as terms, tallies where they answer. */
@Tag("issue-13")
class ExploreQueriesTest {
    private static final Iris IRIS = Iris.defaultBase();

    private static ExploreState state(String... kv) {
        Map<String, String[]> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            String[] old = params.getOrDefault(kv[i], new String[0]);
            String[] next = java.util.Arrays.copyOf(old, old.length + 1);
            next[old.length] = kv[i + 1];
            params.put(kv[i], next);
        }
        return ExploreState.parse(params);
    }

    private static List<String> allQueries(ExploreState s) {
        ExploreQueries q = new ExploreQueries(IRIS, s);
        List<String> out = new ArrayList<>(List.of(q.total(), q.months(), q.matrix(), q.claims(50, List.of()), q.claims(50, List.of("2024-07", "undated")),
                q.names(List.of(IRIS.person("maria-zakharova")))));
        for (Facet f : Facet.values()) out.add(q.facet(f));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "stance=positive", "stance=positive&stance=negative&relation=normalisation", "state=RUS&from=2024-01",
            "speaker=person/maria-zakharova&participant=state/SYR&act=condemn", "outlet=x&lang=ar&to=2025-12",
            "q=والتطبيع", "q=normalisation talks&type=person&role=spokesperson", "q=و", "from=2024-01&to=2024-03&relation=talks"})
    void everyQueryOfAStateIsValidSparql(String query) {
        List<String> kv = new ArrayList<>();
        for (String part : query.split("&")) if (!part.isEmpty()) { String[] p = part.split("=", 2); kv.add(p[0]); kv.add(p[1]); }
        for (String sparql : allQueries(state(kv.toArray(String[]::new))))
            assertThat(QueryFactory.create(sparql)).as(sparql).isNotNull();
    }

    @Test
    void aHostileOutletNameIsOneLiteralInAValuesBlock() {
        String hostile = "x\" } } ; DROP ALL ; SELECT * { ?s ?p \"";
        String sparql = new ExploreQueries(IRIS, state("outlet", hostile)).facet(Facet.STANCE);
        Query q = QueryFactory.create(sparql);
        List<Binding> rows = new ArrayList<>();
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData el) { rows.addAll(el.getRows()); }
        });
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("outlet")).isEqualTo(NodeFactory.createLiteralString(hostile));
    }

    @Test
    void facetsReadTheTalliesOnlyWhenTheTalliesHoldTheAnswer() {
        ExploreQueries plain = new ExploreQueries(IRIS, ExploreState.empty());
        assertThat(plain.facet(Facet.STANCE)).contains("dg:MonthTally");
        assertThat(plain.facet(Facet.STATE)).contains("dg:CountryTally");
        assertThat(plain.facet(Facet.SPEAKER)).contains("dg:SpeakerTally");
        assertThat(plain.total()).contains("dg:MonthTally");
        assertThat(plain.facet(Facet.OUTLET)).contains("dg:facetProperty");

        ExploreQueries byStance = new ExploreQueries(IRIS, state("stance", "positive", "from", "2024-01"));
        assertThat(byStance.facet(Facet.RELATION)).contains("dg:MonthTally");
        assertThat(byStance.months()).contains("dg:MonthTally");
        assertThat(byStance.facet(Facet.STATE)).contains("dg:facetProperty").doesNotContain("CountryTally");   // the country tallies have no month

        ExploreQueries byOutlet = new ExploreQueries(IRIS, state("outlet", "x"));
        assertThat(byOutlet.facet(Facet.STANCE)).doesNotContain("Tally");
        assertThat(byOutlet.total()).contains("dg:facetProperty");
        ExploreQueries byState = new ExploreQueries(IRIS, state("state", "JOR", "from", "2024-01"));
        assertThat(byState.facet(Facet.ACT)).contains("dg:stateFacetProperty").contains("\"JOR\"");
        assertThat(byState.facet(Facet.STANCE)).contains("dg:stateFacetProperty");
        assertThat(byState.facet(Facet.SPEAKER)).doesNotContain("Tally");   // unnamed speakers have no tally
        assertThat(new ExploreQueries(IRIS, state("state", "JOR", "state", "QAT")).facet(Facet.ACT)).doesNotContain("Tally");
        ExploreQueries byText = new ExploreQueries(IRIS, state("q", "تطبيع"));
        assertThat(byText.months()).doesNotContain("Tally").contains("text:query");
    }

    @Test
    void aFacetsOwnSelectionDoesNotNarrowItsCounts() {
        String sparql = new ExploreQueries(IRIS, state("stance", "positive", "outlet", "x")).facet(Facet.STANCE);
        assertThat(sparql).doesNotContain("stance/positive").contains("\"x\"");
    }

    @Test
    void badValuesAreRefusedWithTheirName() {
        assertThatThrownBy(() -> Facet.SPEAKER.term("../etc/passwd", IRIS)).hasMessageContaining("invalid speaker");
        assertThatThrownBy(() -> Facet.STATE.term("R U S", IRIS)).hasMessageContaining("invalid state code");
        assertThatThrownBy(() -> Facet.STANCE.term("positive>", IRIS)).hasMessageContaining("invalid stance code");
        assertThatThrownBy(() -> state("from", "2024")).hasMessageContaining("invalid from: 2024");
    }
}
