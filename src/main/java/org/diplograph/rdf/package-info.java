/**
 * The RDF side of diplograph: vocabulary classes matching {@code ontology/} term for term ({@link org.diplograph.rdf.DG},
 * {@link org.diplograph.rdf.DGC}, {@link org.diplograph.rdf.DGL}, and {@link org.diplograph.rdf.PROV},
 * {@link org.diplograph.rdf.SCHEMA} where Jena has none), {@link org.diplograph.rdf.Iris} (the only place instance
 * and graph IRIs are minted, deterministically from stable ids under a configurable base),
 * {@link org.diplograph.rdf.CameoMapping} (act + relation to CAMEO and PLOVER, read from {@code ontology/cameo.ttl}),
 * {@link org.diplograph.rdf.ExtractionMapper} (one {@code ArticleExtraction} to one article graph, built with the
 * Jena Graph API, with no blank nodes, evidence offsets in code points, and the extraction time from an injected
 * clock, so the same input always gives the same triples) and {@link org.diplograph.rdf.RioCheck} (the only RDF4J
 * user: re-parses serialisations with Rio and compares). Depends on {@code model} only.
 */
package org.diplograph.rdf;
