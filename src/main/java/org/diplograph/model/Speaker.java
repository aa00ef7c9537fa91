package org.diplograph.model;

import java.util.Objects;

/**
 * Who made a statement.
 *
 * @param name        name as best resolved (full name for persons, institution name, state name); null when unnamed
 * @param nameEn      English name when known, else null
 * @param type        person, institution, state or unnamed
 * @param country     ISO 3166-1 alpha-3 of the state the speaker speaks for, or null
 * @param org         actor code of the organisation or movement the speaker speaks for, or null
 * @param role        role, or null
 * @param institution name of the institution the speaker speaks for, or null
 * @param institutionKind kind of that institution as a lexicon key ({@code foreign-ministry}, {@code presidency}), or null
 * @param entityId    stable id of a curated lexicon entry (e.g. {@code person/dmitry-peskov}), or null
 * @param wikidata    Wikidata QID of the speaker when curated, or null
 */
public record Speaker(String name, String nameEn, SpeakerType type, String country, String org, Role role,
                      String institution, String institutionKind, String entityId, String wikidata) {
    public Speaker {
        Objects.requireNonNull(type, "type");
    }
}
