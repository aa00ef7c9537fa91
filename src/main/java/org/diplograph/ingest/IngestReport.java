package org.diplograph.ingest;

import java.util.List;
import org.diplograph.model.Problem;

/**
 * What an ingest run did.
 *
 * @param added     articles new to the store
 * @param replaced  articles whose graph changed and was replaced
 * @param unchanged articles already stored exactly so (nothing written)
 * @param rejected  articles not stored (unreadable, extraction failed, or their graph failed validation)
 * @param problems  every problem, in input order
 */
public record IngestReport(int added, int replaced, int unchanged, int rejected, List<Problem> problems) {
    public IngestReport {
        problems = List.copyOf(problems);
    }

    public int stored() { return added + replaced; }

    public String summary() {
        return "%d articles: %d added, %d replaced, %d unchanged, %d rejected".formatted(
                added + replaced + unchanged + rejected, added, replaced, unchanged, rejected);
    }
}
