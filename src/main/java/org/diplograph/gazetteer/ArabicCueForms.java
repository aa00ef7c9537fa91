package org.diplograph.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.text.ArabicFolding;
import org.diplograph.text.Token;
import org.diplograph.text.Tokenizer;

/**
 * The third-person forms of an Arabic reporting verb that the lexicon does not list, generated at load time from
 * the forms it does list, so that cues.ttl need not spell out every feminine, plural and dual form.
 * <pre>
 *   ArabicCueForms.ofFinite("أكد")   → أكدت (f), أكدوا (pl), أكدا (dual), أكدتا (f dual)
 *   ArabicCueForms.ofFinite("يؤكد")  → تؤكد (f), يؤكدون (pl), يؤكدان (dual), تؤكدان (f dual)
 *   ArabicCueForms.ofParticiple("مؤكدا", MASCULINE) → مؤكدة
 * </pre>
 * Forms are written unvocalised and returned folded ({@link ArabicFolding#fold(CharSequence)}), as the lexicon
 * matches them; plural and dual forms carry {@link Gender#PLURAL}.
 *
 * <p>Handled, from a masculine singular finite form ({@code dg:form}) of one word:
 * <ul>
 *   <li>Past, sound, doubled (شدد، ردّ) and hollow (قال، أضاف) verbs: feminine +ت, plural +وا, feminine dual +تا,
 *       masculine dual +ا. Hollow verbs keep their long vowel before these vowel suffixes (قالت، قالوا).</li>
 *   <li>Past defective verbs in ا or ى (دعا، رأى، نفى، أبدى): the final letter goes, then +ت, +وا, +تا (دعت، دعوا،
 *       رأت، رأوا); the masculine dual is +يا for ى (نفيا) and, for ا, spelled like the plural (دعوا), so not added
 *       again. Past verbs in ي (خشي) get +ت, +ا, +تا but no plural (خشوا drops the ي).</li>
 *   <li>Present forms starting with ي: feminine ت…, plural ي…ون, duals ي…ان / ت…ان. Defective presents in و or ي
 *       (يدعو، ينفي) get no plural (يدعون، ينفون change the stem); presents in ى (يرى، يخشى) only the feminine.</li>
 *   <li>Participles: a masculine accusative in ا (مؤكدا، داعيا) gives the feminine in ة (مؤكدة، داعية), a feminine
 *       in ة the masculine in ا.</li>
 * </ul>
 * Left to listing in cues.ttl:
 * <ul>
 *   <li>Hollow-verb forms with consonant suffixes (قلت، قلن): first/second person or feminine plural, never cues.</li>
 *   <li>Hamza seat changes: a verb ending in hamza (هنأ، يبدأ) gets only its feminine (هنأت), never a plural or
 *       dual (هنؤوا / هنأوا، يبدؤون).</li>
 *   <li>The masculine past dual when it is spelled like the indefinite accusative of a noun: form I verbs (ردا،
 *       رفضا، طلبا، حذرا), تفعّل/تفاعل verbs (تعهدا، توقعا) and فاعل-shaped verbs (طالبا "student", دافعا "motive").
 *       It is generated only for stems of four letters or more, for three-letter stems starting with أ
 *       (أكدا، أصرا) and for doubled form II stems written with both letters (شددا، هددا).</li>
 *   <li>A few forms the rules would produce that are first of all other words ({@link #OTHER_WORDS}: اقرا is
 *       also the imperative "read", اثنتا the numeral, تابعوا the imperative "follow"): dropped by
 *       {@link #addGenerated}, which also drops any form the lexicon already has.</li>
 *   <li>The feminine of a form III participle (مناشدا → مناشدة): it is spelled like the verbal noun مُفاعَلة
 *       ("مناشدة الخارجية", the ministry's appeal), so it is listed by hand when wanted (مطالبة).</li>
 *   <li>Feminine and plural participles beyond the singular pair (مؤكدين), and anything from a feminine or
 *       plural finite form: an entry listing only بينت or عبرت does so because بين and عبر are other words.</li>
 *   <li>Multi-word forms (وفقا ل) and relay cues (بحسب is a preposition, not a verb).</li>
 * </ul>
 * A generated form is dropped when it is already a surface of the lexicon (any kind of entry: a name, title,
 * relation or stance cue, another cue) or when two entries generate it: generation never shadows curation.
 */
public final class ArabicCueForms {
    /** A generated form: folded text, whether finite or participle, and its gender/number. */
    public record Form(String text, Entry.CueForm form, Gender gender) {}

    /** A listed form to generate from: the cue entry it belongs to and the literal as written in the lexicon. */
    record Seed(Entry.Cue cue, String written) {}

    /**
     * Folded spellings that the rules would produce but that are first of all other words of news text: the
     * imperative اقرأ (read: "اقرأ أيضا"), the numeral اثنتا, the nouns أملا and إثنيا, the imperative تابعوا
     * ("follow us").
     */
    private static final Set<String> OTHER_WORDS = Set.of("اقرا", "اثنتا", "اثنيا", "املا", "تابعوا");

    private ArabicCueForms() {}

    /**
     * The forms generated from a masculine singular finite form (past, or present starting with ي), as written in
     * the lexicon; empty for a multi-word or non-Arabic form.
     */
    public static List<Form> ofFinite(String masculine) {
        String w = bare(masculine);
        if (w == null || w.length() < 2) return List.of();
        return w.charAt(0) == 'ي' && w.length() >= 3 ? present(w) : past(w);
    }

    /**
     * The folded forms of a verb that a relation or stance cue lists by its masculine singular ({@code dg:verbForm}):
     * the form itself, the third-person forms {@link #ofFinite} gives, and for a present also the first person plural
     * (يدعم → ندعم) and the future with س of each present (سيدعم، ستدعم، سندعم). Empty for a form of several words.
     */
    public static List<String> conjugations(String masculine) {
        String w = bare(masculine);
        if (w == null || w.length() < 2) return List.of();
        List<String> out = new ArrayList<>();
        out.add(ArabicFolding.fold(w));
        for (Form f : ofFinite(w)) out.add(f.text());
        if (w.charAt(0) == 'ي' && w.length() >= 3) {
            out.add(ArabicFolding.fold("ن" + w.substring(1)));
            for (String present : List.copyOf(out)) out.add("س" + present);
        }
        out.removeIf(OTHER_WORDS::contains);
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    /** The other participle of the singular pair: the feminine of a masculine in ا, the masculine of a feminine in ة. */
    public static List<Form> ofParticiple(String participle, Gender gender) {
        String w = bare(participle);
        if (w == null || w.length() < 3) return List.of();
        String stem = w.substring(0, w.length() - 1);
        char last = w.charAt(w.length() - 1);
        // مفاعِلا (مناشدا، مطالبا): its feminine مناشدة is spelled like the verbal noun مناشدة "appeal"
        boolean formThree = w.length() == 6 && w.charAt(0) == 'م' && w.charAt(2) == 'ا';
        if (gender == Gender.MASCULINE && last == 'ا' && !formThree)
            return List.of(form(stem + "ة", Entry.CueForm.PARTICIPLE, Gender.FEMININE));
        if (gender == Gender.FEMININE && (last == 'ة' || last == 'ه'))
            return List.of(form(stem + "ا", Entry.CueForm.PARTICIPLE, Gender.MASCULINE));
        return List.of();
    }

    private static List<Form> past(String w) {
        List<Form> out = new ArrayList<>();
        int n = w.length();
        char last = w.charAt(n - 1);
        String stem = w.substring(0, n - 1);
        if (last == 'و') return out;
        if (isHamza(last)) {
            out.add(finite(w + "ت", Gender.FEMININE));
            out.add(finite(w + "تا", Gender.PLURAL));
        } else if (last == 'ا' || last == 'ى') {
            out.add(finite(stem + "ت", Gender.FEMININE));
            out.add(finite(stem + "وا", Gender.PLURAL));
            if (last == 'ى' && dualIsAVerb(w)) out.add(finite(stem + "يا", Gender.PLURAL));
            out.add(finite(stem + "تا", Gender.PLURAL));
        } else if (last == 'ي') {
            out.add(finite(w + "ت", Gender.FEMININE));
            if (dualIsAVerb(w)) out.add(finite(w + "ا", Gender.PLURAL));
            out.add(finite(w + "تا", Gender.PLURAL));
        } else {
            out.add(finite(w + "ت", Gender.FEMININE));
            out.add(finite(w + "وا", Gender.PLURAL));
            if (dualIsAVerb(w)) out.add(finite(w + "ا", Gender.PLURAL));
            out.add(finite(w + "تا", Gender.PLURAL));
        }
        return out;
    }

    private static List<Form> present(String w) {
        List<Form> out = new ArrayList<>();
        char last = w.charAt(w.length() - 1);
        String fem = "ت" + w.substring(1);
        out.add(finite(fem, Gender.FEMININE));
        if (last == 'ى' || isHamza(last)) return out;
        if (last != 'و' && last != 'ي') out.add(finite(w + "ون", Gender.PLURAL));
        out.add(finite(w + "ان", Gender.PLURAL));
        out.add(finite(fem + "ان", Gender.PLURAL));
        return out;
    }

    /**
     * Whether the masculine past dual of {@code w} (+ا) reads as a verb rather than as a noun's accusative: see the
     * class comment.
     */
    private static boolean dualIsAVerb(String w) {
        String f = ArabicFolding.fold(w);
        int n = f.length();
        if (f.startsWith("ت")) return false;                              // تفعّل، تفاعل: the noun is spelled alike
        if (n == 4 && f.charAt(1) == 'ا') return false;                    // فاعل: طالب، دافع، تابع
        if (n >= 4) return true;
        if (n == 3) return f.charAt(0) == 'ا' || f.charAt(1) == f.charAt(2);  // أكد، أصر; شدد، هدد
        return false;
    }

    /** Adds the forms generated from {@code finite} and participle seeds to {@code surfaces}; returns how many. */
    static int addGenerated(List<Seed> finite, List<Seed> masculineParticiples, List<Seed> feminineParticiples,
            List<Lexicon.Surface> surfaces) {
        Set<List<String>> curated = new HashSet<>();
        for (Lexicon.Surface s : surfaces) curated.add(s.tokens());
        // folded form → the entry generating it with its form and gender; null once two entries generate it
        Map<List<String>, Lexicon.Surface> generated = new LinkedHashMap<>();
        Map<List<String>, String> owner = new HashMap<>();
        for (Seed s : finite) for (Form f : ofFinite(s.written())) offer(s, f, curated, generated, owner);
        for (Seed s : masculineParticiples)
            for (Form f : ofParticiple(s.written(), Gender.MASCULINE)) offer(s, f, curated, generated, owner);
        for (Seed s : feminineParticiples)
            for (Form f : ofParticiple(s.written(), Gender.FEMININE)) offer(s, f, curated, generated, owner);
        int added = 0;
        for (Lexicon.Surface s : generated.values()) {
            if (s == null) continue;
            surfaces.add(s);
            added++;
        }
        return added;
    }

    private static void offer(Seed seed, Form f, Set<List<String>> curated, Map<List<String>, Lexicon.Surface> generated,
            Map<List<String>, String> owner) {
        List<String> tokens = Tokenizer.tokenize(f.text()).stream().map(Token::text).toList();
        if (tokens.size() != 1 || curated.contains(tokens) || OTHER_WORDS.contains(f.text())) return;
        String id = seed.cue().id();
        String before = owner.putIfAbsent(tokens, id);
        if (before != null) {
            // the same entry generating it again (from its past and its present) keeps the first; two entries, none
            if (!before.equals(id)) generated.put(tokens, null);
            return;
        }
        Entry.Cue c = seed.cue();
        generated.put(tokens, new Lexicon.Surface(tokens,
                new Entry.Cue(c.id(), c.act(), c.stance(), f.form(), f.gender(), c.relay()), null));
    }

    /** The form without diacritics and tatweel, or null when it is not one Arabic word. */
    private static String bare(String written) {
        StringBuilder b = new StringBuilder();
        for (char c : written.strip().toCharArray()) {
            if (ArabicFolding.isMark(c)) continue;
            if (c < '\u0621' || c > '\u064A') return null;
            b.append(c);
        }
        return b.isEmpty() ? null : b.toString();
    }

    private static boolean isHamza(char c) {
        return c == 'ء' || c == 'أ' || c == 'إ' || c == 'ؤ' || c == 'ئ';
    }

    private static Form finite(String text, Gender g) {
        return form(text, Entry.CueForm.FINITE, g);
    }

    private static Form form(String text, Entry.CueForm cueForm, Gender g) {
        return new Form(ArabicFolding.fold(text), cueForm, g);
    }
}
