package org.diplograph.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.diplograph.model.Article;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Candidate;
import org.diplograph.model.Claim;
import org.diplograph.model.Coded;
import org.diplograph.model.Event;
import org.diplograph.model.Span;
import org.diplograph.model.Speaker;
import org.diplograph.model.Statement;
import org.diplograph.rdf.ExtractionMapper;

/**
 * One extraction as one JSON object in the shape of the extract-output spec: evidence offsets in Unicode
 * code points into the article body, end exclusive. With {@code explain}, statements and claims also carry
 * the id of the rule that produced them.
 * <pre>
 *   String line = new ExtractionJson(iris::article, iris::speaker, false).toLine(extraction);
 * </pre>
 */
public final class ExtractionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static {
        MAPPER.getFactory().setCharacterEscapes(new LineSeparatorEscapes());
    }
    private final Function<Article, String> articleIri;
    private final List<String> speakerIris;
    private final boolean explain;

    /**
     * @param articleIri  the IRI of an article
     * @param speakerIris the IRI of each statement's speaker, in statement order (entries may be null)
     * @param explain     add rule ids
     */
    public ExtractionJson(Function<Article, String> articleIri, List<String> speakerIris, boolean explain) {
        this.articleIri = articleIri;
        this.speakerIris = List.copyOf(speakerIris.stream().map(s -> s == null ? "" : s).toList());
        this.explain = explain;
    }

    /**
     * The object as one line of JSON. U+0085, U+2028 and U+2029 are escaped too: Python's {@code splitlines}
     * (which the shared scorer uses) would otherwise cut the line inside a string.
     */
    public String toLine(ArticleExtraction x) {
        try {
            return MAPPER.writeValueAsString(toJson(x));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + x.article().file(), e);
        }
    }

    /** Escapes the characters some line readers take for line ends. */
    private static final class LineSeparatorEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() { return ascii; }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return ch == 0x85 || ch == 0x2028 || ch == 0x2029
                    ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    public ObjectNode toJson(ArticleExtraction x) {
        Article a = x.article();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", a.file());
        o.put("id", articleIri.apply(a));
        o.put("title", a.title());
        o.put("source", a.source());
        o.put("date", a.date());
        o.put("url", a.url());
        o.put("language", a.language());
        List<Candidate> accepted = x.candidates().stream().filter(Candidate::accepted).toList();
        ArrayNode sts = o.putArray("statements");
        for (int n = 0; n < x.statements().size(); n++) {
            Statement s = x.statements().get(n);
            ObjectNode st = sts.addObject();
            st.set("speaker", speaker(s.speaker(), n < speakerIris.size() ? speakerIris.get(n) : ""));
            st.put("cue", s.cue());
            if (explain) {
                st.put("rule", s.ruleId());
                st.set("span", evidence(a.body(), s.span()));
                Candidate chosen = accepted.size() > n ? accepted.get(n) : null;
                if (chosen != null) st.set("attribution", attribution(chosen, x.candidates()));
            }
            ArrayNode cl = st.putArray("claims");
            for (Claim c : s.claims()) {
                ObjectNode co = cl.addObject();
                co.put("relation", c.relation().code());
                participants(co, c.participants());
                co.put("stance", c.stance().code());
                co.put("act", c.act().code());
                co.set("evidence", evidence(a.body(), c.evidence()));
                if (explain) co.put("rule", c.ruleId());
            }
        }
        if (explain && !x.candidates().isEmpty()) {
            ArrayNode all = o.putArray("candidates");
            for (Candidate c : x.candidates()) all.add(candidate(a, c));
        }
        ArrayNode evs = o.putArray("events");
        for (Event e : x.events()) {
            ObjectNode eo = evs.addObject();
            eo.put("relation", e.relation().code());
            participants(eo, e.participants());
            eo.put("initiator", e.initiator());
            eo.set("evidence", evidence(a.body(), e.evidence()));
        }
        return o;
    }

    /** Why a statement's speaker was chosen: its probability, its strongest features, the rivals of its cue. */
    private static ObjectNode attribution(Candidate chosen, List<Candidate> all) {
        ObjectNode o = MAPPER.createObjectNode();
        probability(o, "probability", chosen.probability());
        probability(o, "speaker_probability", chosen.speakerProbability());
        ArrayNode f = o.putArray("features");
        chosen.features().stream().limit(16).forEach(w -> f.add(w.feature() + " " + String.format(Locale.ROOT, "%+.2f", w.weight())));
        ArrayNode rivals = o.putArray("rivals");
        for (Candidate c : all) {
            if (c.group() != chosen.group() || c == chosen) continue;
            ObjectNode r = rivals.addObject();
            r.put("name", c.speaker().name());
            r.put("rule", c.rule());
            probability(r, "probability", c.probability());
        }
        return o;
    }

    private ObjectNode candidate(Article a, Candidate c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", c.speaker().name());
        o.put("type", c.speaker().type().code());
        o.put("country", c.speaker().country());
        o.put("org", c.speaker().org());
        o.put("cue", c.cueSpan() == null ? null : c.cueSpan().of(a.body()));
        if (c.cueSpan() == null) o.putNull("cue_start");
        else o.put("cue_start", c.cueSpan().start());
        o.put("rule", c.rule());
        o.put("claims", c.claims());
        o.put("group", c.group());
        probability(o, "probability", c.probability());
        probability(o, "speaker_probability", c.speakerProbability());
        o.put("accepted", c.accepted());
        return o;
    }

    private static void probability(ObjectNode o, String field, double p) {
        if (Double.isNaN(p)) o.putNull(field);
        else o.put(field, Math.round(p * 1000) / 1000.0);
    }

    private ObjectNode speaker(Speaker s, String iri) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", s.name());
        o.put("name_en", s.nameEn());
        o.put("type", s.type().code());
        o.put("country", s.country());
        o.put("org", s.org());
        o.put("role", code(s.role()));
        o.put("institution", ExtractionMapper.institutionName(s));
        o.put("iri", iri.isEmpty() ? null : iri);
        o.put("wikidata", s.wikidata());
        return o;
    }

    private static void participants(ObjectNode o, List<String> codes) {
        ArrayNode parts = o.putArray("participants");
        codes.forEach(parts::add);
    }

    private static String code(Coded c) { return c == null ? null : c.code(); }

    /** Evidence text and code-point offsets of a UTF-16 span of {@code body}, {@linkplain Span#trimmed trimmed} as in the graph. */
    static ObjectNode evidence(String body, Span untrimmed) {
        Span span = untrimmed.trimmed(body);
        ObjectNode o = MAPPER.createObjectNode();
        o.put("text", span.of(body));
        int start = body.codePointCount(0, span.start());
        o.put("start", start);
        o.put("end", start + body.codePointCount(span.start(), span.end()));
        return o;
    }
}
