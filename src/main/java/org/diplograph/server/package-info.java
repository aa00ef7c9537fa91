/**
 * The SPARQL endpoint: {@link org.diplograph.server.SparqlServer}, a thin wrapper over Jena's embedded
 * {@code FusekiServer} that serves a {@link org.diplograph.store.KnowledgeStore} at {@code /kg}, read-only unless
 * updates are switched on with credentials, with the Fuseki UI at {@code /}.
 *
 * <p>Hardening on top of Fuseki's defaults: a query timeout and a row cap, federated {@code SERVICE} off,
 * CORS limited to GET/POST/OPTIONS, the admin endpoints under {@code /$/} refused except the read-only
 * ones the UI needs ({@link org.diplograph.server.AdminGuardFilter}), and instead of Fuseki's admin module a
 * minimal one ({@link org.diplograph.server.ReadOnlyAdmin}) whose work area ({@code FUSEKI_BASE}, by default
 * {@code ./run}) is a temporary folder deleted on stop, so serving leaves nothing in the working directory.
 *
 * <p>The linked-data front end ({@link org.diplograph.server.LinkedData}): {@code /id/…} pages by content negotiation,
 * {@code /ontology} with generated documentation, VoID at {@code /.well-known/void}, and the SPARQL service description
 * on {@code GET /kg/sparql} without a query.
 */
package org.diplograph.server;
