package org.diplograph.model;

/** The speaker's attitude to what a claim describes. */
public enum Stance implements Coded {
    POSITIVE, NEGATIVE, NEUTRAL;

    @Override
    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static Stance ofCode(String code) { return Codes.of(Stance.class, code); }

    /** The opposite attitude; neutral stays neutral. */
    public Stance flip() {
        return switch (this) { case POSITIVE -> NEGATIVE; case NEGATIVE -> POSITIVE; case NEUTRAL -> NEUTRAL; };
    }
}
