package org.diplograph.gazetteer;

import org.diplograph.model.Role;

/**
 * A curated thing of the world: a state, an organisation or movement, a person, or an institution kind.
 *
 * @param kind            what it is
 * @param id              stable local id, e.g. {@code state/RUS}, {@code actor/UN}, {@code person/dmitry-peskov},
 *                        {@code institution/foreign-ministry}
 * @param code            ISO alpha-3 of a state or actor code of an organisation/movement; null otherwise
 * @param labelAr         Arabic preferred label, or null
 * @param labelEn         English preferred label, or null
 * @param country         persons: ISO alpha-3 of the state they serve, or null
 * @param org             persons: actor code of the organisation they serve, or null
 * @param role            persons: their role, or null
 * @param institutionKind persons: the institution kind of their role, or null
 * @param gender          persons: their gender; UNKNOWN otherwise
 * @param wikidata        verified QID, or null
 */
public record Entity(Kind kind, String id, String code, String labelAr, String labelEn, String country, String org,
                     Role role, String institutionKind, Gender gender, String wikidata) {
    public enum Kind { STATE, ACTOR, PERSON, INSTITUTION_KIND }

    /** The actor code a claim participant would carry: ISO3 for states, actor code for organisations. */
    public String participantCode() {
        return kind == Kind.STATE || kind == Kind.ACTOR ? code : null;
    }
}
