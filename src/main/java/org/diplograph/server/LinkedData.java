package org.diplograph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.diplograph.rdf.Iris;
import org.diplograph.store.KnowledgeStore;

/**
 * Registers the linked-data front end on a Fuseki builder: {@code /id/*} and {@code /concept/*} with their documents
 * {@code /page/*} and {@code /data/*} ({@link LinkedDataServlet}), the ontology
 * ({@link OntologyPages}), {@code /.well-known/void} ({@link VoidDescription}) and the service description on
 * {@code GET} of the query endpoints without a query ({@link ServiceDescription}).
 */
final class LinkedData {
    private LinkedData() {}

    static void register(FusekiServer.Builder b, KnowledgeStore store, Iris iris) {
        LinkedDataServlet things = new LinkedDataServlet(store, iris);
        for (String path : LinkedDataServlet.PATHS) b.addServlet(path, things);
        OntologyPages ontology = new OntologyPages(iris);
        for (String path : OntologyPages.PATHS) b.addServlet(path, ontology);
        b.addServlet(VoidDescription.PATH, new VoidDescription(store, iris));
        ServiceDescription sd = new ServiceDescription();
        for (String endpoint : ServiceDescription.ENDPOINTS) b.addFilter(SparqlServer.DATASET + "/" + endpoint, sd);
    }
}
