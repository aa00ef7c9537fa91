package org.diplograph.extract;

import org.diplograph.model.Span;

/**
 * A reporting cue where it stands in an article, for coverage: which lexicon cue, in which form, where, and the
 * shape of its context — the classes of the words around it (comma, complementiser, role, name, word …), never
 * the words themselves.
 *
 * @param cueId   the lexicon id of the cue ({@code cue/say})
 * @param form    {@code FINITE}, {@code PARTICIPLE} or {@code VERBAL_NOUN}
 * @param cueSpan where it stands in the body
 * @param shape   e.g. {@code "stop | CUE | word word comma role"}
 */
public record CueOccurrence(String cueId, String form, Span cueSpan, String shape) {}
