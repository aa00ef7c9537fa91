/**
 * Ingestion: articles → extraction → article graph → SHACL check → the store, one named graph per article.
 * Re-ingesting an unchanged article changes nothing; a changed one replaces its graph in one transaction.
 * {@link org.diplograph.ingest.BulkIngest} fills a new store through the TDB2 bulk loader instead;
 * {@link org.diplograph.ingest.StoreSpace} measures how far a store has grown past its data, and compacts it.
 */
package org.diplograph.ingest;
