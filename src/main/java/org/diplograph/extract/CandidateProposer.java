package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.gazetteer.CommonWords;
import org.diplograph.gazetteer.Entity;
import org.diplograph.gazetteer.Entry;
import org.diplograph.gazetteer.Gender;
import org.diplograph.gazetteer.Match;
import org.diplograph.model.Role;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;
import org.diplograph.text.Token;

/**
 * Proposes more speaker candidates for a reporting cue than the ordered rules give, from the cue's clause: an
 * unknown personal name right after the verb (قال NAME NAME، …), a name after a role phrase and a comma (أكد وزير
 * الخزانة الأمريكي، NAME NAME،), the nearest actor named before the verb in its clause (subject–verb, over قد
 * and كانت), the first actor named right after it, each state of a coordinated subject, and in English a
 * capitalised name right before or after "said". The proposals are generous on purpose: the attribution model
 * weighs each against the rule's choice and keeps at most one per cue.
 */
final class CandidateProposer {
    /** Days and times of day that news puts between a verb, its subject and what was said (folded). */
    static final Set<String> AR_TIMES = folded("اليوم", "امس", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
            "الخميس", "الجمعه", "مساء", "صباح");
    /**
     * Words that may stand between a verb and its subject (days, times, commas are tokens of their own; رد عليه
     * الرئيس: the pronoun of what is answered).
     */
    private static final Set<String> AR_GAP = folded(AR_TIMES, "،", "ايضا", "بدوره", "بدورها", "من", "جهته", "جهتها",
            "جانبه", "جانبها", "ناحيته", "ناحيتها", "عليه", "عليها");
    /** Words that end an Arabic clause looking backwards from a verb. */
    private static final Set<String> AR_CLAUSE_END = folded("ان", "انه", "انها", "بان", ":", "\"", ".", "؟", "!", "ثم",
            "لكن", "ولكن", "بينما", "فيما", "حيث", "اذ", "الذي", "التي", "الذين");
    /** What may follow an unknown name after the verb: the name ends there. */
    private static final Set<String> AR_AFTER_NAME = folded(AR_TIMES, "لرويترز", "لشبكه", "لبرنامج", "لصحافيين", "لصحفيين",
            "للصحافيين", "للصحفيين", "لوسائل", "لموقع", "لمحطه", "لتلفزيون", "للتلفزيون", "لاذاعه", "للاذاعه", "لصحيفه",
            "لقناه", "لوكاله", "،", ":", "\"", "(", "احد", "ان", "انه", "انها", "بان", "بانه", "بانها", "بانهم", "في",
            "خلال", "عبر", "امام", "عقب", "ل", "الي", "على", "علي");
    private static final Set<String> IN_ROLE = folded("في", "لدي", "لدى", "ب");

    /** Role nouns that open an apposition right after a name (…يونكر رئيس المفوضية، …بيرس مندوبة بريطانيا). */
    static final Set<String> AR_ROLE_NOUNS = folded("رئيس", "رئيسه", "مندوب", "مندوبه", "مدير", "مديره", "نائب", "قائد",
            "امين", "سفير", "سفيره", "وزير", "وزيره", "مستشار", "مستشاره", "زعيم", "عضو", "مسؤول", "مسؤوله", "ممثل",
            "ممثله", "مبعوث", "منسق", "مفوض", "مفوضه", "المتحدث", "المتحدثه", "الناطق", "الناطقه", "المبعوث", "الامين",
            "الممثل", "المدير", "الرئيس", "نائبه", "قائده", "امينه", "رئيسا", "مساعد", "مساعده", "كبير", "كبيره");
    private static final Set<String> EN_CLAUSE_END = folded(".", ":", "\"", ";", "that", "and", "but", "while", "who", "which");

    /**
     * The state, organisation and institution kind that the names inside a phrase give (the first of each); a
     * person's name is no part of such a phrase.
     */
    private static final class Affiliation {
        String country, org, kind;

        /** Takes what the name matched gives; false for a person. */
        boolean add(Match m) {
            Entity e = m.first(Entry.Name.class).entity();
            if (e.kind() == Entity.Kind.PERSON) return false;
            if (e.kind() == Entity.Kind.STATE && country == null) country = e.code();
            if (e.kind() == Entity.Kind.ACTOR && org == null) org = e.code();
            if (e.kind() == Entity.Kind.INSTITUTION_KIND && kind == null) kind = SpeakerPhrase.localKind(e);
            return true;
        }
    }

    /** The words as the folded text spells them (ؤ → و, ئ → ي, ة → ه, ى → ي, hamza on alef dropped). */
    private static Set<String> folded(String... words) {
        return folded(Set.of(), words);
    }

    /** {@code base} and the words, folded. */
    private static Set<String> folded(Set<String> base, String... words) {
        Set<String> out = new java.util.HashSet<>(base);
        for (String w : words) out.add(org.diplograph.text.ArabicFolding.fold(w));
        return Set.copyOf(out);
    }

    /** True when token i is a role: a title of the lexicon or a role noun (رئيس، مندوبة …). */
    static boolean isRole(ArticleAnalysis a, int i) {
        Token t = a.token(i);
        return t != null && (a.title(i) != null || AR_ROLE_NOUNS.contains(t.text()));
    }

    /** The first token from k on that is not a day, a time or a comma (at most two skipped; من is not skipped). */
    private static int afterGap(ArticleAnalysis a, int k, int sTo) {
        int j = k;
        while (j < sTo && j < k + 2 && AR_GAP.contains(a.token(j).text()) && !a.is(j, "من")) j++;
        return j;
    }

    /** The speaker a name stands for: a known person, a state named by its name or capital, an organisation; else null. */
    private static Speaker speakerOf(ArticleAnalysis a, Match m) {
        Entry.Name n = m.first(Entry.Name.class);
        Entity e = n.entity();
        if (e.kind() == Entity.Kind.PERSON) return SpeakerPhrase.personSpeaker(a.original(m), e, null, null, null);
        if (e.kind() == Entity.Kind.STATE && (n.via() == Entry.Via.NAME || n.via() == Entry.Via.CAPITAL))
            return new Speaker(SpeakerPhrase.stateName(a.original(m), e, n.via(), a.arabic), e.labelEn(), SpeakerType.STATE,
                    e.code(), null, null, null, null, e.id(), e.wikidata());
        if (e.kind() == Entity.Kind.ACTOR)
            return new Speaker(a.original(m), e.labelEn(), SpeakerType.INSTITUTION, null, e.code(), null, a.original(m), null,
                    e.id(), e.wikidata());
        return null;
    }

    /** The name match that ends at token {@code end} (exclusive) and starts at most four tokens before it, or null. */
    private static Match nameEndingAt(ArticleAnalysis a, int end, int sFrom) {
        for (int b = Math.max(sFrom, end - 4); b < end; b++) if (a.name(b) != null && a.name(b).endToken() == end) return a.name(b);
        return null;
    }

    /** Where an English subject ends before the verb: over up to two auxiliaries or -ly adverbs (has also, strongly). */
    private static int beforeAdverbs(ArticleAnalysis a, int cueStart, int sFrom) {
        int end = cueStart;
        while (end - 1 >= sFrom && end > cueStart - 3 && (EN_AUX.contains(a.token(end - 1).text())
                || (a.token(end - 1).text().endsWith("ly") && !a.capitalised(end - 1)))) end--;
        return end;
    }

    private final SpeakerFinder speakers;

    CandidateProposer(SpeakerFinder speakers) {
        this.speakers = speakers;
    }

    /**
     * Speakers for the cue other than {@code chosen} (the rule's, may be null), each with the rule that proposed it;
     * no two of the same speaker.
     */
    List<Found> alternatives(ArticleAnalysis a, Match cue, Found chosen, int sFrom, int sTo, Discourse d) {
        Map<String, Found> out = new LinkedHashMap<>();
        Gender g = cue.first(Entry.Cue.class).gender();
        if (a.arabic) {
            add(out, unknownNameAfter(a, cue.endToken(), sTo, d, g));
            add(out, surnameAfter(a, cue.endToken(), sTo, g));
            add(out, nameAfterRole(a, cue.endToken(), sTo, g));
            add(out, nameAfterPhrase(a, cue.endToken(), sTo, g));
            add(out, nameAfterDescription(a, cue.endToken(), sTo, g));
            add(out, documentIssuer(a, cue, sFrom, sTo, d, g));
            add(out, onTheTongueOf(a, cue.endToken(), sTo, d));
            add(out, bareInstitution(a, cue.endToken(), sTo, g));
            add(out, actorAfter(a, cue.endToken(), sTo, d, g));
            add(out, institutionAfter(a, cue.endToken(), sTo, g));
            add(out, unnamedAfter(a, cue.endToken(), sTo, g, d));
            add(out, unnamedBefore(a, cue.startToken(), sFrom, g, d));
            add(out, institutionBefore(a, cue.startToken(), sFrom, g));
            add(out, phraseBefore(a, cue.startToken(), sFrom, d, g));
            for (Found f : actorsBefore(a, cue.startToken(), sFrom, d, g)) add(out, f);
            add(out, antecedent(a, cue.startToken(), sFrom, d, g));
            add(out, commaNameBefore(a, cue.startToken(), sFrom, g));
        } else {
            add(out, englishUnnamedBefore(a, cue.startToken(), sFrom));
            add(out, englishNameBefore(a, cue.startToken(), sFrom));
            add(out, englishNameAfter(a, cue.endToken(), sTo));
            for (Found f : actorsBefore(a, cue.startToken(), sFrom, d, g)) add(out, f);
            add(out, antecedent(a, cue.startToken(), sFrom, d, g));
        }
        if (chosen != null) out.remove(AttributionFeatures.key(chosen.speaker()));
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, Found> out, Found f) {
        if (f != null) out.putIfAbsent(AttributionFeatures.key(f.speaker()), f);
    }

    /** قال NAME NAME، أحد مسؤولي …: two to four unknown words right after the verb, ended by what ends names. */
    private Found unknownNameAfter(ArticleAnalysis a, int k, int sTo, Discourse d, Gender g) {
        int j = afterGap(a, k, sTo);
        int end = unknownRun(a, j, sTo);
        if (end - j < 2 || end >= sTo || !(AR_AFTER_NAME.contains(a.token(end).text()) || isRole(a, end))) return null;
        Affiliation aff = new Affiliation();
        Role role = null;
        // the apposition after the name gives role and state: …، رئيس مجلس النواب الأمريكي
        int after = a.is(end, "،") || a.is(end, "احد") ? end + 1 : isRole(a, end) ? end : -1;
        if (after > 0 && after < sTo && (isRole(a, after) || a.is(after, "احد"))) {
            SpeakerPhrase p = speakers.phrase(a, a.is(after, "احد") ? after + 1 : after, sTo, d);
            if (p != null) {
                aff.country = p.country;
                aff.org = p.org;
                aff.kind = p.institutionKind;
                role = p.title == null ? null : p.title.role();
            }
        }
        return new Found(new Speaker(a.original(j, end), null, SpeakerType.PERSON, aff.country, aff.org, role, null, aff.kind,
                null, null), g, j, end, "cand.ar.unknown-name-after");
    }

    /**
     * ونقل الموقع على لسان النائب NAME، …؛ وجاء الإعلان على لسان NAME: the speaker whose words a cue reports "on the
     * tongue of" (على لسان), in the cue's clause.
     */
    private Found onTheTongueOf(ArticleAnalysis a, int k, int sTo, Discourse d) {
        for (int i = k; i + 2 < sTo && i < k + 6; i++) {
            if (a.cue(i) != null || a.is(i, ".")) return null;
            if (!(a.is(i, "علي") || a.is(i, "على")) || !a.is(i + 1, "لسان")) continue;
            SpeakerPhrase p = speakers.phrase(a, i + 2, sTo, d);
            Found f = p == null ? null : p.toFound(a, Gender.UNKNOWN, d, speakers.persons());
            if (f == null) {
                int end = unknownRun(a, i + 2, sTo);
                if (end - (i + 2) < 2) return null;
                f = new Found(new Speaker(a.original(i + 2, end), null, SpeakerType.PERSON, null, null, null, null, null,
                        null, null), Gender.UNKNOWN, i + 2, end, null);
            }
            return f.withRule("cand.ar.on-the-tongue-of");
        }
        return null;
    }

    /**
     * True when token {@code i} can stand right before a person's introduced name: a role or title (عضو لجنة …،
     * الرئيس) or a state's name or adjective (مجلس النواب الأميركي).
     */
    private static boolean introduces(ArticleAnalysis a, int i) {
        return i >= 0 && (isRole(a, i) || a.title(i) != null || a.name(i) != null);
    }

    /** What opens the content right after a one-word subject: إن، أن، أنه، بأن، a colon. */
    private static final Set<String> AR_CONTENT_OPENERS = folded("ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", ":");

    /**
     * وقال كينزنغر إن …: one word the lexicon does not know between the verb and what opens the content, when it is the
     * last word of a person the article introduced in full after a role, a title or a state (عضو لجنة … مجلس النواب
     * الأميركي آدم كينزنغر): that person ("cand.ar.surname-after").
     */
    private Found surnameAfter(ArticleAnalysis a, int k, int sTo, Gender g) {
        int j = afterGap(a, k, sTo);
        if (j + 1 >= sTo || unknownRun(a, j, j + 1) != j + 1 || !AR_CONTENT_OPENERS.contains(a.token(j + 1).text())) return null;
        String word = a.token(j).text();
        if (word.length() < 3) return null;
        for (int p = 0; p < a.tokens.size(); p++) {
            if (p == j || !a.token(p).text().equals(word)) continue;
            for (int start = Math.max(1, p - 3); start < p; start++) {
                // the full name as the article introduced it: after a role, a title or a state
                if (unknownRun(a, start, p + 1) == p + 1 && introduces(a, start - 1))
                    return new Found(new Speaker(a.original(start, p + 1), null, SpeakerType.PERSON, null, null, null, null,
                            null, null, null), g, j, j + 1, "cand.ar.surname-after");
            }
        }
        // the word alone (وقال مقرب إن، وقال آخر إن، وقال مراسلنا إن) is as often a noun as a name: not proposed
        return null;
    }

    /** أكد وزير الخزانة الأمريكي، NAME NAME، …: a role phrase the lexicon only half knows, a comma, then a name. */
    private Found nameAfterRole(ArticleAnalysis a, int k, int sTo, Gender g) {
        int t = afterGap(a, k, sTo);
        Match title = a.title(t);
        if (title == null) return null;
        Affiliation aff = new Affiliation();
        for (int i = title.endToken(); i < Math.min(sTo, title.endToken() + 7); i++) {
            Match m = a.name(i);
            if (m != null) {
                if (!aff.add(m)) return null; // the rules' known person
                i = m.endToken() - 1;
                continue;
            }
            if (a.is(i, "،") || a.is(i, ",")) {
                int end = unknownRun(a, i + 1, sTo);
                if (end - (i + 1) < 2 || end > sTo) return null;
                if (end < sTo && !AR_AFTER_NAME.contains(a.token(end).text())) return null;
                Entry.Title tt = title.first(Entry.Title.class);
                return new Found(new Speaker(a.original(i + 1, end), null, SpeakerType.PERSON, aff.country, aff.org, tt.role(),
                        null, tt.institutionKind(), null, null), tt.gender() == Gender.FEMININE ? Gender.FEMININE : g,
                        t, end, "cand.ar.role-comma-name");
            }
            Token tok = a.token(i);
            // رئيس بعثة الأمم المتحدة في جنوب السودان، NAME: the post's place is part of the role
            if (IN_ROLE.contains(tok.text())) continue;
            if (!tok.word() || a.cue(i) != null || SpeakerPhrase.AR_STOP.contains(tok.text())) return null;
            // وقال وزير الخزانة الأمريكي ستيفن منوشين، …: the name follows the role phrase without a comma
            int end = unknownRun(a, i, sTo);
            if (end - i >= 2 && (end >= sTo || AR_AFTER_NAME.contains(a.token(end).text()))) {
                Entry.Title tt = title.first(Entry.Title.class);
                return new Found(new Speaker(a.original(i, end), null, SpeakerType.PERSON, aff.country, aff.org, tt.role(),
                        null, tt.institutionKind(), null, null), tt.gender() == Gender.FEMININE ? Gender.FEMININE : g,
                        t, end, "cand.ar.role-name");
            }
        }
        return null;
    }

    /**
     * قال أمين سر منظمة التحرير الفلسطينية، NAME NAME، إن …: a role phrase of words the lexicon does not know as a
     * title (up to eight, no verb or function word among them), a comma, and a name of two to four words; the actors
     * named in the phrase give the state or organisation.
     */
    private Found nameAfterPhrase(ArticleAnalysis a, int k, int sTo, Gender g) {
        if (a.title(k) != null) return null; // a known title: nameAfterRole
        Affiliation aff = new Affiliation();
        for (int i = k; i < Math.min(sTo, k + 9); i++) {
            Match m = a.name(i);
            if (m != null) {
                if (!aff.add(m)) return null;
                i = m.endToken() - 1;
                continue;
            }
            if ((a.is(i, "،") || a.is(i, ",")) && i > k) {
                int end = unknownRun(a, i + 1, sTo);
                if (end - (i + 1) < 2) return null;
                if (end < sTo && !AR_AFTER_NAME.contains(a.token(end).text())) return null;
                return new Found(new Speaker(a.original(i + 1, end), null, SpeakerType.PERSON, aff.country, aff.org, null,
                        null, null, null, null), g, k, end, "cand.ar.phrase-comma-name");
            }
            Token tok = a.token(i);
            // مبعوث الأمم المتحدة إلى (folded الي) اليمن، رئيس بعثة … في جنوب السودان: the post's place is part of the phrase
            if (i > k && (IN_ROLE.contains(tok.text()) || a.is(i, "الي")) && i + 1 < sTo && a.name(i + 1) != null) continue;
            if (!tok.word() || a.cue(i) != null || SpeakerPhrase.AR_STOP.contains(tok.text()) || a.stance(i) != null) return null;
        }
        return null;
    }

    /**
     * قال الدبلوماسي الأميركي NAME NAME إن …, قال السيناتور الجمهوري المخضرم NAME NAME, قال أمين عام منظمة التحرير
     * الفلسطينية NAME NAME في بيان: a description of up to eight words — words with the article, role nouns and the
     * word right after one (its genitive or adjective), states and organisations, a post's place after في or لدى —
     * then an unknown name of two to four words ended by what ends names, or by what was said or how. The title and
     * the states in the description give the role and the state.
     */
    private Found nameAfterDescription(ArticleAnalysis a, int k, int sTo, Gender g) {
        int j = afterGap(a, k, sTo);
        Affiliation aff = new Affiliation();
        Entry.Title title = null;
        boolean afterRole = false;
        for (int i = j; i < sTo && i - j < 8; ) {
            if (i > j) {
                int end = unknownRun(a, i, sTo);
                // the name ends where what was said or its manner begins: إن، منتقدا، a comma
                // …, or a role noun: the name's own apposition or the object (هاجم البرلماني المصري NAME الرئيس التونسي)
                if (end - i >= 2 && (end >= sTo || AR_AFTER_NAME.contains(a.token(end).text()) || a.cue(end) != null
                        || a.stance(end) != null || isRole(a, end))) {
                    Role role = title == null ? null : title.role();
                    String kind = title == null ? aff.kind : title.institutionKind();
                    Gender gender = title != null && title.gender() == Gender.FEMININE ? Gender.FEMININE : g;
                    return new Found(new Speaker(a.original(i, end), null, SpeakerType.PERSON, aff.country, aff.org, role,
                            null, kind, null, null), gender, j, end, "cand.ar.description-name");
                }
            }
            Match m = a.name(i);
            if (m != null) {
                if (!aff.add(m)) return null; // a known person is the rules' to read
                i = m.endToken();
                afterRole = false;
                continue;
            }
            Match t = a.title(i);
            if (t != null) {
                if (title == null) title = t.first(Entry.Title.class);
                i = t.endToken();
                afterRole = true;
                continue;
            }
            Token tok = a.token(i);
            // انتقدت الإعلامية البحرينية، NAME، …: the name in apposition between commas after the description
            if (i > j && a.is(i, "،") && !a.is(i - 1, "،")) { i++; continue; }
            if (!tok.word() || tok.isLatin() || a.cue(i) != null || a.relation(i) != null || a.stance(i) != null
                    || AR_TIMES.contains(tok.text())) return null;
            boolean role = AR_ROLE_NOUNS.contains(tok.text());
            boolean place = i > j && IN_ROLE.contains(tok.text()) && i + 1 < sTo && a.name(i + 1) != null;
            if (!(role || place || afterRole || a.original(i, i + 1).startsWith("ال"))) return null;
            if (!place && SpeakerPhrase.AR_STOP.contains(tok.text())) return null;
            afterRole = role;
            i++;
        }
        return null;
    }

    /** What a speaker issues, as the object of أصدر، نشر، عقد (folded): a statement, a tweet, a letter, a conference. */
    private static final Set<String> DOCUMENT_NOUNS = folded("بيانا", "بيان", "تغريده", "رساله", "كلمه", "خطابا", "خطاب",
            "تقريرا", "مذكره", "مؤتمرا", "تصريحا", "مقالا", "منشورا", "تدوينه", "برقيه");

    /**
     * أصدرت وزارة الخارجية الفرنسية بيانا السبت، دانت فيه …، عقد الرئيس مؤتمرا صحفيا قال فيه …: a cue followed by
     * فيه or فيها speaks in the document named just before it; its speaker is the one who issued it, the first speaker
     * phrase of the clause before the document.
     */
    private Found documentIssuer(ArticleAnalysis a, Match cue, int sFrom, int sTo, Discourse d, Gender g) {
        int k = cue.endToken();
        if (k >= sTo || !(a.is(k, "فيه") || a.is(k, "فيها"))) return null;
        int doc = -1;
        for (int i = cue.startToken() - 1; i >= Math.max(sFrom, cue.startToken() - 8) && doc < 0; i--)
            if (DOCUMENT_NOUNS.contains(a.token(i).text())) doc = i;
        if (doc < 0) return null;
        for (int i = Math.max(sFrom, doc - 10); i < doc; i++) {
            if (a.name(i) == null && a.title(i) == null) continue;
            SpeakerPhrase p = speakers.phrase(a, i, doc, d);
            Found f = p == null ? null : p.toFound(a, g, d, speakers.persons());
            if (f != null) return f.at(i, Math.max(p.to, i + 1)).withRule("cand.ar.document-issuer");
        }
        return null;
    }

    /**
     * وقالت الحكومة إن …، وأكدت الرئاسة: a body named by its kind alone, with the article, that no body of its kind
     * speaking before explains; its state is not named.
     */
    private static Found bareInstitution(ArticleAnalysis a, int k, int sTo, Gender g) {
        int j = afterGap(a, k, sTo);
        Match m = a.name(j);
        if (m == null || m.endToken() != j + 1 || !a.original(j, j + 1).startsWith("ال")) return null;
        Entity e = m.first(Entry.Name.class).entity();
        if (e.kind() != Entity.Kind.INSTITUTION_KIND) return null;
        if (j + 1 < sTo && !AR_AFTER_NAME.contains(a.token(j + 1).text())) return null;
        String name = a.original(j, j + 1);
        return new Found(new Speaker(name, null, SpeakerType.INSTITUTION, null, null, null, name, SpeakerPhrase.localKind(e),
                null, null), g, j, j + 1, "cand.ar.bare-institution");
    }

    /**
     * دعت اللجنة الدولية للصليب الأحمر …، ذكر نادي الأسير الفلسطيني في بيان …: a body the lexicon does not know,
     * opened by a noun that heads institutions and running to the first preposition, comma or complementiser; a
     * state named in it is the body's.
     */
    private static Found institutionAfter(ArticleAnalysis a, int k, int sTo, Gender g) {
        int j = k;
        if (j < sTo && a.is(j, "\"")) j++;
        // a body the lexicon knows is the rules' to read
        if (j >= sTo || a.name(j) != null || !INSTITUTION_HEADS.contains(a.token(j).text())) return null;
        Affiliation aff = new Affiliation();
        int end = j + 1;
        while (end < sTo && end - j < 7) {
            Token t = a.token(end);
            if (!t.word() || INSTITUTION_ENDS.contains(t.text()) || a.cue(end) != null) break;
            // a name goes on with words that carry the article or the genitive ل (الدولية، للصليب، لحقوق); a
            // word without them (بشدة) or a relation noun with the article (الهجوم) is what the body said or did
            String w = t.text();
            boolean genitive = w.startsWith("ل") && !w.startsWith("ال");
            // …لشؤون اللاجئين، …لحقوق الإنسان: after a genitive ل even a relation noun is part of the name
            String prev = a.token(end - 1).text();
            boolean afterGenitive = end - 1 > j && prev.startsWith("ل") && !prev.startsWith("ال");
            boolean definite = w.startsWith("ال") && (afterGenitive || (a.relation(end) == null && a.stance(end) == null));
            if (a.name(end) == null && !definite && !genitive) break;
            Match m = a.name(end);
            if (m != null) {
                if (!aff.add(m)) break;
                end = m.endToken();
                continue;
            }
            end++;
        }
        if (end - j < 2) return null;
        return new Found(new Speaker(a.original(j, end), null, SpeakerType.INSTITUTION, aff.country, aff.org, null,
                a.original(j, end), null, null, null), g, j, end, "cand.ar.institution-after");
    }

    /** Nouns that head the names of bodies (folded, with and without the article). */
    static final Set<String> INSTITUTION_HEADS = folded("اللجنه", "لجنه", "المنظمه", "منظمه", "الهيئه", "هيئه",
            "المجلس", "مجلس", "الحكومه", "حكومه", "الوزاره", "وزاره", "السلطات", "سلطات", "السلطه", "المفوضيه", "مفوضيه",
            "المرصد", "مرصد", "الرابطه", "رابطه", "مركز", "المركز", "نادي", "تحالف", "التحالف", "الاتحاد", "اتحاد", "البعثه",
            "بعثه", "الشرطه", "النيابه", "الجيش", "القوات", "قوات", "الرئاسه", "رئاسه", "الجامعه", "حركه", "الحركه", "جماعه",
            "الجماعه", "حزب", "الحزب", "المكتب", "مكتب", "الوكاله", "وكاله", "البرلمان", "المحكمه", "محكمه", "القياده",
            "الخارجيه", "الداخليه", "الدفاع", "السفاره", "سفاره", "القنصليه", "الديوان", "ديوان", "البيت", "الكرملين",
            "الامانه", "برنامج", "صندوق", "الصندوق", "الائتلاف", "ائتلاف", "جبهه", "الجبهه", "مجموعه", "المجموعه");
    /** Words that end a body's name. */
    private static final Set<String> INSTITUTION_ENDS = folded(AR_TIMES, "في", "من", "على", "علي", "عن", "الى", "ان", "انه",
            "انها", "بان", "خلال", "التي", "الذي", "بعد", "قبل", "عقب", "اثناء", "ضد", "مع", "حول", "بشان", "الي", "ايضا", "اول", "بيان", "عبر");

    /** Nouns that head an unnamed source (folded): an official, a source, a spokesman, diplomats. */
    private static final Set<String> AR_UNNAMED_HEADS = folded("مسؤول", "مسؤوله", "مسؤولون", "مسؤولين", "مسؤولو", "مصدر",
            "مصادر", "متحدث", "متحدثه", "ناطق", "ناطقه", "دبلوماسي", "دبلوماسيون", "دبلوماسيين", "شخصيات", "اوساط", "قاده",
            "وزراء", "نواب", "ممثلون", "ممثلو");
    private static final Set<String> AR_UNNAMED_INSIDE = folded("في", "ب", "باسم", "لدي", "رفيع", "رفيعه", "رفيعو", "كبير",
            "كبار", "بارز", "بارزه", "امني", "امنيه", "امنيون", "دبلوماسي", "دبلوماسيه", "عسكري", "عسكريه", "حكومي",
            "حكوميه", "مطلع", "مطلعه", "مسؤول", "رسمي", "رسميه", "المستوي", "وزاره", "وزارة", "الخارجيه", "الحكومه");

    /**
     * قال مسؤول تركي، ذكرت مصادر دبلوماسية يونانية، قال ناطق باسم وزارة الخارجية الروسية: an unnamed source whose
     * state the phrase names; it speaks as an unnamed speaker of that state.
     */
    private static Found unnamedAfter(ArticleAnalysis a, int k, int sTo, Gender g, Discourse d) {
        return unnamedAt(a, afterGap(a, k, sTo), sTo, g, "cand.ar.unnamed-after", d);
    }

    /** وكان مصدر تركي قال …: the unnamed source opens the clause before the verb. */
    private static Found unnamedBefore(ArticleAnalysis a, int cueStart, int sFrom, Gender g, Discourse d) {
        for (int i = cueStart - 1; i >= Math.max(sFrom, cueStart - 7); i--) {
            String w = org.diplograph.text.ArabicFolding.withoutConjunction(a.token(i).text());
            if (AR_UNNAMED_HEADS.contains(w)) {
                Found f = unnamedAt(a, i, cueStart, g, "cand.ar.unnamed-before", d);
                return f != null && f.to() >= cueStart - 2 ? f : null;
            }
            if (AR_CLAUSE_END.contains(a.token(i).text()) || a.cue(i) != null) return null;
        }
        return null;
    }

    private static Found unnamedAt(ArticleAnalysis a, int j, int limit, Gender g, String rule, Discourse d) {
        if (j >= limit) return null;
        String head = org.diplograph.text.ArabicFolding.withoutConjunction(a.token(j).text());
        if (!AR_UNNAMED_HEADS.contains(head)) return null;
        Affiliation aff = new Affiliation();
        int end = j + 1;
        for (int i = j + 1; i < Math.min(limit, j + 9); i++) {
            Match m = a.name(i);
            if (m != null) {
                if (!aff.add(m)) break;
                i = m.endToken() - 1;
                end = m.endToken();
                continue;
            }
            if (!AR_UNNAMED_INSIDE.contains(a.token(i).text())) break;
            end = i + 1;
        }
        // مصادر الخارجية، مسؤول في الوزارة: a body named by its kind alone is the one of that kind that spoke last
        if (aff.country == null && aff.org == null && aff.kind != null) {
            Found same = d.lastInstitution(aff.kind);
            if (same != null) aff.country = same.speaker().country();
        }
        if (aff.country == null && aff.org == null) return null;
        Role role = head.startsWith("متحدث") || head.startsWith("ناطق") ? Role.SPOKESPERSON : Role.OFFICIAL;
        return new Found(new Speaker(a.original(j, end), null, SpeakerType.UNNAMED, aff.country, aff.org, role, null, aff.kind,
                null, null), g, j, end, rule);
    }

    /**
     * …المرصد السوري لحقوق الإنسان أعلن: a body the lexicon does not know, opening the clause right before the
     * verb (after أن, كما, وكانت, a comma or the sentence start).
     */
    private static Found institutionBefore(ArticleAnalysis a, int cueStart, int sFrom, Gender g) {
        int end = beforeQad(a, cueStart, sFrom);
        for (int start = end - 2; start >= Math.max(sFrom, end - 7); start--) {
            if (!INSTITUTION_HEADS.contains(org.diplograph.text.ArabicFolding.withoutConjunction(a.token(start).text()))) continue;
            if (a.name(start) != null) return null;
            Found f = institutionAfter(a, start, end, g);
            if (f == null || f.to() != end) return null;
            return new Found(f.speaker(), g, start, end, "cand.ar.institution-before");
        }
        return null;
    }

    /** Where the subject before a verb ends: before the verb, or before the قد / لقد right before it. */
    private static int beforeQad(ArticleAnalysis a, int cueStart, int sFrom) {
        return cueStart - 1 >= sFrom && (a.is(cueStart - 1, "قد") || a.is(cueStart - 1, "لقد")) ? cueStart - 1 : cueStart;
    }

    /**
     * The subject that opens its clause right before the verb (and a قد): a speaker phrase (وكانت الخارجية الكندية قد
     * انتقدت) or an unknown name followed by its role phrase (لكن NAME NAME المتحدث باسم طالبان نفى). The phrase must
     * fill the words up to the verb.
     */
    private Found phraseBefore(ArticleAnalysis a, int cueStart, int sFrom, Discourse d, Gender g) {
        int end = beforeQad(a, cueStart, sFrom);
        for (int start = end - 1; start >= Math.max(sFrom, end - 9); start--) {
            if (AR_CLAUSE_END.contains(a.token(start).text()) || a.cue(start) != null) return null;
            if (!ArabicSpeakers.opensClause(a, start, sFrom)) continue;
            int nameEnd = unknownRun(a, start, end);
            if (nameEnd - start >= 2 && nameEnd < end && isRole(a, nameEnd)) {
                SpeakerPhrase role = speakers.phrase(a, nameEnd, end, d);
                if (role == null || role.to != end || role.personText != null || role.person != null) continue;
                Role r = role.title == null ? null : role.title.role();
                return new Found(new Speaker(a.original(start, nameEnd), null, SpeakerType.PERSON, role.country, role.org,
                        r, null, role.institutionKind, null, null), g, start, end, "cand.ar.name-role-before");
            }
            SpeakerPhrase p = speakers.phrase(a, start, end, d);
            if (p == null || p.to != end) continue;
            Found f = p.toFound(a, g, d, speakers.persons());
            return f == null ? null : f.at(start, end).withRule("cand.ar.phrase-before");
        }
        return null;
    }

    /** Words that head an unnamed English source. */
    private static final Set<String> EN_UNNAMED_HEADS = folded("official", "officials", "source", "sources", "diplomat",
            "diplomats", "spokesperson", "spokesman", "spokeswoman", "representatives", "representative", "authorities",
            "government", "ministry");

    /** "Japanese officials said", "a senior Turkish official told …", "representatives from Iran acknowledged". */
    private static Found englishUnnamedBefore(ArticleAnalysis a, int cueStart, int sFrom) {
        int end = beforeAdverbs(a, cueStart, sFrom);
        Affiliation aff = new Affiliation();
        int start = -1;
        for (int i = end - 1; i >= Math.max(sFrom, end - 7); i--) {
            Match m = nameEndingAt(a, i + 1, sFrom);
            if (m != null) {
                if (!aff.add(m)) return null;
                i = m.startToken();
                continue;
            }
            String w = a.token(i).text();
            if (EN_UNNAMED_HEADS.contains(w) && start < 0) { start = i; continue; }
            if (w.equals("from") || w.equals("of") || w.equals("in") || w.equals("senior") || w.equals("an") || w.equals("a")
                    || w.equals("the") || w.equals("top") || w.equals("two") || w.equals("several") || w.equals("many")) continue;
            break;
        }
        if (start < 0 || (aff.country == null && aff.org == null)) return null;
        return new Found(new Speaker(null, null, SpeakerType.UNNAMED, aff.country, aff.org, Role.OFFICIAL, null, null, null, null),
                Gender.UNKNOWN, start, end, "cand.en.unnamed-before");
    }

    /** The first state, organisation, institution or known person within a few words after the verb. */
    private Found actorAfter(ArticleAnalysis a, int k, int sTo, Discourse d, Gender g) {
        for (int j = k; j < Math.min(sTo, k + 4); j++) {
            if (a.name(j) != null || a.title(j) != null) {
                SpeakerPhrase p = speakers.phrase(a, j, sTo, d);
                Found f = p == null ? null : p.toFound(a, g, d, speakers.persons());
                return f == null ? null : f.withRule("cand.actor-after");
            }
            if (!AR_GAP.contains(a.token(j).text())) return null;
        }
        return null;
    }

    /**
     * The actors named before the verb in its clause, nearest first: one, or each of a coordinated subject
     * (الولايات المتحدة وبريطانيا وفرنسا دعت، Tehran and Riyadh called).
     */
    private List<Found> actorsBefore(ArticleAnalysis a, int cueStart, int sFrom, Discourse d, Gender g) {
        List<Found> out = new ArrayList<>();
        Set<String> stop = a.arabic ? AR_CLAUSE_END : EN_CLAUSE_END;
        int from = Math.max(sFrom, cueStart - 12);
        for (int i = cueStart - 1; i >= from; i--) {
            Token t = a.token(i);
            if (stop.contains(t.text()) || a.cue(i) != null) { from = i + 1; break; }
        }
        // the names of the clause, left to right
        List<Match> names = new ArrayList<>();
        for (int i = from; i < cueStart; i++) {
            Match m = a.name(i);
            if (m != null && m.endToken() <= cueStart) { names.add(m); i = m.endToken() - 1; }
        }
        if (names.isEmpty()) return out;
        // the coordinated run that ends nearest the verb
        int last = names.size() - 1;
        int first = last;
        while (first > 0 && names.get(first).startToken() - names.get(first - 1).endToken() <= 1
                && (names.get(first).prefix().startsWith("و") || a.is(names.get(first).startToken() - 1, "and")
                    || a.is(names.get(first).startToken() - 1, ",") || a.is(names.get(first).startToken() - 1, "،")))
            first--;
        String rule = first < last ? "cand.coordinated-before" : "cand.actor-before";
        for (int n = last; n >= first; n--) {
            Match m = names.get(n);
            Speaker sp = speakerOf(a, m);
            if (sp == null) {
                SpeakerPhrase p = speakers.phrase(a, m.startToken(), cueStart, d);
                Found f = p == null ? null : p.toFound(a, g, d, speakers.persons());
                if (f != null) out.add(f.withRule(rule + ".phrase"));
                continue;
            }
            out.add(new Found(sp, m.first(Entry.Name.class).entity().gender(), m.startToken(), m.endToken(), rule));
        }
        return out;
    }

    /**
     * ورحبت الولايات المتحدة وبريطانيا والنرويج …: the states and organisations joined by و (or "and", commas) to
     * the speaker found after the verb, each a speaker of its own.
     */
    List<Found> coordinatedAfter(ArticleAnalysis a, Found f, int sTo) {
        List<Found> out = new ArrayList<>();
        if (f.from() < 0 || f.to() <= f.from()) return out;
        SpeakerType type = f.speaker().type();
        if (type != SpeakerType.STATE && !(type == SpeakerType.INSTITUTION && f.speaker().org() != null)) return out;
        int i = f.to();
        while (i < sTo) {
            if (a.is(i, "،") || a.is(i, ",") || a.is(i, "and") || a.is(i, "و")) { i++; continue; }
            Match m = a.name(i);
            if (m == null) break;
            boolean joined = m.prefix().startsWith("و") || a.is(i - 1, "and") || a.is(i - 1, ",") || a.is(i - 1, "،") || a.is(i - 1, "و");
            if (!joined) break;
            Speaker sp = speakerOf(a, m);
            if (sp == null || sp.type() == SpeakerType.PERSON) break;
            out.add(new Found(sp, m.first(Entry.Name.class).entity().gender(), i, m.endToken(), "cand.coordinated-after"));
            i = m.endToken();
        }
        return out;
    }

    /** Relative pronouns that stand for their antecedent as a verb's subject (folded). */
    private static final Set<String> RELATIVES = folded("الذي", "التي", "والذي", "والتي", "الذين", "والذين", "who");

    /**
     * "…، والذي قال إن …", "X, who said …": a relative pronoun right before the verb (over قد) takes the place of its
     * antecedent, the speaker phrase that ends before it (a known name, or an unknown name of two to four words).
     */
    private Found antecedent(ArticleAnalysis a, int cueStart, int sFrom, Discourse d, Gender g) {
        int r = cueStart - 1;
        if (r >= sFrom && (a.is(r, "قد") || a.is(r, "has") || a.is(r, "had") || a.is(r, "also"))) r--;
        if (r < sFrom || !RELATIVES.contains(a.token(r).text())) return null;
        int end = r;
        if (end - 1 >= sFrom && (a.is(end - 1, "،") || a.is(end - 1, ","))) end--;
        if (end <= sFrom) return null;
        Match named = nameEndingAt(a, end, sFrom);
        Speaker known = named == null ? null : speakerOf(a, named);
        if (known != null)
            return new Found(known, named.first(Entry.Name.class).entity().gender(), named.startToken(), end,
                    "cand.relative-antecedent");
        if (!a.arabic) {
            int start = englishNameStart(a, end, sFrom);
            if (countWords(a, start, end) < 2) return null;
            return new Found(new Speaker(a.original(start, end), null, SpeakerType.PERSON, null, null, null, null, null,
                    null, null), Gender.UNKNOWN, start, end, "cand.relative-antecedent");
        }
        // an unknown Arabic name ending before the pronoun: the longest run of name words that ends there
        for (int start = Math.max(sFrom, end - 4); start <= end - 2; start++) {
            if (unknownRun(a, start, end) == end && (start == sFrom || !a.token(start - 1).word() || isRole(a, start - 1)))
                return new Found(new Speaker(a.original(start, end), null, SpeakerType.PERSON, null, null, null, null,
                        null, null, null), g, start, end, "cand.relative-antecedent");
        }
        return null;
    }

    /**
     * وكان رئيس اللجنة الدولية للصليب الأحمر، NAME NAME، قد أكد …: an unknown name between commas right before the
     * verb (over قد), the apposition of the role phrase before it.
     */
    private Found commaNameBefore(ArticleAnalysis a, int cueStart, int sFrom, Gender g) {
        int end = cueStart;
        if (end - 1 >= sFrom && (a.is(end - 1, "قد") || a.is(end - 1, "وقد"))) end--;
        if (end - 1 < sFrom || !a.is(end - 1, "،")) return null;
        end--;
        for (int start = Math.max(sFrom + 1, end - 4); start <= end - 2; start++) {
            if (a.is(start - 1, "،") && unknownRun(a, start, end) == end)
                return new Found(new Speaker(a.original(start, end), null, SpeakerType.PERSON, null, null, null, null,
                        null, null, null), g, start, end, "cand.ar.comma-name-before");
        }
        return null;
    }

    /** "… Karman Zahidov said", "NAME, a UN rapporteur, said": a capitalised name before the verb. */
    private static Found englishNameBefore(ArticleAnalysis a, int cueStart, int sFrom) {
        // "NAME strongly condemned", "NAME has also said", "NAME (PCG) reported"
        int end = beforeAdverbs(a, cueStart, sFrom);
        if (end - 1 >= sFrom && a.is(end - 1, ")")) {
            int open = end - 2;
            while (open >= Math.max(sFrom, end - 6) && !a.is(open, "(")) open--;
            if (open >= sFrom && a.is(open, "(")) end = open;
        }
        Found body = englishBodyEndingAt(a, end, sFrom);
        if (body != null) return body;
        // over an apposition between commas: NAME, the minister of …, said
        if (end - 1 >= sFrom && a.is(end - 1, ",")) {
            int close = end - 1, open = -1;
            for (int i = end - 2; i >= Math.max(sFrom, end - 14); i--) if (a.is(i, ",")) { open = i; break; }
            if (open < 0) return null;
            // "…, the chief prosecutor of the capital, Karman Zahidov, said": the name is the apposition itself
            int inner = englishNameStart(a, close, open + 1);
            if (inner == open + 1 && countWords(a, inner, close) >= 2)
                return new Found(new Speaker(a.original(inner, close), null, SpeakerType.PERSON, null, null, null,
                        null, null, null, null), Gender.UNKNOWN, inner, close, "cand.en.name-between-commas");
            end = open;
        }
        int start = englishNameStart(a, end, sFrom);
        if (countWords(a, start, end) < 2) return null;
        if (start - 1 >= sFrom && a.capitalised(start - 1)) return null; // part of a longer capitalised phrase
        return new Found(new Speaker(a.original(start, end), null, SpeakerType.PERSON, null, null, null, null, null,
                null, null), Gender.UNKNOWN, start, end, "cand.en.name-before");
    }

    /**
     * "The Philippine Coast Guard reported", "the United States Department of Transportation announced", "The Ministry
     * of Foreign Affairs demands": a capitalised phrase (states, and "of", "for", "the" inside it, allowed) in which a
     * noun that heads bodies stands, ending right before the verb.
     */
    private static Found englishBodyEndingAt(ArticleAnalysis a, int end, int sFrom) {
        if (end - 1 < sFrom || !(a.capitalised(end - 1) || EN_BODY_TAILS.contains(a.token(end - 1).text()))) return null;
        int start = end;
        Affiliation aff = new Affiliation();
        while (start - 1 >= sFrom && end - start < 8) {
            int i = start - 1;
            Match m = nameEndingAt(a, i + 1, sFrom);
            if (m != null) {
                if (!aff.add(m)) break;
                start = m.startToken();
                continue;
            }
            boolean inside = start < end && (a.is(i, "of") || a.is(i, "for") || (a.is(i, "the") && i - 1 >= sFrom && a.is(i - 1, "of")))
                    && i - 1 >= sFrom && (a.capitalised(i - 1) || a.is(i - 1, "of"));
            if (a.capitalised(i) || inside) { start = i; continue; }
            break;
        }
        while (start < end && !a.capitalised(start) && a.name(start) == null) start++; // of/for/the do not open a body
        boolean headed = false;
        for (int i = start; i < end && !headed; i++) headed = EN_BODY_TAILS.contains(a.token(i).text());
        if (end - start < 2 || !headed) return null;
        return new Found(new Speaker(a.original(start, end), null, SpeakerType.INSTITUTION, aff.country, aff.org, null,
                a.original(start, end), null, null, null), Gender.UNKNOWN, start, end, "cand.en.body-before");
    }

    private static final Set<String> EN_AUX = folded("also", "has", "have", "had", "was", "were", "is", "are", "will",
            "would", "then", "later", "earlier", "previously", "already");
    private static final Set<String> EN_BODY_TAILS = folded("ministry", "government", "department", "office", "council",
            "commission", "agency", "guard", "army", "forces", "police", "embassy", "court", "parliament", "presidency",
            "committee", "organization", "organisation", "union", "league", "coalition", "movement", "party", "command",
            "service", "administration", "cabinet", "kremlin", "palace", "house", "senate", "congress", "assembly",
            "mission", "delegation", "authority", "authorities", "observatory", "group", "bank", "fund", "programme",
            "program", "secretariat");

    /**
     * Where a capitalised personal name ending at {@code end} starts: up to four capitalised words, joined also by
     * a hyphen or an apostrophe inside a word (al-Assadi, Kan'ani); {@code end} when there is none.
     */
    private static int englishNameStart(ArticleAnalysis a, int end, int sFrom) {
        int start = end;
        while (start - 1 >= sFrom && countWords(a, start, end) < 4) {
            int i = start - 1;
            org.diplograph.text.Token t = a.token(i);
            boolean gluedRight = start < end && t.end() == a.token(start).start();
            boolean gluedLeft = i - 1 >= sFrom && a.token(i - 1).end() == t.start();
            // Kan'ani, al-Assadi: a hyphen or apostrophe inside a word, and the word parts it joins
            if ((t.is("-") || t.is("'")) && gluedRight && gluedLeft) { start = i; continue; }
            if (t.word() && gluedRight && (a.token(start).is("-") || a.token(start).is("'"))) { start = i; continue; }
            if (t.word() && gluedLeft && (a.token(i - 1).is("-") || a.token(i - 1).is("'"))) { start = i; continue; }
            if (!a.capitalised(i) || a.name(i) != null || a.title(i) != null || a.cue(i) != null) break;
            start = i;
        }
        // a lower-case particle (al-) opens the name only when a capitalised word follows inside it
        while (start < end && !a.capitalised(start) && !(start + 1 < end && a.token(start + 1).is("-"))) start++;
        return start;
    }

    /** Words in {@code [from, to)}, counting word parts glued by a hyphen or apostrophe as one word. */
    private static int countWords(ArticleAnalysis a, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!a.token(i).word()) continue;
            boolean continues = i - 1 >= from && a.token(i - 1).end() == a.token(i).start()
                    && (a.token(i - 1).is("-") || a.token(i - 1).is("'"));
            if (!continues) n++;
        }
        return n;
    }

    /** '"…," said NAME NAME': a capitalised name right after the verb, before a comma or the sentence's end. */
    private static Found englishNameAfter(ArticleAnalysis a, int k, int sTo) {
        int end = k;
        while (end < sTo && end - k < 4 && a.capitalised(end) && a.name(end) == null && a.title(end) == null) end++;
        if (end - k < 2 || (end < sTo && !(a.is(end, ",") || a.is(end, ".") || a.is(end, "in") || a.is(end, "on")))) return null;
        return new Found(new Speaker(a.original(k, end), null, SpeakerType.PERSON, null, null, null, null, null,
                null, null), Gender.UNKNOWN, k, end, "cand.en.name-after");
    }

    /**
     * The end of a run of words that could be an unknown Arabic name starting at i (i when there is none): no
     * function word, cue, title or known name, and not opened by a common word (خبراء، مصادر، تقارير: see {@link
     * CommonWords}) unless it is a given name (فخر، جمال). A word with the article ends the run, except inside a
     * compound name: a part the lexicon knows (فخر الدين، عبد الله، عادل الجبير), any such word after عبد or أبو (عبد
     * الملك، أبو الغيط), and a family name of the -ي form after a given name (أحمد الرميحي).
     */
    private int unknownRun(ArticleAnalysis a, int i, int limit) {
        if (i >= limit) return i;
        PersonIndex persons = speakers.persons();
        boolean given = a.token(i).word() && persons.givenName(a.token(i).text());
        if (a.token(i).word() && !persons.nameWord(a.token(i).text())) return i;
        int j = i;
        while (j < limit && j - i < 4) {
            Token t = a.token(j);
            if (SpeakerPhrase.joiningHyphen(a, j, i, limit)) { j++; continue; }
            if (!t.word() || t.isLatin()) break;
            String w = t.text();
            if (SpeakerPhrase.AR_STOP.contains(w) || AR_AFTER_NAME.contains(w) || AR_ROLE_NOUNS.contains(w) || a.cue(j) != null || a.title(j) != null
                    || a.relation(j) != null || a.stance(j) != null || a.negator(j) != null) break;
            if (a.name(j) != null || !SpeakerPhrase.arabicNameWord(a, j, j == i)) break;
            String o = a.original(j, j + 1);
            // the article as written: أ and إ fold to ا, so ألتون is not الـ
            if (o.startsWith("ال") || o.startsWith("وال") || o.startsWith("بال") || o.startsWith("لل")) {
                if (j == i || !o.startsWith("ال") || !persons.definiteNameWord(w, a.token(j - 1).text(), given)) break;
            }
            if (w.chars().anyMatch(Character::isDigit)) break;
            j++;
        }
        return j;
    }
}
