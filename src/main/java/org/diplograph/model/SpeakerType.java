package org.diplograph.model;

/** What kind of speaker a statement has. */
public enum SpeakerType implements Coded {
    PERSON, INSTITUTION, STATE, UNNAMED;

    @Override
    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static SpeakerType ofCode(String code) { return Codes.of(SpeakerType.class, code); }
}
