package org.diplograph.server;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the VoID vocabulary ({@code http://rdfs.org/ns/void#}) used in the dataset description. */
final class VOID {
    private VOID() {}

    static final String NS = "http://rdfs.org/ns/void#";

    static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");
    static final Property sparqlEndpoint = ResourceFactory.createProperty(NS, "sparqlEndpoint");
    static final Property triples = ResourceFactory.createProperty(NS, "triples");
    static final Property entities = ResourceFactory.createProperty(NS, "entities");
    static final Property classes = ResourceFactory.createProperty(NS, "classes");
    static final Property properties = ResourceFactory.createProperty(NS, "properties");
    static final Property classPartition = ResourceFactory.createProperty(NS, "classPartition");
    static final Property propertyPartition = ResourceFactory.createProperty(NS, "propertyPartition");
    static final Property clazz = ResourceFactory.createProperty(NS, "class");
    static final Property property = ResourceFactory.createProperty(NS, "property");
    static final Property uriSpace = ResourceFactory.createProperty(NS, "uriSpace");
    static final Property vocabulary = ResourceFactory.createProperty(NS, "vocabulary");
    static final Property feature = ResourceFactory.createProperty(NS, "feature");
    static final Property exampleResource = ResourceFactory.createProperty(NS, "exampleResource");
    static final Property rootResource = ResourceFactory.createProperty(NS, "rootResource");
}
