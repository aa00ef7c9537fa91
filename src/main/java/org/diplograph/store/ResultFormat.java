package org.diplograph.store;

import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * How query results are written. SELECT and ASK results take the result-set formats ({@link #TEXT}, {@link #CSV},
 * {@link #TSV}, {@link #JSON}, {@link #XML}); CONSTRUCT and DESCRIBE results take the RDF formats
 * ({@link #TURTLE}, {@link #NTRIPLES}, {@link #JSONLD}).
 */
public enum ResultFormat {
    TEXT(ResultSetLang.RS_Text, null),
    CSV(ResultSetLang.RS_CSV, null),
    TSV(ResultSetLang.RS_TSV, null),
    JSON(ResultSetLang.RS_JSON, null),
    XML(ResultSetLang.RS_XML, null),
    TURTLE(null, RDFFormat.TURTLE_PRETTY),
    NTRIPLES(null, RDFFormat.NTRIPLES),
    JSONLD(null, RDFFormat.JSONLD11_PRETTY);

    private final Lang resultSetLang;
    private final RDFFormat rdfFormat;

    ResultFormat(Lang resultSetLang, RDFFormat rdfFormat) {
        this.resultSetLang = resultSetLang;
        this.rdfFormat = rdfFormat;
    }

    /** True for the formats of SELECT and ASK results. */
    public boolean isResultSetFormat() { return resultSetLang != null; }

    /** True for the formats of CONSTRUCT and DESCRIBE results. */
    public boolean isGraphFormat() { return rdfFormat != null; }

    Lang resultSetLang() { return resultSetLang; }

    RDFFormat rdfFormat() { return rdfFormat; }

    /** The lower-case name used on the command line. */
    public String label() { return name().toLowerCase(Locale.ROOT); }
}
