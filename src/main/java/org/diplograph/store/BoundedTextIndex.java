package org.diplograph.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.rdf.model.Resource;

/**
 * A {@link TextIndex} whose searches refuse query strings that Lucene's query parser cannot take safely: parentheses
 * nested deeper than {@value #MAX_DEPTH} levels (the parser recurses once per level, and a few thousand levels
 * overflow the stack). Such a string, or one that overflows the stack anyway, is a {@link TextIndexParseException}
 * (a query parse error: HTTP 400 from the endpoint), not an {@link Error} with a thousand-line stack trace.
 * Everything else is passed to the wrapped index.
 */
final class BoundedTextIndex implements TextIndex {
    /** The deepest nesting of parentheses a text query may have. */
    static final int MAX_DEPTH = 32;

    private final TextIndex index;

    BoundedTextIndex(TextIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** The deepest nesting of unescaped parentheses outside quoted phrases in a Lucene query string. */
    static int depth(String qs) {
        int depth = 0, max = 0;
        boolean quoted = false;
        for (int i = 0; i < qs.length(); i++) {
            char c = qs.charAt(i);
            if (c == '\\') i++;
            else if (c == '"') quoted = !quoted;
            else if (!quoted && c == '(') max = Math.max(max, ++depth);
            else if (!quoted && c == ')' && depth > 0) depth--;
        }
        return max;
    }

    private static <T> T search(String qs, Supplier<T> search) {
        if (qs != null) {
            int depth = depth(qs);
            if (depth > MAX_DEPTH) throw new TextIndexParseException(abbreviate(qs),
                    "text:query string nests parentheses %d deep; at most %d are allowed".formatted(depth, MAX_DEPTH));
        }
        try {
            return search.get();
        } catch (StackOverflowError e) {
            throw new TextIndexParseException(abbreviate(qs), "text:query string too complex to parse");
        }
    }

    private static String abbreviate(String qs) {
        return qs == null || qs.length() <= 80 ? qs : qs.substring(0, 80) + "…";
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return search(qs, () -> index.query(property, qs, graphURI, lang, limit));
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return search(qs, () -> index.query(property, qs, graphURI, lang));
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return search(qs, () -> index.query(property, qs, graphURI, lang, limit, highlight));
    }

    @Override
    public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return search(qs, () -> index.query(props, qs, graphURI, lang, limit, highlight));
    }

    @Override
    public List<TextHit> query(String subjectUri, List<Resource> props, String qs, String graphURI, String lang,
                               int limit, String highlight) {
        return search(qs, () -> index.query(subjectUri, props, qs, graphURI, lang, limit, highlight));
    }

    @Override
    public List<TextHit> query(Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit,
                               String highlight) {
        return search(qs, () -> index.query(subj, props, qs, graphURI, lang, limit, highlight));
    }

    @Override
    public List<TextHit> query(String subjectUri, Node property, String qs, String graphURI, String lang, int limit,
                               String highlight) {
        return search(qs, () -> index.query(subjectUri, property, qs, graphURI, lang, limit, highlight));
    }

    @Override public void prepareCommit() { index.prepareCommit(); }
    @Override public void commit() { index.commit(); }
    @Override public void rollback() { index.rollback(); }
    @Override public void addEntity(Entity entity) { index.addEntity(entity); }
    @Override public void updateEntity(Entity entity) { index.updateEntity(entity); }
    @Override public void deleteEntity(Entity entity) { index.deleteEntity(entity); }
    @Override public Map<String, Node> get(String uri) { return index.get(uri); }
    @Override public EntityDefinition getDocDef() { return index.getDocDef(); }
    @Override public void close() { index.close(); }
}
