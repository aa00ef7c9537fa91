package org.diplograph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The stance chart: one stacked bar per month, undated last, a tone line, no script or style attribute. */
@Tag("issue-13")
class StanceChartTest {
    @Test
    void drawsOneBarPerMonthWithUndatedLastAndTheToneLine() {
        Map<String, long[]> months = new LinkedHashMap<>();
        months.put("undated", new long[] {1, 0, 0});
        months.put("2024-07", new long[] {3, 1, 0});
        months.put("2024-08", new long[] {0, 0, 2});
        String svg = StanceChart.svg(months, "en");
        assertThat(svg.indexOf("data-month=\"2024-07\"")).isLessThan(svg.indexOf("data-month=\"2024-08\""));
        assertThat(svg.indexOf("data-month=\"2024-08\"")).isLessThan(svg.indexOf("data-month=\"undated\""));
        assertThat(svg).contains("2024-07: 4 claims · positive 3 · neutral 1 · negative 0 · tone +0.75")
                .contains("2024-08: 2 claims · positive 0 · neutral 0 · negative 2 · tone -1.00")
                .contains("<path class=\"tone\"").doesNotContain("style=").doesNotContain("<script");
    }

    @Test
    void anEmptySetSaysSo() {
        assertThat(StanceChart.svg(Map.of(), "ar")).contains("لا توجد تصريحات");
    }
}
