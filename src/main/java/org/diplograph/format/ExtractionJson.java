package org.diplograph.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import org.diplograph.model.Article;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Claim;
import org.diplograph.model.Coded;
import org.diplograph.model.Event;
import org.diplograph.model.Span;
import org.diplograph.model.Speaker;
import org.diplograph.model.Statement;

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
    private final Function<Article, String> articleIri;
    private final Function<Speaker, String> speakerIri;
    private final boolean explain;

    public ExtractionJson(Function<Article, String> articleIri, Function<Speaker, String> speakerIri, boolean explain) {
        this.articleIri = articleIri;
        this.speakerIri = speakerIri;
        this.explain = explain;
    }

    /** The object as one line of JSON (no line breaks inside). */
    public String toLine(ArticleExtraction x) {
        return toJson(x).toString();
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
        ArrayNode sts = o.putArray("statements");
        for (Statement s : x.statements()) {
            ObjectNode st = sts.addObject();
            st.set("speaker", speaker(s.speaker()));
            st.put("cue", s.cue());
            if (explain) st.put("rule", s.ruleId());
            ArrayNode cl = st.putArray("claims");
            for (Claim c : s.claims()) {
                ObjectNode co = cl.addObject();
                co.put("relation", c.relation().code());
                ArrayNode parts = co.putArray("participants");
                c.participants().forEach(parts::add);
                co.put("stance", c.stance().code());
                co.put("act", c.act().code());
                co.set("evidence", evidence(a.body(), c.evidence()));
                if (explain) co.put("rule", c.ruleId());
            }
        }
        ArrayNode evs = o.putArray("events");
        for (Event e : x.events()) {
            ObjectNode eo = evs.addObject();
            eo.put("relation", e.relation().code());
            ArrayNode parts = eo.putArray("participants");
            e.participants().forEach(parts::add);
            eo.put("initiator", e.initiator());
            eo.set("evidence", evidence(a.body(), e.evidence()));
        }
        return o;
    }

    private ObjectNode speaker(Speaker s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", s.name());
        o.put("name_en", s.nameEn());
        o.put("type", s.type().code());
        o.put("country", s.country());
        o.put("org", s.org());
        o.put("role", code(s.role()));
        o.put("institution", s.institution());
        o.put("iri", speakerIri.apply(s));
        o.put("wikidata", s.wikidata());
        return o;
    }

    private static String code(Coded c) { return c == null ? null : c.code(); }

    /** Evidence text and code-point offsets of a UTF-16 span of {@code body}. */
    static ObjectNode evidence(String body, Span span) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("text", span.of(body));
        int start = body.codePointCount(0, span.start());
        o.put("start", start);
        o.put("end", start + body.codePointCount(span.start(), span.end()));
        return o;
    }
}
