package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.model.ArticleExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RioCheckTest {
    private static DatasetGraph dataset(boolean named) {
        ExtractionMapper mapper = Fixtures.mapper();
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (ArticleExtraction x : new ArticleExtraction[] {Fixtures.arabic(), Fixtures.english()}) {
            Graph g = mapper.map(x);
            if (named) dsg.addGraph(mapper.graphName(x), g);
            else g.find().forEachRemaining(dsg.getDefaultGraph()::add);
        }
        return dsg;
    }

    private static byte[] write(DatasetGraph dsg, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case "turtle" -> RDFDataMgr.write(out, dsg.getDefaultGraph(), RDFFormat.TURTLE_PRETTY);
            case "trig" -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_PRETTY);
            case "nquads" -> RDFDataMgr.write(out, dsg, RDFFormat.NQUADS);
            case "jsonld" -> RDFDataMgr.write(out, dsg, RDFFormat.JSONLD);
            default -> throw new IllegalArgumentException(format);
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({"turtle, false", "trig, true", "nquads, true", "jsonld, true"})
    void rioReadsJenasOutputCleanlyAndIsomorphically(String format, boolean named) {
        DatasetGraph dsg = dataset(named);
        byte[] bytes = write(dsg, format);
        RioCheck.Result r = RioCheck.parse(bytes, format);
        long quads = dsg.stream().count();
        assertEquals(new RioCheck.Result(quads, java.util.List.of()), r);
        assertThat(RioCheck.isomorphic(dsg, bytes, format)).isTrue();
    }

    @Test
    void noticesADifferentGraph() {
        DatasetGraph dsg = dataset(true);
        byte[] bytes = write(dsg, "nquads");
        dsg.delete(dsg.find().next());
        assertThat(RioCheck.isomorphic(dsg, bytes, "nquads")).isFalse();
    }

    @Test
    void reportsSyntaxErrors() {
        RioCheck.Result r = RioCheck.parse("<urn:a> <urn:b> \"x\"@ .".getBytes(StandardCharsets.UTF_8), "nquads");
        assertThat(r.ok()).isFalse();
        // Rio reports a fatal error to the listener both as an error and as fatal
        assertThat(r.errors()).containsExactly("fatal: Expected a letter, found:   [line 1]",
                "error: [Rio error] Expected a letter, found:   (1, -1)");
    }

    @Test
    void rejectsAnUnknownFormatName() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> RioCheck.parse(new byte[0], "rdfxml")).getMessage())
                .isEqualTo("unknown RDF format 'rdfxml': expected turtle, trig, nquads, ntriples or jsonld");
    }
}
