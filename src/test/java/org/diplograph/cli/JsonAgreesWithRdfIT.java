package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.cli.CliRuns.demoArticles;
import static org.diplograph.cli.CliRuns.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.cli.CliRuns.Run;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.PROV;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract --format jsonl} says what the RDF of the same run says: the speaker's institution, and evidence
 * that starts and ends on a word or a quotation quoted whole (issue 12, item 19).
 */
@Tag("issue-12")
class JsonAgreesWithRdfIT {
    private static final String QUOTES = "\"'“”„‘’«»";

    @TempDir Path tmp;

    @Test
    void theSpeakersInstitutionIsTheSameInJsonAndRdf() throws Exception {
        Path articles = demoArticles(tmp);
        Map<String, String> fromJson = new TreeMap<>();
        for (JsonNode article : jsonl(articles))
            for (JsonNode st : article.get("statements")) {
                JsonNode sp = st.get("speaker");
                fromJson.put(sp.get("iri").asText(), sp.get("institution").isNull() ? "-" : sp.get("institution").asText());
            }
        Map<String, String> fromRdf = new TreeMap<>();
        DatasetGraph ds = nquads(articles);
        ds.find(Node.ANY, Node.ANY, PROV.wasAttributedTo.asNode(), Node.ANY).forEachRemaining(q -> {
            List<Quad> inst = new ArrayList<>();
            ds.find(q.getGraph(), q.getSubject(), DG.speakerInstitution.asNode(), Node.ANY).forEachRemaining(inst::add);
            String label = inst.isEmpty() ? "-" : ds.find(q.getGraph(), inst.get(0).getObject(), SKOS.prefLabel.asNode(), Node.ANY)
                    .next().getObject().getLiteralLexicalForm();
            fromRdf.put(q.getObject().getURI(), label);
        });
        assertThat(fromJson).isEqualTo(fromRdf);
        assertThat(fromJson).containsEntry("https://w3id.org/diplograph/id/person/maria-zakharova", "RUS foreign ministry")
                .containsEntry("https://w3id.org/diplograph/id/person/dmitry-peskov", "RUS presidency");
    }

    @Test
    void evidenceNeitherStartsNorEndsOnStrayPunctuationOrQuoteMarks() throws Exception {
        List<String> evidence = new ArrayList<>();
        for (JsonNode article : jsonl(demoArticles(tmp)))
            for (JsonNode st : article.get("statements"))
                for (JsonNode c : st.get("claims")) evidence.add(c.get("evidence").get("text").asText());
        DatasetGraph ds = nquads(demoArticles(tmp.resolve("again")));
        TreeSet<String> exact = new TreeSet<>();
        ds.find(Node.ANY, Node.ANY, org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/oa#exact"), Node.ANY)
                .forEachRemaining(q -> exact.add(q.getObject().getLiteralLexicalForm()));
        assertThat(evidence).isNotEmpty();
        assertThat(exact).containsAll(evidence);
        for (String text : exact) {
            char first = text.charAt(0), last = text.charAt(text.length() - 1);
            assertThat(".,،;؛:!?؟-–— ").as(text).doesNotContain(String.valueOf(first)).doesNotContain(String.valueOf(last));
            if (QUOTES.indexOf(first) >= 0) assertThat(text.substring(1)).as(text).containsAnyOf(QUOTES.split(""));
            if (QUOTES.indexOf(last) >= 0) assertThat(text.substring(0, text.length() - 1)).as(text).containsAnyOf(QUOTES.split(""));
        }
    }

    private static List<JsonNode> jsonl(Path articles) throws Exception {
        Run r = run("extract", "--quiet", "--format", "jsonl", articles.toString());
        assertThat(r.code()).as(r.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.out().lines().toList()) out.add(json.readTree(line));
        return out;
    }

    private static DatasetGraph nquads(Path articles) {
        Run r = run("extract", "--quiet", "--format", "nquads", articles.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return RDFParser.fromString(r.out(), Lang.NQUADS).toDatasetGraph();
    }
}
