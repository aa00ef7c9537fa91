package org.diplograph.server;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Content negotiation for linked-data pages: picks the representation of a resource that an {@code Accept}
 * header ranks highest, by quality and then by specificity; ties go to the earlier offer.
 * <pre>
 *   Conneg.Representation r = Conneg.choose("text/turtle;q=0.9, text/html", Conneg.ALL);  // HTML
 * </pre>
 * A missing or empty header means {@code *}{@code /*}, which the first offer (HTML) answers.
 */
final class Conneg {
    private Conneg() {}

    /** The representations served, with their media types. */
    enum Representation {
        HTML("text/html"), TURTLE("text/turtle"), JSONLD("application/ld+json"), NTRIPLES("application/n-triples");

        final String mediaType;

        Representation(String mediaType) { this.mediaType = mediaType; }
    }

    /** Every representation, HTML first (what browsers and {@code *}{@code /*} get). */
    static final List<Representation> ALL = List.of(Representation.values());

    /** RDF only, Turtle first. */
    static final List<Representation> RDF = List.of(Representation.TURTLE, Representation.JSONLD, Representation.NTRIPLES);

    /** The best offer for {@code accept}, or {@code null} when the header accepts none of them (406). */
    static Representation choose(String accept, List<Representation> offers) {
        Objects.requireNonNull(offers, "offers");
        if (offers.isEmpty()) throw new IllegalArgumentException("no representations offered");
        if (accept == null || accept.isBlank()) return offers.get(0);
        Representation best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (Representation offer : offers) {
            double q = 0;
            int specificity = -1;
            for (String range : accept.split(",")) {
                String[] parts = range.split(";");
                String type = parts[0].strip().toLowerCase(Locale.ROOT);
                int s = matches(type, offer.mediaType);
                if (s < 0 || s < specificity) continue;
                double rq = quality(parts);
                if (s > specificity) { specificity = s; q = rq; }   // the most specific range decides
                else q = Math.max(q, rq);
            }
            if (specificity >= 0 && q > 0 && (q > bestQ || (q == bestQ && specificity > bestSpecificity))) {
                best = offer;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return best;
    }

    /** 2 for an exact match, 1 for {@code type/*}, 0 for {@code *}{@code /*}, -1 for no match. */
    private static int matches(String range, String mediaType) {
        if (range.equals(mediaType)) return 2;
        if (range.equals("*/*") || range.equals("*")) return 0;
        if (range.endsWith("/*") && mediaType.startsWith(range.substring(0, range.length() - 1))) return 1;
        return -1;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("q=") || p.startsWith("Q=")) {
                try {
                    double q = Double.parseDouble(p.substring(2).strip());
                    return q < 0 ? 0 : Math.min(q, 1);
                } catch (NumberFormatException e) {
                    return 0;   // RFC 9110: an invalid weight; treat the range as not acceptable
                }
            }
        }
        return 1;
    }
}
