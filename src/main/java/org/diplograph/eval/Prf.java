package org.diplograph.eval;

/** Precision, recall and F1, each 0 when undefined (as score.py). */
public record Prf(double p, double r, double f1) {}
