package org.diplograph.model;

/** The speech act of a claim. */
public enum Act implements Coded {
    ASSERT, WELCOME, APPEAL, CONDEMN, REJECT, DENY, WARN, ANNOUNCE, EXPRESS_INTENT;

    @Override
    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static Act ofCode(String code) { return Codes.of(Act.class, code); }
}
