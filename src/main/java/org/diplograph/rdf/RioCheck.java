package org.diplograph.rdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Cross-checks serialised RDF with an independent parser, RDF4J Rio. The only class touching RDF4J: Rio's names
 * clash with Jena's ({@code Model}, {@code RDFFormat}, {@code RDFParser}, {@code Statement}), so they stay fully
 * qualified here.
 * <pre>
 *   RioCheck.Result r = RioCheck.parse(bytes, "trig");   // r.statements(), r.errors()
 *   boolean same = RioCheck.isomorphic(dsg, bytes, "trig");
 * </pre>
 */
public final class RioCheck {
    private RioCheck() {}

    /** The base IRI relative references resolve against. */
    private static final String BASE = Iris.DEFAULT_BASE;

    /**
     * What Rio made of a byte stream.
     *
     * @param statements statements (triples or quads) read
     * @param errors     fatal error, errors and warnings, in the order Rio reported them; empty when clean
     */
    public record Result(long statements, List<String> errors) {
        public Result { errors = List.copyOf(errors); }

        public boolean ok() { return errors.isEmpty(); }
    }

    /** Parses a stream in a format named {@code turtle}, {@code trig}, {@code nquads}, {@code ntriples} or {@code jsonld}. */
    public static Result parse(InputStream in, String format) {
        org.eclipse.rdf4j.rio.RDFFormat f = format(format);
        org.eclipse.rdf4j.rio.RDFParser parser = org.eclipse.rdf4j.rio.Rio.createParser(f);
        org.eclipse.rdf4j.rio.helpers.ParseErrorCollector errors = new org.eclipse.rdf4j.rio.helpers.ParseErrorCollector();
        parser.setParseErrorListener(errors);
        parser.getParserConfig()
                .set(org.eclipse.rdf4j.rio.helpers.BasicParserSettings.VERIFY_URI_SYNTAX, true)
                .set(org.eclipse.rdf4j.rio.helpers.BasicParserSettings.VERIFY_LANGUAGE_TAGS, true)
                .set(org.eclipse.rdf4j.rio.helpers.BasicParserSettings.VERIFY_DATATYPE_VALUES, true)
                .set(org.eclipse.rdf4j.rio.helpers.BasicParserSettings.FAIL_ON_UNKNOWN_DATATYPES, false);
        org.eclipse.rdf4j.rio.helpers.StatementCollector collector = new org.eclipse.rdf4j.rio.helpers.StatementCollector();
        parser.setRDFHandler(collector);
        String fatal = null;
        try {
            parser.parse(in, BASE);
        } catch (org.eclipse.rdf4j.rio.RDFParseException | org.eclipse.rdf4j.rio.RDFHandlerException e) {
            fatal = "fatal: " + e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> all = new java.util.ArrayList<>();
        errors.getFatalErrors().forEach(m -> all.add("fatal: " + m));
        if (fatal != null && errors.getFatalErrors().isEmpty()) all.add(fatal); // the listener usually has it, with position
        errors.getErrors().forEach(m -> all.add("error: " + m));
        errors.getWarnings().forEach(m -> all.add("warning: " + m));
        return new Result(collector.getStatements().size(), all.stream().distinct().toList());
    }

    /** Parses bytes; see {@link #parse(InputStream, String)}. */
    public static Result parse(byte[] bytes, String format) { return parse(new ByteArrayInputStream(bytes), format); }

    /**
     * True when Rio reads {@code serialised} as the same quads as the Jena dataset (blank nodes up to renaming;
     * graph names count, so compare triple formats against a dataset with only a default graph).
     *
     * @throws IllegalArgumentException if Rio cannot parse the bytes, naming the error
     */
    public static boolean isomorphic(DatasetGraph jena, byte[] serialised, String format) {
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        RDFDataMgr.write(nq, jena, Lang.NQUADS);
        org.eclipse.rdf4j.model.Model expected = read(nq.toByteArray(), format("nquads"));
        org.eclipse.rdf4j.model.Model actual = read(serialised, format(format));
        return org.eclipse.rdf4j.model.util.Models.isomorphic(expected, actual);
    }

    private static org.eclipse.rdf4j.model.Model read(byte[] bytes, org.eclipse.rdf4j.rio.RDFFormat f) {
        try {
            return org.eclipse.rdf4j.rio.Rio.parse(new ByteArrayInputStream(bytes), BASE, f);
        } catch (org.eclipse.rdf4j.rio.RDFParseException e) {
            throw new IllegalArgumentException("Rio cannot parse the %s data: %s".formatted(f.getName(), e.getMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static org.eclipse.rdf4j.rio.RDFFormat format(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "turtle", "ttl" -> org.eclipse.rdf4j.rio.RDFFormat.TURTLE;
            case "trig" -> org.eclipse.rdf4j.rio.RDFFormat.TRIG;
            case "nquads", "nq" -> org.eclipse.rdf4j.rio.RDFFormat.NQUADS;
            case "ntriples", "nt" -> org.eclipse.rdf4j.rio.RDFFormat.NTRIPLES;
            case "jsonld", "json-ld" -> org.eclipse.rdf4j.rio.RDFFormat.JSONLD;
            default -> throw new IllegalArgumentException(
                    "unknown RDF format '%s': expected turtle, trig, nquads, ntriples or jsonld".formatted(name));
        };
    }
}
