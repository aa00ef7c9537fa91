package org.diplograph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.store.FSDirectory;

/**
 * The jena-text full-text index of a store: Lucene in {@code DIR/text}, over {@code skos:prefLabel},
 * {@code skos:altLabel}, {@code oa:exact} and {@code schema:headline}, analysed by {@link ArabicFoldingAnalyzer}
 * (Arabic folding and proclitics, English stemming), with the language tag kept so {@code 'lang:ar'} filters.
 *
 * <p>The index keeps the graph of each literal, so a text query may go inside {@code GRAPH ?g} to get it:
 * <pre>
 *   PREFIX text: &lt;http://jena.apache.org/text#&gt;
 *   SELECT ?g ?s ?label { GRAPH ?g { (?s ?score ?label) text:query ('الخارجية' 'lang:ar') } }
 * </pre>
 * Jena then runs one Lucene search per named graph (one per article: 75 s on 10,000 articles); over the default
 * (union) graph, {@code (?s ?score ?label) text:query ('الخارجية' 100 'lang:ar')} runs one search.
 * Writes through the store update the index in the same transaction (removing a graph removes its entries).
 * Searches go through {@link BoundedTextIndex}: a query string nested too deeply is a parse error, not a crash.
 * When the folder has no index, or one written by another analyzer (the {@value #MARKER} file says which), the
 * index is rebuilt from the store's data when the store opens. A bulk load writes it as the quads go in
 * ({@link TextIndexBuilder}).
 */
final class TextIndexedStore {
    /** The folder of the Lucene index inside the store folder. */
    static final String TEXT_DIR = "text";
    /** The file in {@link #TEXT_DIR} naming the analyzer the index was written with. */
    static final String MARKER = "analyzer.txt";
    /** Changes whenever the analysis changes, so old indexes get rebuilt. */
    static final String ANALYZER_VERSION = "diplograph-arabic-folding-1";

    static final Node SKOS_PREF_LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");
    static final Node SKOS_ALT_LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel");
    static final Node OA_EXACT = NodeFactory.createURI("http://www.w3.org/ns/oa#exact");
    static final Node SCHEMA_HEADLINE = NodeFactory.createURI("http://schema.org/headline");
    private static final Node[] INDEXED = {SKOS_PREF_LABEL, SKOS_ALT_LABEL, OA_EXACT, SCHEMA_HEADLINE};

    private TextIndexedStore() {}

    /**
     * Wraps the TDB2 dataset of store folder {@code dir} with the text index in {@code dir/text}, first (re)building
     * the index from the data when it is missing or was written by another analyzer.
     */
    static DatasetGraph wrap(DatasetGraph tdb, Path dir) {
        Path textDir = dir.resolve(TEXT_DIR);
        EntityDefinition entity = entityDefinition();
        try {
            boolean rebuild = !isCurrent(textDir);
            if (rebuild) deleteTree(textDir);
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(textDir), config(entity));
            if (rebuild) {
                reindex(tdb, index, entity);
                Files.writeString(textDir.resolve(MARKER), ANALYZER_VERSION + "\n", StandardCharsets.UTF_8);
            }
            return TextDatasetFactory.create(tdb, new BoundedTextIndex(index), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + textDir, e);
        }
    }

    static EntityDefinition entityDefinition() {
        EntityDefinition entity = new EntityDefinition("uri", "text", "graph");
        for (Node p : INDEXED) entity.set("text", p);
        entity.setLangField("lang");
        entity.setUidField("uid");   // without a uid field, deleting a quad leaves its index entry searchable
        return entity;
    }

    static TextIndexConfig config(EntityDefinition entity) {
        TextIndexConfig config = new TextIndexConfig(entity);
        config.setAnalyzer(ArabicFoldingAnalyzer.forIndex());
        // jena-text wraps the index analyzer so the id fields are not tokenised; a query analyzer is used as given.
        Analyzer keyword = new KeywordAnalyzer();
        config.setQueryAnalyzer(new PerFieldAnalyzerWrapper(ArabicFoldingAnalyzer.forQuery(), Map.of(
                entity.getEntityField(), keyword, entity.getGraphField(), keyword,
                entity.getLangField(), keyword, entity.getUidField(), keyword)));
        config.setValueStored(true);
        return config;
    }

    private static boolean isCurrent(Path textDir) throws IOException {
        Path marker = textDir.resolve(MARKER);
        return Files.isRegularFile(marker)
                && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(ANALYZER_VERSION);
    }

    /** Adds every indexed literal of {@code tdb} to {@code index} and commits. */
    private static void reindex(DatasetGraph tdb, TextIndex index, EntityDefinition entity) {
        Txn.executeRead(tdb, () -> {
            for (Node p : INDEXED)
                tdb.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    Entity e = TextQueryFuncs.entityFromQuad(entity, q);
                    if (e != null) index.addEntity(e);
                });
        });
        index.commit();
    }

    static boolean isIndexed(Node predicate) {
        for (Node p : INDEXED) if (p.equals(predicate)) return true;
        return false;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
