package org.diplograph.server;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the SPARQL 1.1 Service Description vocabulary ({@code http://www.w3.org/ns/sparql-service-description#}). */
final class SD {
    private SD() {}

    static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    /** The W3C format IRIs ({@code http://www.w3.org/ns/formats/}). */
    static final String FORMATS = "http://www.w3.org/ns/formats/";

    static final Resource Service = ResourceFactory.createResource(NS + "Service");
    static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");
    static final Resource Graph = ResourceFactory.createResource(NS + "Graph");
    static final Resource SPARQL11Query = ResourceFactory.createResource(NS + "SPARQL11Query");
    static final Resource UnionDefaultGraph = ResourceFactory.createResource(NS + "UnionDefaultGraph");
    static final Resource BasicFederatedQuery = ResourceFactory.createResource(NS + "BasicFederatedQuery");
    static final Property endpoint = ResourceFactory.createProperty(NS, "endpoint");
    static final Property supportedLanguage = ResourceFactory.createProperty(NS, "supportedLanguage");
    static final Property resultFormat = ResourceFactory.createProperty(NS, "resultFormat");
    static final Property feature = ResourceFactory.createProperty(NS, "feature");
    static final Property defaultDataset = ResourceFactory.createProperty(NS, "defaultDataset");
    static final Property defaultGraph = ResourceFactory.createProperty(NS, "defaultGraph");
    static final Property defaultEntailmentRegime = ResourceFactory.createProperty(NS, "defaultEntailmentRegime");
}
