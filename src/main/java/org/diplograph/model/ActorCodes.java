package org.diplograph.model;

import java.util.Set;

/** The actor codes of the annotation guideline for participants and speakers that are not states. */
public final class ActorCodes {
    private ActorCodes() {}

    /** International organisations of the guideline's actor list, and added beyond it: UNRWA, UNHCR, G7, G20. */
    public static final Set<String> ORGANISATIONS = Set.of("UN", "UNSC", "EU", "NATO", "ARAB_LEAGUE", "GCC", "OIC",
            "AU", "IAEA", "ICJ", "ICC", "OPEC", "ASEAN", "SCO", "BRICS", "UNRWA", "UNHCR", "G7", "G20");

    /**
     * Armed or political movements of the guideline's actor list, and identifiable actors added beyond it
     * (the guideline's {@code actors_added}): PLO, RSF, HTS, POLISARIO, AL_QAEDA.
     */
    public static final Set<String> NON_STATE = Set.of("HAMAS", "HEZBOLLAH", "HOUTHIS", "TALIBAN", "ISIS", "PKK",
            "YPG_SDF", "MUSLIM_BROTHERHOOD", "SYRIAN_OPPOSITION", "PLO", "RSF", "HTS", "POLISARIO", "AL_QAEDA");

    /** True for a code of the actor list (an organisation or movement), false for anything else (a state's ISO3). */
    public static boolean isActor(String code) {
        return ORGANISATIONS.contains(code) || NON_STATE.contains(code);
    }
}
