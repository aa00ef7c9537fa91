/**
 * Small learned models in plain Java: a binary logistic model over string features ({@link
 * org.diplograph.learn.LinearModel}), its trainer ({@link org.diplograph.learn.LogisticTrainer}) and the text file
 * both read and write, with the model's provenance in its header.
 */
package org.diplograph.learn;
