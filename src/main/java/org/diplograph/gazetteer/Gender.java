package org.diplograph.gazetteer;

/** Grammatical gender (and plural) carried by a surface form: a feminine verb needs a feminine subject. */
public enum Gender {
    MASCULINE, FEMININE, PLURAL, UNKNOWN;

    /** True when a form of this gender can refer to a speaker of gender {@code other}. */
    public boolean agreesWith(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other || this == PLURAL || other == PLURAL;
    }
}
