package org.diplograph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

/**
 * The SPARQL 1.1 Service Description, answered on {@code GET} of a query endpoint without a query string (Fuseki
 * itself answers 404 there): an {@code sd:Service} with its {@code sd:endpoint}, {@code sd:SPARQL11Query}, the result
 * formats, the union default graph ({@code sd:UnionDefaultGraph}) and a link to the VoID description. Every other
 * request passes on to Fuseki. Registered as a filter, which runs before Fuseki's dispatch.
 */
final class ServiceDescription implements Filter {
    /** The endpoints described (paths under the dataset). */
    static final List<String> ENDPOINTS = List.of("sparql", "query");
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))
                && (req.getQueryString() == null || req.getQueryString().isEmpty())) {
            LinkedDataServlet.vary(resp, "Accept");
            Conneg.Choice r = Conneg.negotiate(req.getHeader("Accept"), Conneg.RDF);
            if (r == null) {
                RdfResponses.notAcceptable(resp, Conneg.RDF);
                return;
            }
            String origin = VoidDescription.origin(req);
            String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
            RdfResponses.graph(resp, describe(origin, origin + path).getGraph(), r);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The description of the endpoint at {@code endpointUrl}. */
    static Model describe(String origin, String endpointUrl) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD.NS);
        m.setNsPrefix("dcterms", DCTerms.getURI());
        m.setNsPrefix("rdfs", RDFS.getURI());
        Resource defaultGraph = m.createResource(SD.Graph)
                .addProperty(DCTerms.description, "The union of all named graphs (articles, lexicon, ontology).", "en");
        Resource dataset = m.createResource(SD.Dataset).addProperty(SD.defaultGraph, defaultGraph);
        Resource service = m.createResource(SD.Service)
                .addProperty(SD.endpoint, m.createResource(endpointUrl))
                .addProperty(SD.supportedLanguage, SD.SPARQL11Query)
                .addProperty(SD.feature, SD.UnionDefaultGraph)
                .addProperty(SD.defaultEntailmentRegime, m.createResource("http://www.w3.org/ns/entailment/Simple"))
                .addProperty(SD.defaultDataset, dataset)
                .addProperty(RDFS.seeAlso, m.createResource(origin + VoidDescription.PATH))
                .addProperty(RDFS.comment, "Read-only. Federated SERVICE is disabled; queries have a timeout and a row cap.", "en");
        for (String f : RESULT_FORMATS) service.addProperty(SD.resultFormat, m.createResource(SD.FORMATS + f));
        return m;
    }
}
