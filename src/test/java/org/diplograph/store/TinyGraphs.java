package org.diplograph.store;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Hand-written article graphs in the shape of ontology/README.md, for store and server tests. */
public final class TinyGraphs {
    private TinyGraphs() {}

    public static final String GRAPH_BASE = "https://w3id.org/diplograph/graph/article/";

    public static Node articleGraph(String key) {
        return NodeFactory.createURI(GRAPH_BASE + key);
    }

    /** One article with one statement by {@code speaker} and one claim with two participants. */
    public static Graph article(String key, String speaker, String participant) {
        String ttl = """
                PREFIX schema: <http://schema.org/>
                PREFIX dg:     <https://w3id.org/diplograph/ontology#>
                BASE           <https://w3id.org/diplograph/id/>
                PREFIX prov:   <http://www.w3.org/ns/prov#>
                PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
                <article/%1$s> a schema:NewsArticle ; schema:headline "خبر %1$s"@ar .
                <statement/%1$s/1> a dg:Statement ; prov:wasAttributedTo <%2$s> ;
                    prov:wasDerivedFrom <article/%1$s> ; dg:claim <claim/%1$s/1/1> .
                <claim/%1$s/1/1> a dg:Claim ; dg:participant <%3$s> , <state/USA> .
                <%2$s> skos:prefLabel "%2$s"@en .
                """.formatted(key, speaker, participant);
        return RDFParser.fromString(ttl, Lang.TURTLE).toGraph();
    }

    /** A store holding articles a1 (speaker person/p1, about state/RUS) and a2 (person/p2, state/RUS). */
    public static KnowledgeStore twoArticles() {
        KnowledgeStore store = KnowledgeStore.inMemory();
        seed(store, "a1", "a2");
        return store;
    }

    /** A store on disk at {@code dir/kg} holding the tiny article graphs {@code keys}, closed again; its path. */
    public static Path seededStore(Path dir, String... keys) {
        Path path = dir.resolve("kg");
        try (KnowledgeStore s = KnowledgeStore.open(path)) {
            seed(s, keys);
        }
        return path;
    }

    /** Puts articles {@code aN} (speaker person/pN, about state/RUS) into the store. */
    public static void seed(KnowledgeStore store, String... keys) {
        for (String key : keys)
            store.replaceGraph(articleGraph(key), article(key, "person/p" + key.substring(1), "state/RUS"));
    }
}
