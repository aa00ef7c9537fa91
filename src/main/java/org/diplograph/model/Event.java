package org.diplograph.model;

import java.util.List;

/** A diplomatic action reported by the outlet as fact, not as anyone's speech. */
public record Event(Relation relation, List<String> participants, String initiator, Span evidence, String ruleId) {
    public Event {
        participants = List.copyOf(participants);
    }
}
