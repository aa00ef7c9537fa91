/**
 * Scoring extracted statements against gold files: a faithful port of {@code shared/eval/score.py}.
 *
 * <p>{@link org.diplograph.eval.Scorer#score} is a pure function from gold files
 * ({@link org.diplograph.eval.GoldFiles#load}) and predictions ({@link org.diplograph.eval.Predictions#read},
 * or {@link org.diplograph.eval.Prediction#fromJson} of objects made in memory) to
 * {@link org.diplograph.eval.Scores}; {@link org.diplograph.eval.ScoreReport} prints them line for line
 * as score.py does. Names are compared after {@link org.diplograph.eval.NameNorm#norm}.
 */
package org.diplograph.eval;
