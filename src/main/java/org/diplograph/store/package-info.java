/**
 * The knowledge graph on disk: {@link org.diplograph.store.KnowledgeStore} over TDB2.
 *
 * <p>Contract:
 * <ul>
 *   <li>All data lives in named graphs (one per article, plus ontology and lexicon graphs); the default
 *       graph stays empty. Queries see the <em>union of the named graphs</em> as their default graph
 *       (TDB2's {@code unionDefaultGraph}, set on the dataset context when the store opens).</li>
 *   <li>Every access runs inside {@code Txn.executeRead/executeWrite/calculateRead}: TDB2 gives readers a
 *       snapshot, so replacing a graph is atomic (readers see the old or the new graph, never half).</li>
 *   <li>Full-text search: a jena-text (Lucene) index in {@code DIR/text} that every
 *       {@link org.diplograph.store.KnowledgeStore#open} keeps (building it from the data when it is missing or
 *       stale), analysed by {@link org.diplograph.store.ArabicFoldingAnalyzer}, which folds Arabic exactly as
 *       {@code org.diplograph.text.ArabicFolding} does for the extractor (the one use of package {@code text});
 *       query it inside {@code GRAPH ?g { ... }}. Throw-away stores ({@code inMemory}) have no index.</li>
 *   <li>One process at a time may open a store folder; a second process gets a
 *       {@link org.diplograph.model.UserException} that says so.</li>
 * </ul>
 */
package org.diplograph.store;
