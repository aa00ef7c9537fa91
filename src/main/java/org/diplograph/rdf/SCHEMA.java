package org.diplograph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms diplograph uses, in the {@code http://schema.org/} namespace of the ontology
 * (Jena's {@code SchemaDO} uses {@code https://schema.org/}, which would not join with our data).
 */
public final class SCHEMA {
    private SCHEMA() {}

    public static final String NS = "http://schema.org/";

    public static String getURI() { return NS; }

    public static final Resource NewsArticle = ResourceFactory.createResource(NS + "NewsArticle");
    public static final Resource Country = ResourceFactory.createResource(NS + "Country");

    public static final Property headline = ResourceFactory.createProperty(NS, "headline");
    public static final Property articleBody = ResourceFactory.createProperty(NS, "articleBody");
    public static final Property datePublished = ResourceFactory.createProperty(NS, "datePublished");
    public static final Property url = ResourceFactory.createProperty(NS, "url");
    public static final Property publisher = ResourceFactory.createProperty(NS, "publisher");
    public static final Property inLanguage = ResourceFactory.createProperty(NS, "inLanguage");
}
