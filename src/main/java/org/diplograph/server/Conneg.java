package org.diplograph.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Content negotiation for linked-data resources: picks the representation, and the media type to label it with,
 * that an {@code Accept} header ranks highest.
 * <pre>
 *   Conneg.Choice c = Conneg.negotiate("text/turtle;q=0.9, text/html", Conneg.ALL);   // HTML, text/html
 *   Conneg.choose("application/rdf+xml, application/xml;q=0.7, *&#47;*;q=0.09", Conneg.ALL);   // RDFXML
 * </pre>
 * Each media type an offer answers to is weighed by the most specific range that matches it (RFC 9110 §12.5.1:
 * {@code text/turtle} over {@code text/*} over {@code *}{@code /*}); a weight of 0 or an invalid weight refuses it.
 * The highest weight wins; on a tie, the more specific match, then the earlier offer. One exception, for RDF
 * clients: HTML that only {@code *}{@code /*} matches loses to any RDF format that the header matches more
 * specifically (by its type, or by {@code application/*}), whatever their weights (such clients add
 * {@code *}{@code /*} as a last resort, not because they want a web page). A missing or
 * empty header means {@code *}{@code /*}, which the first offer (HTML) answers.
 */
final class Conneg {
    private Conneg() {}

    /** The representations served, with the file extension of their documents and the media types they answer to. */
    enum Representation {
        HTML("html", "text/html"),
        TURTLE("ttl", "text/turtle"),
        JSONLD("jsonld", "application/ld+json"),
        RDFXML("rdf", "application/rdf+xml"),
        /** N-Triples, also offered as {@code text/plain} (which it is: a line-based ASCII-safe text format). */
        NTRIPLES("nt", "application/n-triples", "text/plain");

        final String extension;
        final List<String> mediaTypes;
        /** The canonical media type. */
        final String mediaType;

        Representation(String extension, String... mediaTypes) {
            this.extension = extension;
            this.mediaTypes = List.of(mediaTypes);
            this.mediaType = mediaTypes[0];
        }

        boolean isRdf() { return this != HTML; }

        /** The representation whose documents end in {@code .extension}, or null. */
        static Representation ofExtension(String extension) {
            for (Representation r : values()) if (r.extension.equals(extension)) return r;
            return null;
        }
    }

    /** A negotiated representation and the media type (one of its {@link Representation#mediaTypes}) to answer with. */
    record Choice(Representation representation, String mediaType) {
        Choice {
            Objects.requireNonNull(representation, "representation");
            if (!representation.mediaTypes.contains(mediaType))
                throw new IllegalArgumentException("%s is not a media type of %s".formatted(mediaType, representation));
        }
    }

    /** Every representation, HTML first (what browsers and {@code *}{@code /*} get). */
    static final List<Representation> ALL = List.of(Representation.values());

    /** RDF only, Turtle first. */
    static final List<Representation> RDF = List.of(Representation.TURTLE, Representation.JSONLD, Representation.RDFXML,
            Representation.NTRIPLES);

    /** The best offer for {@code accept}, or {@code null} when the header accepts none of them (406). */
    static Representation choose(String accept, List<Representation> offers) {
        Choice c = negotiate(accept, offers);
        return c == null ? null : c.representation();
    }

    /** The best offer for {@code accept} with the media type to label it with, or {@code null} (406). */
    static Choice negotiate(String accept, List<Representation> offers) {
        Objects.requireNonNull(offers, "offers");
        if (offers.isEmpty()) throw new IllegalArgumentException("no representations offered");
        if (accept == null || accept.isBlank()) return new Choice(offers.get(0), offers.get(0).mediaType);
        List<Range> ranges = parse(accept);
        List<Match> matches = new ArrayList<>();
        for (Representation offer : offers)
            for (String type : offer.mediaTypes) {
                Match m = weigh(offer, type, ranges);
                if (m != null) matches.add(m);
            }
        boolean namesRdf = matches.stream().anyMatch(m -> m.offer.isRdf() && m.specificity > 0);
        Match best = null;
        for (Match m : matches) {
            boolean demoted = namesRdf && m.offer == Representation.HTML && m.specificity == 0;
            if (demoted) continue;
            if (best == null || m.q > best.q || (m.q == best.q && m.specificity > best.specificity)) best = m;
        }
        return best == null ? null : new Choice(best.offer, best.type);
    }

    private record Range(String type, double q) {}

    private record Match(Representation offer, String type, double q, int specificity) {}

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            if (!type.isEmpty()) ranges.add(new Range(type, quality(parts)));
        }
        return ranges;
    }

    /** The weight of {@code type} by its most specific matching ranges, or null when none matches or it is refused. */
    private static Match weigh(Representation offer, String type, List<Range> ranges) {
        double q = 0;
        int specificity = -1;
        for (Range r : ranges) {
            int s = matches(r.type, type);
            if (s < 0 || s < specificity) continue;
            if (s > specificity) { specificity = s; q = r.q; }   // the most specific range decides
            else q = Math.max(q, r.q);
        }
        return specificity >= 0 && q > 0 ? new Match(offer, type, q, specificity) : null;
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
