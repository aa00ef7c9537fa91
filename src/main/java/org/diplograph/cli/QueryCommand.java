package org.diplograph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.diplograph.model.UserException;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.store.ResultFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code query}: runs one SPARQL query over the store (the union of its named graphs is the default graph).
 * <pre>
 *   diplograph query --format csv 'SELECT ?s { ?s a &lt;https://w3id.org/diplograph/ontology#Statement&gt; }'
 *   diplograph query --file timeline.rq
 * </pre>
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query over the knowledge graph; the union of all named graphs is the default graph.")
public final class QueryCommand implements Callable<Integer> {
    /** Output formats; SELECT/ASK take table, csv, tsv, json, xml; CONSTRUCT/DESCRIBE take table (= turtle), turtle, ntriples, jsonld, json (= jsonld). */
    enum Format { table, csv, tsv, json, xml, turtle, ntriples, jsonld }

    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions storeOptions;
    @Mixin VerboseOption verbose;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json, xml (SELECT, ASK); turtle, ntriples, jsonld (CONSTRUCT, DESCRIBE). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--file", paramLabel = "F", description = "Read the query from this file instead of the argument.")
    Path file;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The SPARQL query text.")
    String text;

    @Override
    public Integer call() {
        if ((text == null) == (file == null))
            throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of QUERY or --file F");
        Query query = parse(text != null ? text : read(file));
        ResultFormat resultFormat = resultFormat(format, query);
        try (KnowledgeStore store = KnowledgeStore.open(storeOptions.existing())) {
            PrintWriter out = spec.commandLine().getOut();
            OutputStream bytes = utf8Stream(out);
            store.query(query, Map.of(), resultFormat, bytes);
            flush(bytes);
            out.flush();
        }
        return 0;
    }

    static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
            throw new UserException("query syntax error: " + first);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException("query file %s not found".formatted(file), e);
        } catch (IOException e) {
            throw new UserException("cannot read query file %s: %s".formatted(file, e.getMessage()), e);
        }
    }

    /** Maps the command-line format to a store format that fits the query form, or says which formats do. */
    static ResultFormat resultFormat(Format format, Query query) {
        boolean graphForm = query.isConstructType() || query.isDescribeType();
        ResultFormat f = switch (format) {
            case table -> graphForm ? ResultFormat.TURTLE : ResultFormat.TEXT;
            case json -> graphForm ? ResultFormat.JSONLD : ResultFormat.JSON;
            case csv -> ResultFormat.CSV;
            case tsv -> ResultFormat.TSV;
            case xml -> ResultFormat.XML;
            case turtle -> ResultFormat.TURTLE;
            case ntriples -> ResultFormat.NTRIPLES;
            case jsonld -> ResultFormat.JSONLD;
        };
        if (graphForm && !f.isGraphFormat())
            throw new UserException("--format %s does not fit a %s query; use turtle, ntriples or jsonld"
                    .formatted(format, query.isConstructType() ? "CONSTRUCT" : "DESCRIBE"));
        if (!graphForm && !f.isResultSetFormat())
            throw new UserException("--format %s does not fit a %s query; use table, csv, tsv, json or xml"
                    .formatted(format, query.isAskType() ? "ASK" : "SELECT"));
        return f;
    }

    /** A UTF-8 byte stream onto a command's text output (picocli gives commands a PrintWriter). */
    static OutputStream utf8Stream(PrintWriter out) {
        try {
            return WriterOutputStream.builder().setWriter(out).setCharset(StandardCharsets.UTF_8)
                    .setWriteImmediately(true).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
