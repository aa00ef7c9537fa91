package org.diplograph.learn;

import java.util.List;

/**
 * One training example: the string features of a candidate and whether it is right.
 *
 * @param features the features that fire (each counts once; order does not matter)
 * @param positive true when the candidate is what the gold data says
 */
public record Example(List<String> features, boolean positive) {
    public Example {
        features = List.copyOf(features);
    }
}
