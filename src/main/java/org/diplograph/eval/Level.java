package org.diplograph.eval;

/** How claims are compared: what of a claim must match. */
public enum Level {
    /** relation, participants and stance */
    STRICT,
    /** relation and participants */
    RELATION,
    /** participants only: who is talked about, whatever the relation */
    ACTORS;

    /** The name score.py uses ("strict", "relation", "actors"). */
    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
