package org.diplograph.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A binary logistic model over string features: {@code p = 1 / (1 + exp(-Σ w(f)))} over the features that fire,
 * and a decision threshold on p chosen by cross-validation. Immutable and safe to share between threads.
 * <p>
 * Its file is UTF-8 text: lines starting with {@code #} are provenance (which gold, when, cross-validated scores),
 * then {@code threshold<TAB>p}, then one {@code feature<TAB>weight} per line, sorted by feature so that two
 * versions of a model diff well.
 */
public final class LinearModel {
    private final Map<String, Double> weights;
    private final double threshold;
    private final List<String> provenance;

    public LinearModel(Map<String, Double> weights, double threshold, List<String> provenance) {
        if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
        this.provenance = List.copyOf(provenance);
    }

    /** The sum of the weights of the features (a feature listed twice counts twice). */
    public double score(Collection<String> features) {
        double s = 0;
        for (String f : features) s += weights.getOrDefault(f, 0.0);
        return s;
    }

    /** The probability that the candidate with these features is right. */
    public double probability(Collection<String> features) {
        return sigmoid(score(features));
    }

    /** True when the probability reaches the threshold. */
    public boolean accepts(Collection<String> features) {
        return probability(features) >= threshold;
    }

    /** The weight of one feature, 0 when the model does not know it. */
    public double weight(String feature) { return weights.getOrDefault(feature, 0.0); }

    public double threshold() { return threshold; }

    public List<String> provenance() { return provenance; }

    public int size() { return weights.size(); }

    /** A model whose weights are the sums of both models' (for two models over disjoint features); this threshold. */
    public LinearModel plus(LinearModel other) {
        Map<String, Double> w = new HashMap<>(weights);
        other.weights.forEach((f, v) -> w.merge(f, v, Double::sum));
        return new LinearModel(w, threshold, provenance);
    }

    public LinearModel withThreshold(double t) { return new LinearModel(weights, t, provenance); }

    public LinearModel withProvenance(List<String> lines) { return new LinearModel(weights, threshold, lines); }

    static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    /** Writes the model file (provenance, threshold, weights sorted by feature). */
    public void write(Writer out) throws IOException {
        for (String line : provenance) out.write("# " + line.replace('\n', ' ') + "\n");
        out.write("threshold\t" + format(threshold) + "\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet())
            if (e.getValue() != 0) out.write(e.getKey() + "\t" + format(e.getValue()) + "\n");
    }

    private static String format(double d) { return String.format(Locale.ROOT, "%.6f", d); }

    /**
     * Reads a model file.
     *
     * @param source where it came from, for error messages
     * @throws IllegalArgumentException when a line is not {@code feature<TAB>number} or the threshold is missing
     */
    public static LinearModel read(InputStream in, String source) {
        Map<String, Double> w = new HashMap<>();
        List<String> prov = new ArrayList<>();
        Double threshold = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                if (line.startsWith("#")) { prov.add(line.substring(1).strip()); continue; }
                int tab = line.lastIndexOf('\t');
                double v;
                try {
                    if (tab <= 0) throw new NumberFormatException("no tab");
                    v = Double.parseDouble(line.substring(tab + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("%s line %d: expected 'feature<TAB>weight', got '%s'"
                            .formatted(source, n, line.length() > 60 ? line.substring(0, 60) + "…" : line), e);
                }
                String f = line.substring(0, tab);
                if (f.equals("threshold")) threshold = v;
                else w.put(f, v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + source, e);
        }
        if (threshold == null) throw new IllegalArgumentException(source + ": no 'threshold' line; is this a model written by 'train'?");
        return new LinearModel(w, threshold, prov);
    }
}
