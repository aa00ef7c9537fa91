package org.diplograph.model;

import java.util.List;
import java.util.Objects;

/**
 * One attributed speech act: a speaker, the reporting cue, and the claims it carries.
 *
 * @param speaker   who spoke
 * @param cue       the reporting cue as it stands in the text (e.g. {@code قالت}, {@code said})
 * @param cueSpan   where the cue stands in the body
 * @param span      the whole span of the statement (cue, speaker and content) in the body
 * @param claims    the claims, never null
 * @param ruleId    the attribution rule that found the speaker
 */
public record Statement(Speaker speaker, String cue, Span cueSpan, Span span, List<Claim> claims, String ruleId) {
    public Statement {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(span, "span");
        claims = List.copyOf(claims);
    }
}
