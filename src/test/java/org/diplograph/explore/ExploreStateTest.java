package org.diplograph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The URL holds the whole state: parsing the query string of a state gives the same state back. */
@Tag("issue-13")
class ExploreStateTest {
    private static Map<String, String[]> params(String query) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String part : query.split("&")) {
            if (part.isEmpty()) continue;
            String[] kv = part.split("=", 2);
            m.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
             .add(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        Map<String, String[]> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
        return out;
    }

    @Test
    void valuesWithCommasAmpersandsAndArabicSurviveTheUrl() {
        ExploreState s = ExploreState.empty().with(Facet.OUTLET, "A, B & C").with(Facet.OUTLET, "تركيا الآن")
                .with(Facet.STANCE, "positive").withMonths("2024-01", "2024-06").withUi("ar");
        s = new ExploreState(s.selected(), s.from(), s.to(), "والتطبيع 100%", s.ui());
        ExploreState back = ExploreState.parse(params(s.query()));
        assertThat(back).isEqualTo(s);
        assertThat(back.values(Facet.OUTLET)).containsExactly("A, B & C", "تركيا الآن");
    }

    @Test
    void removingTheLastValueOfAFacetDropsTheFacet() {
        ExploreState s = ExploreState.empty().with(Facet.STANCE, "positive").without(Facet.STANCE, "positive");
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.query()).isEmpty();
    }
}
