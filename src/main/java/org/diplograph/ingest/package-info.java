/**
 * Ingestion: articles → extraction → article graph → SHACL check → the store, one named graph per article.
 * Re-ingesting an unchanged article changes nothing; a changed one replaces its graph in one transaction.
 */
package org.diplograph.ingest;
