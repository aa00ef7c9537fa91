package org.diplograph.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What the job made of one article, or the bad record that stands for it.
 *
 * @param nquads     the article graph as N-Quads lines (one named graph per article), as {@code extract --format nquads}
 *                   writes them, joined by newlines without a last one; null when not asked for
 * @param quadCount  the number of those lines
 * @param claims     one row per claim, in the schema of {@link ClaimsTable#SCHEMA}
 * @param statements the article's line of {@code extract --format jsonl}
 * @param bad        the bad record, or null
 */
record Outcome(String nquads, int quadCount, List<Row> claims, String statements, BadRecord bad) implements Serializable {
    static Outcome bad(BadRecord b) { return new Outcome(null, 0, List.of(), null, b); }
}
