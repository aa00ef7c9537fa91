/**
 * SHACL validation of diplograph graphs: {@link org.diplograph.validate.GraphValidator} loads
 * {@code ontology/shapes.ttl} (from a file or the classpath) and checks an article graph or the union of a store's
 * named graphs, returning a brief {@link org.diplograph.validate.ValidationResult} or Jena's full report.
 */
package org.diplograph.validate;
