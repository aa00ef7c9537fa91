package org.diplograph.validate;

import java.util.Comparator;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;

/**
 * The outcome of a SHACL validation in brief.
 *
 * @param conforms   true when there is no result of any severity
 * @param violations number of results of severity sh:Violation
 * @param reportText one line per result: severity, focus node, path, value and message, sorted; empty when conforming
 */
public record ValidationResult(boolean conforms, int violations, String reportText) {

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("dg", "https://w3id.org/diplograph/ontology#")
            .setNsPrefix("dgc", "https://w3id.org/diplograph/concept/")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("schema", "http://schema.org/")
            .setNsPrefix("oa", "http://www.w3.org/ns/oa#")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .lock();
    private static final PrefixMap PREFIX_MAP = PrefixMapFactory.create(PREFIXES);

    /** The brief form of a Jena report. */
    public static ValidationResult of(ValidationReport report) {
        int violations = (int) report.getEntries().stream().filter(e -> e.severity() == Severity.Violation).count();
        String text = report.getEntries().stream().map(ValidationResult::line).sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("\n"));
        return new ValidationResult(report.conforms(), violations, text);
    }

    private static String line(ReportEntry e) {
        String path = e.resultPath() == null ? "-" : e.resultPath().toString(new Prologue(PREFIXES));
        return "%s %s path=%s value=%s: %s".formatted(e.severity().level().getLocalName(), fmt(e.focusNode()), path,
                fmt(e.value()), e.message());
    }

    private static String fmt(Node n) { return n == null ? "-" : NodeFmtLib.str(n, PREFIX_MAP); }
}
