package org.diplograph.gazetteer;

import org.diplograph.model.Act;
import org.diplograph.model.Relation;
import org.diplograph.model.Role;
import org.diplograph.model.Stance;

/** What a surface form in the lexicon stands for. */
public sealed interface Entry {
    /** The lexicon id of the entry, for explanations. */
    String id();

    /** How an entity name was written: its name, a demonym, its capital, a metonym. */
    enum Via { NAME, DEMONYM, CAPITAL, METONYM }

    /** A name (or demonym, capital, metonym) of an entity. */
    record Name(Entity entity, Via via, Gender gender) implements Entry {
        public String id() { return entity.id(); }
    }

    /** The form a reporting cue takes. */
    /**
     * How a reporting cue is written: a finite verb (قال، said), a participle continuing a clause (مضيفا), or a
     * verbal noun whose genitive is the speaker (إعلان الوزير أن، ترحيب مصر بـ).
     */
    enum CueForm { FINITE, PARTICIPLE, VERBAL_NOUN }

    /** A reporting verb (or phrase) introducing speech. */
    record Cue(String id, Act act, Stance stance, CueForm form, Gender gender, boolean relay) implements Entry {}

    /** A role title before (or after) a name: المتحدثة باسم, foreign minister. */
    record Title(String id, Role role, String institutionKind, boolean takesInstitution, Gender gender)
            implements Entry {}

    /** A word or phrase naming a relation inside a claim. */
    record RelationCue(String id, Relation relation) implements Entry {}

    /** A word of attitude inside a claim. */
    record StanceCue(String id, Stance stance) implements Entry {}

    /** A negation word that flips the attitude of what follows. */
    record Negator(String id) implements Entry {}
}
