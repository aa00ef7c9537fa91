/**
 * Statement extraction: a pure function from (article, lexicon, attribution model) to {@link
 * org.diplograph.model.ArticleExtraction}. Stages: {@link org.diplograph.extract.ArticleAnalysis} (folded text,
 * tokens, sentences, lexicon matches) → for each reporting cue, candidate speakers from the ordered rules ({@link
 * org.diplograph.extract.SpeakerFinder}) and from {@link org.diplograph.extract.CandidateProposer} → the claims of
 * each candidate's content ({@link org.diplograph.extract.ClaimFinder}: relation, participants, stance, act) → their
 * features ({@link org.diplograph.extract.AttributionFeatures}) → the learned decision ({@link
 * org.diplograph.extract.AttributionDecision}: one candidate per cue, then each speaker kept or dropped on what the
 * article says of it) → statements. {@link org.diplograph.extract.AttributionTrainer} learns the model from gold
 * files. Every statement and claim records the id of the rule that produced it.
 */
package org.diplograph.extract;
