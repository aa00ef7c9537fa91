package org.diplograph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.rdf.Iris;
import org.junit.jupiter.api.Test;

/** The size of a text search's set is a lower bound exactly when the search reached its cap of passages. */
class ExplorePageTest {
    private static final Iris IRIS = Iris.defaultBase();

    private static String page(long passages) {
        Map<Facet, Panel<List<ExploreData.Count>>> facets = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) facets.put(f, new Panel<>("SELECT * {}", List.of(), false, 1));
        ExploreData d = new ExploreData(new Panel<>("SELECT * {}", 500L, false, 1), facets, new Panel<>("SELECT * {}", Map.of(), false, 1),
                new Panel<>("SELECT * {}", List.of(), false, 1), new Panel<>("SELECT * {}", List.of(), false, 1), Map.of(),
                new Panel<>("SELECT * {}", passages, false, 1));
        ExploreState s = ExploreState.parse(Map.of("q", new String[] {"تطبيع"}));
        return new ExplorePage(IRIS, Labels.read(DatasetGraphFactory.createTxnMem()), s, d, "SELECT * {}").render();
    }

    @Test
    void aSearchThatReachedItsCapSaysAtLeast() {
        assertThat(page(ExploreQueries.TEXT_HITS)).contains("at least <strong>500</strong> claims").contains("id=\"text-cut\"")
                .contains("id=\"sparql-hits\"");
        assertThat(page(ExploreQueries.TEXT_HITS - 1)).doesNotContain("at least").doesNotContain("text-cut")
                .contains("<strong>500</strong> claims");
    }
}
