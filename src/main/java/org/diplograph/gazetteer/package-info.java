/**
 * The curated lexicon ({@code data/lexicon/*.ttl}) as matchable surface forms: states (names, demonyms,
 * capitals, metonyms), organisations and movements, persons, institution kinds, role titles, reporting cues,
 * relation and stance cues. {@link org.diplograph.gazetteer.LexiconMatcher} finds the longest entry at a token,
 * also behind the Arabic proclitics و ف ب ل ك (and لل for ل+ال), never by stemming.
 */
package org.diplograph.gazetteer;
