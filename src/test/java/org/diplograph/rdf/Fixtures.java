package org.diplograph.rdf;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.diplograph.model.Act;
import org.diplograph.model.Article;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Claim;
import org.diplograph.model.Relation;
import org.diplograph.model.Role;
import org.diplograph.model.Span;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;
import org.diplograph.model.Stance;
import org.diplograph.model.Statement;

/** Small hand-written extractions (own sentences, not from the dev set) shared by the rdf and validate tests. */
public final class Fixtures {
    private Fixtures() {}

    public static final Path ONTOLOGY = Path.of("ontology");
    public static final Path SHAPES = ONTOLOGY.resolve("shapes.ttl");
    public static final Path CAMEO = ONTOLOGY.resolve("cameo.ttl");
    public static final Path CONCEPTS = ONTOLOGY.resolve("concepts.ttl");
    public static final Path DIPLOGRAPH = ONTOLOGY.resolve("diplograph.ttl");

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    /** The body starts with a flag emoji: two code points outside the BMP, four UTF-16 units. */
    public static final String ARABIC_BODY = "\uD83C\uDDF9\uD83C\uDDF7 أنقرة - قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا"
            + " إن موسكو ترحب بتطبيع العلاقات بين تركيا وسوريا. ودان الاتحاد الأوروبي الهجوم الإسرائيلي على لبنان."
            + " وقال مسؤول في الخارجية التركية لم يكشف عن اسمه إن أنقرة مستعدة لاستئناف المحادثات مع دمشق.";

    public static final Article ARABIC_ARTICLE = new Article("test/ar-1.txt", "موسكو ترحب بالتقارب بين أنقرة ودمشق",
            "Example News", "2026-01-01", "https://news.example/ar/1", "ar", ARABIC_BODY);

    public static ExtractionMapper mapper() {
        return new ExtractionMapper(Iris.defaultBase(), CameoMapping.fromFile(CAMEO), CLOCK, "diplograph-test 1");
    }

    public static Span span(String body, String text) {
        int i = body.indexOf(text);
        if (i < 0) throw new IllegalArgumentException("not in body: " + text);
        return new Span(i, i + text.length());
    }

    /** A span from the start of one text to the end of another (the statement). */
    static Span span(String body, String from, String to) {
        int i = body.indexOf(from);
        int j = body.indexOf(to, i) + to.length();
        return new Span(i, j);
    }

    public static Statement zakharova() {
        String b = ARABIC_BODY;
        Speaker sp = new Speaker("ماريا زاخاروفا", "Maria Zakharova", SpeakerType.PERSON, "RUS", null, Role.SPOKESPERSON,
                "وزارة الخارجية الروسية", "foreign-ministry", "person/maria-zakharova", null);
        Claim c = new Claim(Relation.NORMALISATION, List.of("TUR", "SYR"), Stance.POSITIVE, Act.WELCOME,
                span(b, "تطبيع العلاقات بين تركيا وسوريا"), "claim.relation-cue");
        return new Statement(sp, "قالت", span(b, "قالت"), span(b, "قالت", "وسوريا."), List.of(c), "attr.title-name-cue");
    }

    public static Statement europeanUnion() {
        String b = ARABIC_BODY;
        Speaker sp = new Speaker("الاتحاد الأوروبي", "European Union", SpeakerType.INSTITUTION, null, "EU", null, null, null,
                null, "Q458");
        Claim c = new Claim(Relation.CONFLICT, List.of("ISR", "LBN"), Stance.NEGATIVE, Act.CONDEMN,
                span(b, "الهجوم الإسرائيلي على لبنان"), "claim.relation-cue");
        return new Statement(sp, "دان", span(b, "دان"), span(b, "ودان", "لبنان."), List.of(c), "attr.verb-subject");
    }

    public static Statement unnamedTurkishOfficial() {
        String b = ARABIC_BODY;
        Speaker sp = new Speaker(null, null, SpeakerType.UNNAMED, "TUR", null, Role.OFFICIAL, "الخارجية التركية",
                "foreign-ministry", null, null);
        Claim c = new Claim(Relation.TALKS, List.of("TUR", "SYR"), Stance.POSITIVE, Act.EXPRESS_INTENT,
                span(b, "لاستئناف المحادثات مع دمشق"), "claim.relation-cue");
        return new Statement(sp, "قال", span(b, "قال مسؤول"), span(b, "وقال مسؤول", "دمشق."), List.of(c), "attr.unnamed");
    }

    /** Three statements, given out of text order on purpose. */
    public static ArticleExtraction arabic() {
        return new ArticleExtraction(ARABIC_ARTICLE, List.of(unnamedTurkishOfficial(), zakharova(), europeanUnion()), List.of());
    }

    public static final String ENGLISH_BODY = "Cairo welcomed the ceasefire between Israel and Hamas, the Egyptian"
            + " foreign ministry said on Monday.";

    public static ArticleExtraction english() {
        String b = ENGLISH_BODY;
        Article a = new Article("test/en-1.txt", null, null, "not a date", null, "en", b);
        Speaker sp = new Speaker("Egyptian foreign ministry", null, SpeakerType.INSTITUTION, "EGY", null, null,
                "Egyptian foreign ministry", "foreign-ministry", null, null);
        Claim c = new Claim(Relation.CEASEFIRE, List.of("ISR", "HAMAS"), Stance.POSITIVE, Act.WELCOME,
                span(b, "the ceasefire between Israel and Hamas"), "claim.relation-cue");
        Statement s = new Statement(sp, "said", span(b, "said"), new Span(0, b.length()), List.of(c), "attr.trailing-said");
        return new ArticleExtraction(a, List.of(s), List.of());
    }
}
