package org.diplograph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Generates a synthetic news corpus (news-please JSON Lines, gzipped) by recombining sentence templates and
 * entities written for this benchmark: about two thirds Arabic, one third English, 2-4 KB per article, each with a
 * unique URL, so that a corpus of any size has realistic statements for the extractor to find.
 * <pre>
 *   java -cp target/diplograph.jar:target/test-classes org.diplograph.bench.CorpusGenerator 10000 /tmp/corpus
 *   # writes /tmp/corpus/part-00000.jsonl.gz ... (5,000 articles per file)
 * </pre>
 * Deterministic: the same count gives the same corpus.
 */
public final class CorpusGenerator {
    /** A state: English name, Arabic name, Arabic nisba (masculine), English adjective. */
    private record State(String en, String ar, String arAdj, String enAdj) {}

    private static final List<State> STATES = List.of(
            new State("Turkey", "تركيا", "التركي", "Turkish"),
            new State("Syria", "سوريا", "السوري", "Syrian"),
            new State("Egypt", "مصر", "المصري", "Egyptian"),
            new State("Qatar", "قطر", "القطري", "Qatari"),
            new State("Russia", "روسيا", "الروسي", "Russian"),
            new State("Iran", "إيران", "الإيراني", "Iranian"),
            new State("Jordan", "الأردن", "الأردني", "Jordanian"),
            new State("France", "فرنسا", "الفرنسي", "French"),
            new State("China", "الصين", "الصيني", "Chinese"),
            new State("Iraq", "العراق", "العراقي", "Iraqi"),
            new State("Lebanon", "لبنان", "اللبناني", "Lebanese"),
            new State("Algeria", "الجزائر", "الجزائري", "Algerian"));

    private static final String[] AR_FIRST = {"سامر", "خالد", "ليلى", "نادر", "هشام", "رامي", "منى", "طارق", "وليد", "عمر"};
    private static final String[] AR_LAST = {"الحداد", "النجار", "الخطيب", "العلي", "المصري", "الشامي", "الزين", "القاسم"};
    private static final String[] EN_FIRST = {"Daniel", "Sofia", "Marek", "Helen", "Tomas", "Irene", "Viktor", "Laura"};
    private static final String[] EN_LAST = {"Varga", "Lindqvist", "Moreau", "Kessler", "Okafor", "Brandt", "Novak"};

    private static final String[] AR_ROLES = {"وزير الخارجية", "المتحدث باسم وزارة الخارجية", "رئيس الوزراء", "سفير"};
    private static final String[] EN_ROLES = {"Foreign Minister", "foreign ministry spokesperson", "Prime Minister", "ambassador"};

    // {S} speaker phrase, {A} {B} state names
    private static final String[] AR_CLAIMS = {
            "قال {S} إن بلاده تدعم تطبيع العلاقات بين {A} و{B}.",
            "أكد {S} أن حكومته ترفض أي تدخل عسكري في {A}.",
            "أعلن {S} أن بلاده ترحب باستئناف المحادثات بين {A} و{B}.",
            "دعا {S} إلى وقف إطلاق النار في {A} في أقرب وقت.",
            "أدان {S} الهجوم على {A} ووصفه بأنه انتهاك للقانون الدولي.",
            "قال {S} إن {A} مستعدة لاستئناف الحوار مع {B} دون شروط مسبقة."};
    private static final String[] EN_CLAIMS = {
            "{S} said his country supports the normalisation of relations between {A} and {B}.",
            "{S} stated that the government rejects any military intervention in {A}.",
            "{S} announced that the country welcomes the resumption of talks between {A} and {B}.",
            "{S} called for a ceasefire in {A} as soon as possible.",
            "{S} condemned the attack on {A}, calling it a violation of international law.",
            "{S} said {A} was ready to resume dialogue with {B} without preconditions."};
    private static final String[] AR_FILLER = {
            "وجاءت هذه التصريحات خلال مؤتمر صحفي عقد في العاصمة بعد جولة من الاجتماعات الثنائية.",
            "وتشهد المنطقة منذ أشهر تحركات دبلوماسية مكثفة تهدف إلى تخفيف حدة التوتر.",
            "ولم يصدر أي تعليق رسمي من الجانب الآخر حتى ساعة إعداد هذا التقرير.",
            "ويرى مراقبون أن المرحلة المقبلة ستكون حاسمة بالنسبة لمستقبل العلاقات الإقليمية.",
            "وتناول اللقاء أيضاً ملفات التعاون الاقتصادي والتجاري وقضايا اللاجئين والطاقة.",
            "وكانت جولة سابقة من المباحثات قد انتهت دون التوصل إلى اتفاق نهائي."};
    private static final String[] EN_FILLER = {
            "The remarks came at a press conference after a day of bilateral meetings in the capital.",
            "The region has seen months of intense diplomatic activity aimed at easing tensions.",
            "There was no immediate official comment from the other side at the time of writing.",
            "Observers say the coming weeks will be decisive for the future of regional relations.",
            "The talks also covered economic and trade cooperation, refugees and energy.",
            "A previous round of negotiations ended without a final agreement."};

    private CorpusGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator COUNT OUT_DIR [PER_FILE]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        int perFile = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        long bytes = write(Path.of(args[1]), n, perFile);
        System.out.printf("%d articles, %.1f MB of article text, in %s%n", n, bytes / 1e6, args[1]);
    }

    /** Writes {@code n} articles to {@code dir}/part-NNNNN.jsonl.gz, {@code perFile} per file; returns the body bytes (UTF-8). */
    public static long write(Path dir, int n, int perFile) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        long bodyBytes = 0;
        for (int file = 0; file * perFile < n; file++) {
            Path p = dir.resolve("part-%05d.jsonl.gz".formatted(file));
            try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(p), 1 << 16);
                 BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8))) {
                for (int i = file * perFile; i < Math.min(n, (file + 1) * perFile); i++) {
                    Map<String, Object> rec = record(i);
                    bodyBytes += ((String) rec.get("maintext")).getBytes(StandardCharsets.UTF_8).length;
                    w.write(json.writeValueAsString(rec));
                    w.write('\n');
                }
            }
        }
        return bodyBytes;
    }

    /** The news-please record of article {@code i}. */
    public static Map<String, Object> record(int i) {
        Random r = new Random(0x5eedL * 31 + i);
        boolean arabic = i % 3 != 2;
        StringBuilder body = new StringBuilder();
        int target = 2000 + r.nextInt(2000);
        List<String> sentences = new ArrayList<>();
        // a cast of two or three speakers per article: a person keeps one name, role and state throughout
        List<String[]> cast = new ArrayList<>();
        for (int c = 2 + r.nextInt(2); c > 0; c--) cast.add(speaker(r, arabic, c));
        while (utf8Length(String.join(" ", sentences)) < target) {
            sentences.add(r.nextInt(5) < 3 ? filler(r, arabic) : claim(r, arabic, cast.get(r.nextInt(cast.size()))));
        }
        // paragraphs of two or three sentences
        for (int s = 0; s < sentences.size(); s++) {
            if (s > 0) body.append(s % 3 == 0 ? "\n\n" : " ");
            body.append(sentences.get(s));
        }
        State a = pick(r, STATES);
        State b = other(r, a);
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("url", "https://news.example/%s/%d".formatted(arabic ? "ar" : "en", i));
        rec.put("title", arabic ? "محادثات بين %s و%s".formatted(a.ar(), b.ar()) : "Talks between %s and %s".formatted(a.en(), b.en()));
        rec.put("source_domain", "news.example");
        rec.put("date_publish", "20%02d-%02d-%02d 08:00:00".formatted(18 + r.nextInt(7), 1 + r.nextInt(12), 1 + r.nextInt(28)));
        if (i % 4 != 0) rec.put("language", arabic ? "ar" : "en"); // every fourth left to the language guess
        rec.put("maintext", body.toString());
        return rec;
    }

    /** A speaker: {phrase, index of the state in STATES}. */
    /**
     * A speaker: {phrase, index of the state in STATES}. A surname belongs to one state across the whole corpus
     * (the graph has one node per named person, with at most one country).
     */
    private static String[] speaker(Random r, boolean arabic, int nth) {
        int last = r.nextInt(arabic ? AR_LAST.length : EN_LAST.length);
        int st = (last * 5 + (arabic ? 0 : 3)) % STATES.size();
        State state = STATES.get(st);
        int role = r.nextInt(AR_ROLES.length);
        String phrase;
        if (arabic) {
            String name = AR_FIRST[nth] + " " + AR_LAST[last];
            phrase = r.nextBoolean() ? AR_ROLES[role] + " " + state.arAdj() + " " + name : AR_ROLES[role] + " " + state.arAdj();
        } else {
            String name = EN_FIRST[nth] + " " + EN_LAST[last];
            phrase = r.nextBoolean() ? state.enAdj() + " " + EN_ROLES[role] + " " + name : "The " + state.enAdj() + " " + EN_ROLES[role];
        }
        return new String[] {phrase, Integer.toString(st)};
    }

    private static String claim(Random r, boolean arabic, String[] speaker) {
        State a = other(r, STATES.get(Integer.parseInt(speaker[1])));
        State b = other(r, a);
        String[] templates = arabic ? AR_CLAIMS : EN_CLAIMS;
        String t = templates[r.nextInt(templates.length)].replace("{S}", speaker[0]);
        return arabic ? t.replace("{A}", a.ar()).replace("{B}", b.ar()) : t.replace("{A}", a.en()).replace("{B}", b.en());
    }

    private static String filler(Random r, boolean arabic) {
        return arabic ? AR_FILLER[r.nextInt(AR_FILLER.length)] : EN_FILLER[r.nextInt(EN_FILLER.length)];
    }

    private static State pick(Random r, List<State> states) {
        return states.get(r.nextInt(states.size()));
    }

    private static State other(Random r, State not) {
        State s;
        do s = pick(r, STATES); while (s.equals(not));
        return s;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
