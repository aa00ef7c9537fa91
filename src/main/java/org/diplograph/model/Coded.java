package org.diplograph.model;

/** A closed-list value with the code the annotation guideline uses for it (and the ontology as skos:notation). */
public interface Coded {
    String code();
}
