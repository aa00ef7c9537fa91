package org.diplograph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.store.FSDirectory;

/**
 * The jena-text full-text index of a store: Lucene in {@code DIR/text}, over {@code skos:prefLabel},
 * {@code skos:altLabel}, {@code oa:exact} and {@code schema:headline}, with the Arabic analyzer for {@code @ar}
 * literals (multilingual support: each language tag gets its Lucene analyzer, others the standard one).
 *
 * <p>The index keeps the graph of each literal, so a text query goes inside {@code GRAPH ?g}:
 * <pre>
 *   PREFIX text: &lt;http://jena.apache.org/text#&gt;
 *   SELECT ?g ?s ?label { GRAPH ?g { (?s ?score ?label) text:query ('الخارجية' 'lang:ar') } }
 * </pre>
 * Writes through the store update the index in the same transaction (removing a graph removes its entries).
 */
final class TextIndexedStore {
    /** The folder of the Lucene index inside the store folder. */
    static final String TEXT_DIR = "text";

    static final Node SKOS_PREF_LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");
    static final Node SKOS_ALT_LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel");
    static final Node OA_EXACT = NodeFactory.createURI("http://www.w3.org/ns/oa#exact");
    static final Node SCHEMA_HEADLINE = NodeFactory.createURI("http://schema.org/headline");

    private TextIndexedStore() {}

    /** Wraps the TDB2 dataset of store folder {@code dir} with the text index in {@code dir/text}. */
    static DatasetGraph wrap(DatasetGraph tdb, Path dir) {
        EntityDefinition entity = new EntityDefinition("uri", "text", "graph");
        for (Node p : new Node[] {SKOS_PREF_LABEL, SKOS_ALT_LABEL, OA_EXACT, SCHEMA_HEADLINE})
            entity.set("text", p);
        entity.setLangField("lang");
        entity.setUidField("uid");   // without a uid field, deleting a quad leaves its index entry searchable
        TextIndexConfig config = new TextIndexConfig(entity);
        config.setMultilingualSupport(true);
        config.setValueStored(true);
        try {
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir.resolve(TEXT_DIR)), config);
            return TextDatasetFactory.create(tdb, index, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + dir.resolve(TEXT_DIR), e);
        }
    }
}
