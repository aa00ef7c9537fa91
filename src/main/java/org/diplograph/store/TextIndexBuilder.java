package org.diplograph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes the full-text index of a store folder from the quads as they go in, for a bulk load that bypasses the
 * store's transactions: the same documents {@link KnowledgeStore#open} would index from the loaded data, written
 * while the loader runs instead of in a second pass over the store afterwards.
 * <pre>
 *   try (TextIndexBuilder text = TextIndexBuilder.create(Path.of("kg"))) {
 *       quads.forEach(text::add);       // every quad of the store, each once
 *       text.finish();                  // committed and marked current: opening the store keeps it
 *   }
 * </pre>
 * Without {@link #finish()}, {@link #close()} deletes the partial index, so the next open rebuilds it from the data.
 * One thread adds.
 */
public final class TextIndexBuilder implements AutoCloseable {
    private final Path textDir;
    private final EntityDefinition entity = TextIndexedStore.entityDefinition();
    private final TextIndex index;
    private boolean finished;

    private TextIndexBuilder(Path textDir) throws IOException {
        this.textDir = textDir;
        TextIndexedStore.deleteTree(textDir);
        this.index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(textDir), TextIndexedStore.config(entity));
    }

    /** A new, empty index for the store in {@code storeDir} (an index already there is deleted). */
    public static TextIndexBuilder create(Path storeDir) {
        Path textDir = Objects.requireNonNull(storeDir, "storeDir").resolve(TextIndexedStore.TEXT_DIR);
        try {
            return new TextIndexBuilder(textDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the text index in " + textDir, e);
        }
    }

    /** Whether {@link #add} would index {@code q}: its predicate is one of the indexed ones, its object a literal. */
    public static boolean indexes(Quad q) {
        return q.getObject().isLiteral() && TextIndexedStore.isIndexed(q.getPredicate());
    }

    /** Indexes {@code q} when {@link #indexes} says so; else nothing. */
    public void add(Quad q) {
        if (!indexes(q)) return;
        Entity e = TextQueryFuncs.entityFromQuad(entity, q);
        if (e != null) index.addEntity(e);
    }

    /** Commits the index and marks it as written by the current analyzer. */
    public void finish() {
        index.commit();
        index.close();
        finished = true;
        try {
            Files.writeString(textDir.resolve(TextIndexedStore.MARKER), TextIndexedStore.ANALYZER_VERSION + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + textDir.resolve(TextIndexedStore.MARKER), e);
        }
    }

    /** Without {@link #finish()}: drops the partial index. */
    @Override
    public void close() {
        if (finished) return;
        finished = true;
        try {
            index.rollback();
            index.close();
        } finally {
            try {
                TextIndexedStore.deleteTree(textDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the partial text index " + textDir, e);
            }
        }
    }
}
