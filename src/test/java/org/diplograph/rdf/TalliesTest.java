package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class TalliesTest {
    private final Graph arabic = Fixtures.mapper().map(Fixtures.arabic());

    /** Sum of one count over the tallies of one kind. */
    private static long sum(Tallies t, Resource kind, int index) {
        return t.counts().entrySet().stream().filter(e -> e.getKey().kind().equals(kind))
                .mapToLong(e -> e.getValue()[index]).sum();
    }

    private static long count(Graph g, Resource type) {
        return g.find(Node.ANY, RDF.type.asNode(), type.asNode()).toList().size();
    }

    @Test
    void monthTalliesCountEveryClaimOnce() {
        Tallies t = new Tallies().add(arabic, 1);
        assertThat(sum(t, DG.MonthTally, 0)).isEqualTo(count(arabic, DG.Claim)).isPositive();
    }

    @Test
    void monthTalliesAreKeyedByTheCodesOfTheClaim() {
        Tallies t = new Tallies().add(arabic, 1);
        Map<String, Long> byRelation = t.counts().entrySet().stream()
                .filter(e -> e.getKey().kind().equals(DG.MonthTally))
                .collect(Collectors.groupingBy(e -> e.getKey().dims().get(1).value().getLiteralLexicalForm(),
                        Collectors.summingLong(e -> e.getValue()[0])));
        assertThat(t.counts().keySet()).filteredOn(k -> k.kind().equals(DG.MonthTally))
                .allSatisfy(k -> assertThat(k.dims()).extracting(Tallies.Dim::property)
                        .containsExactly(DG.month, DG.relationCode, DG.stanceCode, DG.actCode))
                .allSatisfy(k -> assertThat(k.dims().get(0).value().getLiteralLexicalForm()).isEqualTo("2026-01"));
        assertThat(byRelation).containsKey("normalisation");
    }

    @Test
    void statementsAreCountedPerSpeakerStateAndMonth() {
        Tallies t = new Tallies().add(arabic, 1);
        long withState = arabic.find(Node.ANY, DG.speakerCountryCode.asNode(), Node.ANY).toList().size();
        assertThat(sum(t, DG.StateMonthTally, 1)).isEqualTo(withState).isPositive();
        assertThat(sum(t, DG.SpeakerCountryTally, 1)).isEqualTo(withState);
    }

    @Test
    void namedSpeakersGetTheirStatementsClaimsArticlesAndNames() {
        Tallies t = new Tallies().add(arabic, 1);
        Node zakharova = NodeFactory.createURI(Iris.defaultBase().idNamespace() + "person/maria-zakharova");
        Tallies.Key key = new Tallies.Key(DG.SpeakerTally, List.of(new Tallies.Dim(DG.speaker, zakharova)));
        assertThat(t.counts()).containsKey(key);
        long[] counts = t.counts().get(key);
        assertThat(counts[1]).as("statements").isEqualTo(1);
        assertThat(counts[0]).as("claims").isEqualTo(1);
        assertThat(counts[2]).as("articles").isEqualTo(1);
        assertThat(t.counts().keySet()).filteredOn(k -> k.kind().equals(DG.LabelTally))
                .anySatisfy(k -> assertThat(k.dims().get(2).value().getLiteralLexicalForm()).isEqualTo("ماريا زاخاروفا"));
    }

    @Test
    void unnamedSpeakersHaveNoSpeakerTally() {
        Tallies t = new Tallies().add(arabic, 1);
        assertThat(t.counts().keySet()).filteredOn(k -> k.kind().equals(DG.SpeakerTally))
                .allSatisfy(k -> assertThat(k.dims().get(0).value().getURI()).doesNotContain("#speaker"));
    }

    @Test
    void storingAndTakingBackAGraphCancelsOut() {
        Tallies t = new Tallies().add(arabic, 1).add(arabic, -1);
        assertThat(t.isEmpty()).isTrue();
    }

    @Test
    void aTallyIriDependsOnlyOnItsDimensions() {
        Tallies a = new Tallies().add(arabic, 1);
        Tallies b = new Tallies().add(Fixtures.mapper().map(Fixtures.arabic()), 1);
        assertThat(a.counts().keySet().stream().map(k -> k.node(Iris.defaultBase())).toList())
                .isEqualTo(b.counts().keySet().stream().map(k -> k.node(Iris.defaultBase())).toList())
                .allSatisfy(n -> assertThat(n.getURI()).matches("https://w3id\\.org/diplograph/id/tally/[A-Za-z]+Tally/[0-9a-f]{16}"));
    }

    @Test
    void rejectsAWeightOtherThanPlusOrMinusOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Tallies().add(arabic, 2));
        assertThat(e).hasMessageContaining("invalid sign 2");
    }
}
