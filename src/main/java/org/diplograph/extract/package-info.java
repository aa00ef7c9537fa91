/**
 * Statement extraction: a pure function from (article, lexicon) to {@link org.diplograph.model.ArticleExtraction}.
 * Stages: {@link org.diplograph.extract.ArticleAnalysis} (folded text, tokens, sentences, lexicon matches) →
 * {@link org.diplograph.extract.SpeakerFinder} (ordered attribution rules per reporting cue) →
 * {@link org.diplograph.extract.ClaimFinder} (relation, participants, stance, act) → statements. Every
 * statement and claim records the id of the rule that produced it.
 */
package org.diplograph.extract;
