package org.diplograph.extract;

import org.diplograph.gazetteer.Gender;
import org.diplograph.model.Speaker;

/**
 * A speaker found for a cue: who, with which grammatical gender, the tokens the speaker phrase covers
 * ({@code [from, to)}, empty for continuations), and the attribution rule that found it.
 */
record Found(Speaker speaker, Gender gender, int from, int to, String rule) {
    Found withRule(String r) { return new Found(speaker, gender, from, to, r); }

    Found at(int f, int t) { return new Found(speaker, gender, f, t, rule); }
}
