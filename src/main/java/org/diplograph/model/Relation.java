package org.diplograph.model;

/** The relation a claim is about; codes as in the annotation guideline. */
public enum Relation implements Coded {
    RELATIONS, NORMALISATION, TALKS, AGREEMENT, MEDIATION, SUPPORT, SANCTIONS, CONFLICT, CEASEFIRE,
    HUMANITARIAN, RECOGNITION, OTHER;

    @Override
    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static Relation ofCode(String code) { return Codes.of(Relation.class, code); }
}
