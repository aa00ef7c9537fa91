package org.diplograph.model;

/** The role a speaker holds, as the annotation guideline lists them. */
public enum Role implements Coded {
    HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, MINISTER, SPOKESPERSON, AMBASSADOR, ENVOY,
    OFFICIAL, MILITARY, LEGISLATOR, PARTY_LEADER, ORG_OFFICIAL, OTHER;

    @Override
    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static Role ofCode(String code) { return Codes.of(Role.class, code); }
}
