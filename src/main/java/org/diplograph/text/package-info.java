/**
 * Text preparation for matching: a normalised copy of the article body with an offset map back to the
 * original ({@link org.diplograph.text.NormalizedText}), tokens and sentences over it. Nothing here
 * changes the original text; every span handed on points into the original body.
 */
package org.diplograph.text;
