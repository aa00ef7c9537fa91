package org.diplograph.extract;

import java.util.Map;
import java.util.Set;
import org.diplograph.gazetteer.Entity;
import org.diplograph.gazetteer.Entry;
import org.diplograph.gazetteer.Gender;
import org.diplograph.gazetteer.Match;
import org.diplograph.model.Role;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;
import org.diplograph.text.ArabicFolding;
import org.diplograph.text.Token;

/**
 * Attribution: finds the speaker of a reporting cue with ordered rules (sieves); the first that matches wins and
 * its id is recorded. Arabic: verb–subject (قالت المتحدثة باسم … ماريا زاخاروفا), subject–verb (بيسكوف قال),
 * relays (نقلت وكالة … عن …), continuations without a subject (وأضاف) by gender. English: "X said",
 * "said X", "according to X", "he/she added", "the minister said".
 */
final class SpeakerFinder {
    /** Words that end an unknown Arabic personal name (folded). */
    private static final Set<String> AR_STOP = Set.of("في", "من", "على", "الى", "عن", "مع", "ان", "بان", "لان", "انه", "انها",
            "الذي", "التي", "الذين", "اليوم", "امس", "غدا", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
            "الجمعه", "خلال", "بعد", "قبل", "عقب", "اثناء", "لدي", "حول", "كما", "وقد", "قد", "لقد", "هذا", "هذه", "ذلك",
            "تلك", "ايضا", "بشان", "نحو", "ضد", "عبر", "حيث", "او", "ثم", "لكن", "الا", "اذا", "ما", "لا", "لم", "لن",
            "عند", "منذ", "حتي", "بين", "امام", "وفق", "وفقا", "بحسب", "حسب", "صباح", "مساء", "الليله", "بيان", "تصريح",
            "تصريحات", "مؤتمر", "مقابله", "كلمه", "لقاء", "اتصال", "تغريده", "رساله", "هو", "هي", "هم", "نفسه", "ذاته",
            "الرسمي", "الرسميه", "العام", "الخاص", "الدائم", "الاسبق", "السابق", "السابقه", "الجديد", "بدوره", "بدورها",
            "يوم", "اول", "الاول", "لوكاله", "لديها", "لديه", "لدينا", "لديهم", "له", "لها", "قوله", "قولها", "قولهم", "لصحيفه", "لقناه", "وكاله");
    private static final Set<String> AR_HONORIFICS = Set.of("السيد", "السيده", "الدكتور", "الدكتوره", "د", "معالي",
            "فخامه", "سمو", "سعاده", "المهندس", "البروفيسور");
    private static final Set<String> AR_HOST = Set.of("لدي", "في", "الي", "لدى");
    private static final Set<String> AR_SUBJECT_START = Set.of("ان", "إن", "بان", "انه", "انها", "انهم", "الى", "على", "عن",
            "من", "في", "خلال", "ب", "ل");
    private static final Set<String> EN_STOP = Set.of("the", "a", "an", "of", "for", "to", "in", "on", "at", "and", "that",
            "this", "who", "which", "with", "by", "from", "as", "he", "she", "they", "it", "we", "i", "also", "has", "had",
            "have", "was", "were", "is", "are", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "said", "told", "added", "but", "after", "before", "during", "statement", "earlier", "later", "then",
            "when", "while", "however", "meanwhile", "minister", "ministry", "president", "spokesman", "spokeswoman");
    private static final Set<String> CLAUSE_OPENERS = Set.of("كما", "بينما", "فيما", "وكانت", "وكان", "كانت", "كان",
            "فقد", "وقد", "قد", "ثم", "لكن", "ولكن", "ان", "الا", "حيث", "اذ");
    /** Cues that, with no subject, are the writer's impersonal passive (يُذكر أن: it is noted that). */
    private static final Set<String> IMPERSONAL = Set.of("يذكر");
    private static final Set<String> COMPLEMENTISERS = Set.of("ان", "بان", "انه", "انها", "انهم", "لان");
    /** Adjectives that may stand inside a role phrase, between the title and the name (folded). */
    private static final Set<String> ROLE_ADJECTIVES = Set.of("الجديد", "الجديده", "السابق", "السابقه", "الاسبق",
            "المكلف", "المستقيل", "الاعلي", "المنتهيه", "المنتخب", "المنتخبه", "الحالي");
    /** Words that follow a personal name in Arabic news (folded). */
    private static final Set<String> NAME_FOLLOWERS = Set.of("ان", "بان", "انه", "انها", "في", "خلال", "اليوم", "امس",
            "غدا", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "مساء", "صباح", "عقب",
            "اثناء", "لدي", "لوكاله", "لصحيفه", "لقناه", "لموقع", "عبر", "علي", "الي", "عن", "امام", "بعد", "قبل",
            "مع", "من", "حول", "بشان", "انهم", "وسط");
    /** Institution kinds that speak for a state even when the state is left unnamed. */
    private static final Set<String> STATE_INSTITUTIONS = Set.of("foreign-ministry", "presidency", "government",
            "defence-ministry", "royal-court");
    private static final Set<String> EN_TITLE_ADJECTIVES = Set.of("chief", "top", "senior", "main",
            "former", "new", "acting", "outgoing", "incoming");
    private static final Set<String> EN_VERB_ADJUNCTS = Set.of("also", "has", "have", "had", "was", "were", "is", "will",
            "would", "again", "later", "earlier", "then", "previously", "separately", "reportedly", "once", "today",
            "yesterday", "tonight", "recently", "further");
    private static final Set<String> EN_DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");
    /** Nouns for "the statement" standing as subject: the statement of the last speaker. */
    private static final Set<String> STATEMENT_NOUNS = Set.of("البيان", "بيان", "البلاغ", "statement", "communique");
    /** Words that may end an English organisation's name after a known part: "the AU Commission". */
    private static final Set<String> EN_ORG_TAILS = Set.of("commission", "ministry", "government", "office", "council",
            "secretariat", "department", "administration", "presidency", "mission", "embassy", "delegation");
    /** Time and place phrases that may stand between an English subject and its verb: "X, on Saturday, said". */
    private static final Set<String> EN_ASIDE_STARTS = Set.of("on", "in", "at", "earlier", "later", "last", "this",
            "speaking", "during", "after", "while");
    private static final Map<String, Gender> EN_PRONOUNS = Map.of("he", Gender.MASCULINE, "she", Gender.FEMININE,
            "they", Gender.PLURAL, "we", Gender.UNKNOWN, "i", Gender.UNKNOWN);

    private final PersonIndex persons;

    SpeakerFinder(PersonIndex persons) {
        this.persons = persons;
    }

    /** The speaker of the finite cue {@code cue} in sentence {@code [sFrom, sTo)}, or null. */
    Found find(ArticleAnalysis a, Match cue, int sFrom, int sTo, int sentence, Discourse d) {
        Entry.Cue c = cue.first(Entry.Cue.class);
        return a.arabic ? arabic(a, cue, c, sFrom, sTo, sentence, d) : english(a, cue, c, sFrom, sTo, sentence, d);
    }

    // ------------------------------------------------------------------------------------------------ Arabic

    private Found arabic(ArticleAnalysis a, Match cue, Entry.Cue c, int sFrom, int sTo, int sentence, Discourse d) {
        int k = cue.endToken();
        if (c.relay()) {
            // نقلت وكالة … عن NAME قوله ; بحسب / وفقا ل NAME
            int from = k;
            for (int i = k; i < Math.min(sTo, k + 8); i++)
                if (a.is(i, "عن")) { from = i + 1; break; }
            // بحسب بيان وزارة الخارجية: the statement's owner is the source
            if (from == k && from < sTo && STATEMENT_NOUNS.contains(a.token(from).text())) from++;
            Phrase p = phrase(a, from, sTo, d);
            if (p != null && p.country == null && p.org == null && p.person == null && p.standalone == null) {
                // نقلت وكالة الأنباء السعودية عن مصدر مسؤول …: the agency's state is the unnamed source's
                for (int i = k; i < from; i++) {
                    Match m = a.name(i);
                    if (m != null && m.first(Entry.Name.class).entity().kind() == Entity.Kind.STATE) {
                        p.country = m.first(Entry.Name.class).entity().code();
                        break;
                    }
                }
            }
            Found f = p == null ? null : p.toFound(a, c.gender(), d, persons);
            return f == null ? null : f.withRule("ar.relay");
        }
        if (k < sTo && STATEMENT_NOUNS.contains(a.token(k).text())) {
            // قال بيان وزارة الخارجية: the institution's statement; وأضاف البيان: the statement of the last speaker
            Phrase owner = phrase(a, k + 1, sTo, d);
            Found f = owner == null ? null : owner.toFound(a, Gender.UNKNOWN, d, persons);
            if (f != null) return f.at(k, f.to()).withRule("ar.statement-of");
            f = d.lastIssuer(sentence, 10);
            return f == null ? null : f.at(k, k + 1).withRule("ar.statement-subject");
        }
        // وكان حسن نصرالله قد انتقد السعودية: with قد before the verb the subject comes first; what follows is the object
        if (a.is(cue.startToken() - 1, "قد") || a.is(cue.startToken() - 1, "لقد")) {
            Found before = subjectBefore(a, cue, sFrom, d);
            if (before != null) return before;
        }
        Phrase p = phrase(a, k, sTo, d);
        if (p != null) {
            Found f = p.toFound(a, c.gender(), d, persons);
            if (f != null) return f.withRule("ar.verb-subject" + p.ruleSuffix());
        }
        Found ahead = personAhead(a, k, sTo, c.gender());
        if (ahead != null) return ahead;
        Found before = subjectBefore(a, cue, sFrom, d);
        if (before != null) return before;
        // no subject: a continuation (وأضاف، وتابعت) of the last speaker of the same gender; but يذكر أن ("it is
        // worth noting that") is the writer's background, not anyone's statement
        Token next = a.token(k);
        if (IMPERSONAL.contains(stripConjunction(a.token(cue.startToken()).text()))) return null;
        // وجدد رفض …: a verbal noun cue right after the verb is its object, so the verb has no subject either
        if (next == null || !next.word() || AR_SUBJECT_START.contains(next.text()) || a.relation(k) != null
                || a.stance(k) != null || a.cue(k) != null) {
            Found f = d.last(c.gender(), sentence, 6, false);
            return f == null ? null : f.withRule("ar.continuation");
        }
        return null;
    }

    /**
     * The speaker of a participle cue (قائلا، مشيرة إلى) in a sentence whose main verb is not a reporting cue:
     * the first person or role named in the clause before it, of agreeing gender.
     */
    Found participleSubject(ArticleAnalysis a, Match participle, int sFrom, Discourse d) {
        Gender g = participle.first(Entry.Cue.class).gender();
        for (int i = sFrom; i < participle.startToken(); i++) {
            Match m = a.name(i);
            if (m != null && m.first(Entry.Name.class).entity().kind() == Entity.Kind.PERSON) {
                Entity e = m.first(Entry.Name.class).entity();
                if (!e.gender().agreesWith(g)) continue;
                return new Found(personSpeaker(a.original(m), e, null, null, null), e.gender(), i, m.endToken(),
                        "ar.participle-subject");
            }
            if (a.title(i) != null) {
                Phrase p = phrase(a, i, participle.startToken(), d);
                Found f = p == null ? null : p.toFound(a, g, d, persons);
                if (f != null && f.gender().agreesWith(g)) return f.withRule("ar.participle-subject");
            }
        }
        return null;
    }

    /**
     * A curated person a few words after the cue, with only words of an unknown title, a demonym or a comma in
     * between: أكد المرشد الإيراني، علي خامنئي.
     */
    private Found personAhead(ArticleAnalysis a, int k, int sTo, Gender cueGender) {
        String country = null;
        for (int i = k; i < Math.min(sTo, k + 5); i++) {
            Token t = a.token(i);
            Match m = a.name(i);
            if (m != null) {
                Entity e = m.first(Entry.Name.class).entity();
                if (e.kind() == Entity.Kind.PERSON && e.gender().agreesWith(cueGender))
                    return new Found(personSpeaker(a.original(m), e, country, null, null), e.gender(), k, m.endToken(),
                            "ar.verb-subject.known-person");
                if (e.kind() == Entity.Kind.STATE && m.first(Entry.Name.class).via() == Entry.Via.DEMONYM) {
                    if (country == null) country = e.code();
                    i = m.endToken() - 1;
                    continue;
                }
                return null;
            }
            if (t.is("،") || t.is(",")) continue;
            if (a.title(i) != null) { i = a.title(i).endToken() - 1; continue; }
            // an unknown title is a definite noun (المرشد); anything else (بقرار, تأكيد) is not part of a subject
            if (!t.word() || !t.text().startsWith("ال") || AR_STOP.contains(t.text()) || a.cue(i) != null) return null;
        }
        return null;
    }

    /**
     * A second subject coordinated with the one found: "وزيرا الخارجية السعودي فيصل بن فرحان، والإيراني حسين أمير
     * عبد اللهيان", "Tehran and Riyadh called …". Null when there is none.
     */
    Found coordinated(ArticleAnalysis a, Found f, Match cue, int sFrom, int sTo) {
        if (f.from() < 0) return null;
        if (a.arabic && f.from() >= cue.endToken()) {
            int i = f.to();
            if (i < sTo && (a.is(i, "،") || a.is(i, ","))) i++;
            Match m = a.name(i);
            if (m == null || !m.prefix().startsWith("و")) return null;
            Entry.Name n = m.first(Entry.Name.class);
            String country = null;
            if (n.entity().kind() == Entity.Kind.STATE && n.via() == Entry.Via.DEMONYM) {
                country = n.entity().code();
                m = a.name(m.endToken());
                if (m == null) return null;
                n = m.first(Entry.Name.class);
            }
            if (n.entity().kind() == Entity.Kind.INSTITUTION_KIND && f.speaker().type() == SpeakerType.INSTITUTION) {
                Phrase q = phrase(a, i, sTo, new Discourse());
                Found g = q == null || q.standalone == null ? null : q.toFound(a, Gender.UNKNOWN, new Discourse(), persons);
                if (g == null || g.speaker().type() != SpeakerType.INSTITUTION) return null;
                // the name starts after the conjunction: سفارة كندا, not وسفارة كندا
                String name = a.text.toOriginal(m.start(), a.token(g.to() - 1).end()).of(a.article.body());
                Speaker sp = g.speaker();
                return new Found(new Speaker(name, sp.nameEn(), sp.type(), sp.country(), sp.org(), sp.role(), name,
                        sp.institutionKind(), sp.entityId(), sp.wikidata()), g.gender(), g.from(), g.to(), "ar.coordinated-subject");
            }
            if (n.entity().kind() == Entity.Kind.PERSON) {
                Speaker first = f.speaker();
                Speaker sp = personSpeaker(a.original(m), n.entity(), country, null,
                        first.role() != null && n.entity().role() == null ? first.role() : null);
                return new Found(sp, n.entity().gender(), i, m.endToken(), "ar.coordinated-subject");
            }
            return null;
        }
        if (!a.arabic && f.from() < cue.startToken()) {
            int and = f.from() - 1;
            if (and - 1 < sFrom || !a.is(and, "and")) return null;
            for (int start = Math.max(sFrom, and - 4); start < and; start++) {
                Match m = a.name(start);
                if (m == null || m.endToken() != and) continue;
                Entity e = m.first(Entry.Name.class).entity();
                Entry.Via via = m.first(Entry.Name.class).via();
                if (e.kind() == Entity.Kind.PERSON)
                    return new Found(personSpeaker(a.original(m), e, null, null, null), e.gender(), start, and, "en.coordinated-subject");
                if (e.kind() == Entity.Kind.STATE && via != Entry.Via.DEMONYM)
                    return new Found(new Speaker(a.original(m), e.labelEn(), SpeakerType.STATE, e.code(), null, null, null,
                            null, e.id(), e.wikidata()), Gender.UNKNOWN, start, and, "en.coordinated-subject");
            }
        }
        return null;
    }

    /** Subject–verb order: a person (or a surname) right before the cue, with at most a comma between. */
    private Found subjectBefore(ArticleAnalysis a, Match cue, int sFrom, Discourse d) {
        int end = cue.startToken();
        if (end - 1 >= sFrom && (a.is(end - 1, "،") || a.is(end - 1, ","))) end--;
        // وكانت السعودية قد رحبت: the particle قد stands between subject and verb; مصر، التي تخشى: a relative
        // pronoun takes the place of its antecedent
        boolean particle = end - 1 >= sFrom && (a.is(end - 1, "قد") || a.is(end - 1, "لقد"));
        if (particle) end--;
        boolean relative = !particle && end - 1 >= sFrom && (a.is(end - 1, "التي") || a.is(end - 1, "الذي"));
        if (relative) {
            end--;
            if (end - 1 >= sFrom && (a.is(end - 1, "،") || a.is(end - 1, ","))) end--;
            particle = true;
        }
        for (int start = Math.max(sFrom, end - 4); start < end; start++) {
            Match m = a.name(start);
            if (m != null && m.endToken() == end) {
                Entry.Name n = m.first(Entry.Name.class);
                if (n.entity().kind() == Entity.Kind.PERSON) {
                    Gender g = n.gender();
                    return new Found(personSpeaker(a.original(m), n.entity(), null, null, null), g, start, end,
                            a.arabic ? "ar.subject-verb" : "en.subject-verb");
                }
                // إثيوبيا رفضت …: a state, capital or organisation right before the verb, opening its clause
                boolean agent = (n.entity().kind() == Entity.Kind.STATE
                        && (n.via() == Entry.Via.NAME || n.via() == Entry.Via.CAPITAL))
                        || n.entity().kind() == Entity.Kind.ACTOR;
                if (a.arabic && agent && (end == cue.startToken() || particle) && opensClause(a, start, sFrom)) {
                    Phrase p = new Phrase();
                    p.standalone = n.entity();
                    p.standaloneVia = n.via();
                    p.standaloneText = a.original(m);
                    p.from = start;
                    p.to = end;
                    if (n.entity().kind() == Entity.Kind.STATE) p.country = n.entity().code();
                    else p.org = n.entity().code();
                    Found f = p.toFound(a, cue.first(Entry.Cue.class).gender(), d, persons);
                    if (f != null) return f.withRule("ar.subject-verb.agent");
                }
            }
        }
        if (a.arabic) {
            // وكان القنصل الروسي في اسطنبول أندريه بورافوف، قال …: a role phrase with a name right before the verb
            for (int start = Math.max(sFrom, end - 10); start < end; start++) {
                if (a.title(start) == null || !opensClause(a, start, sFrom)) continue;
                Phrase p = phrase(a, start, end, d);
                if (p != null && p.to == end && p.personText != null) {
                    Found f = p.toFound(a, cue.first(Entry.Cue.class).gender(), d, persons);
                    if (f != null) return f.withRule("ar.subject-verb.title-name");
                }
            }
        }
        if (end - 1 >= sFrom) {
            Token t = a.token(end - 1);
            if (t.word()) {
                Found f = resolveSurname(a, t.text(), d);
                if (f != null) return f.at(end - 1, end).withRule(a.arabic ? "ar.subject-verb.surname" : "en.subject-verb.surname");
            }
        }
        return null;
    }

    /** True when token {@code i} starts its clause: sentence start, after a comma, و-conjunction words, or كما/بينما. */
    private static boolean opensClause(ArticleAnalysis a, int i, int sFrom) {
        if (i == sFrom) return true;
        Token prev = a.token(i - 1);
        return prev.is("،") || prev.is(",") || prev.is(":") || CLAUSE_OPENERS.contains(prev.text());
    }

    private Found resolveSurname(ArticleAnalysis a, String folded, Discourse d) {
        Found f = d.bySurname(folded);
        if (f != null) return f;
        Entity e = persons.bySurname(folded);
        if (e != null)
            return new Found(personSpeaker(a.arabic ? e.labelAr() : e.labelEn(), e, null, null, null), e.gender(), -1, -1, null);
        return null;
    }

    /** A parsed speaker phrase: title, institution, country, name — any of them may be missing. */
    private static final class Phrase {
        Entry.Title title;
        String institutionKind;
        String country;
        String org;
        Entity person;
        String personText;
        Entity standalone;         // a state, metonym, organisation or institution speaking on its own
        Entry.Via standaloneVia;
        String standaloneText;
        int from, to;
        boolean surname;

        String ruleSuffix() {
            return title != null ? (person != null ? ".title-name" : personText != null ? ".title-unknown-name" : ".title")
                    : person != null ? (surname ? ".surname" : ".name") : standalone != null ? ".agent" : "";
        }

        Found toFound(ArticleAnalysis a, Gender cueGender, Discourse d, PersonIndex persons) {
            Gender g = person != null && person.gender() != Gender.UNKNOWN ? person.gender()
                    : title != null && title.gender() == Gender.FEMININE ? Gender.FEMININE
                    : title != null && title.gender() == Gender.MASCULINE && cueGender == Gender.UNKNOWN ? Gender.MASCULINE
                    : cueGender;
            if (person != null) {
                String inst = institutionKind;
                String ctry = country != null ? country : person.country();
                Role role = title != null ? title.role() : person.role();
                return new Found(new Speaker(personText, person.labelEn(), SpeakerType.PERSON, ctry,
                        org != null ? org : person.org(), role, null, inst != null ? inst : person.institutionKind(),
                        person.id(), person.wikidata()), g, from, to, null);
            }
            if (personText != null) {
                return new Found(new Speaker(personText, null, SpeakerType.PERSON, country, org,
                        title == null ? null : title.role(), null, institutionKind, null, null), g, from, to, null);
            }
            if (title != null) {
                Found co = d.byRole(title.role(), country, g);
                if (co != null) return co.at(from, to).withRule(null);
                // a role with no name and nobody named in it before: an unnamed official of that state
                if (country == null && org == null) return null;
                // named by its role phrase (المتحدث باسم وزارة الخارجية التركية, G7 foreign ministers), still unnamed
                int end = to;
                while (end > from && !a.token(end - 1).word()) end--;
                String described = end > from ? a.original(from, end) : null;
                return new Found(new Speaker(described, null, SpeakerType.UNNAMED, country, org, title.role(), null,
                        institutionKind, null, null), g, from, to, null);
            }
            if (standalone != null) {
                Entity e = standalone;
                if (e.kind() == Entity.Kind.STATE && (standaloneVia == Entry.Via.NAME || standaloneVia == Entry.Via.CAPITAL))
                    return new Found(new Speaker(standaloneText, e.labelEn(), SpeakerType.STATE, e.code(), null, null, null,
                            null, e.id(), e.wikidata()), g, from, to, null);
                if (e.kind() == Entity.Kind.STATE && standaloneVia == Entry.Via.METONYM)
                    return new Found(new Speaker(standaloneText, null, SpeakerType.INSTITUTION, e.code(), null, null,
                            standaloneText, "presidency", null, null), g, from, to, null);
                if (e.kind() == Entity.Kind.ACTOR)
                    return new Found(new Speaker(standaloneText, e.labelEn(), SpeakerType.INSTITUTION, null, e.code(), null,
                            standaloneText, null, e.id(), e.wikidata()), g, from, to, null);
                if (e.kind() == Entity.Kind.INSTITUTION_KIND && (country != null || org != null))
                    return new Found(new Speaker(a.original(from, to), null, SpeakerType.INSTITUTION, country, org, null,
                            a.original(from, to), institutionKind, null, null), g, from, to, null);
                // رحبت وزارة الخارجية بحكومة الوحدة الوطنية …: a ministry named in full speaks even when its state
                // is not named with it
                if (e.kind() == Entity.Kind.INSTITUTION_KIND && to - from >= 2 && STATE_INSTITUTIONS.contains(institutionKind))
                    return new Found(new Speaker(a.original(from, to), null, SpeakerType.INSTITUTION, null, null, null,
                            a.original(from, to), institutionKind, null, null), g, from, to, null);
            }
            return null;
        }
    }

    /** Parses a speaker phrase starting at token k (Arabic); null when nothing speaker-like starts there. */
    private Phrase phrase(ArticleAnalysis a, int k, int limit, Discourse d) {
        Phrase p = new Phrase();
        p.from = k;
        int i = k;
        while (i < limit && AR_HONORIFICS.contains(a.token(i).text())) i++;
        // دعت دول منظمة التعاون الإسلامي: the member states of an organisation speak as the organisation
        if (i + 1 < limit && (a.is(i, "دول") || a.is(i, "الدول")) && a.name(i + 1) != null
                && a.name(i + 1).first(Entry.Name.class).entity().kind() == Entity.Kind.ACTOR) i++;
        Match t = a.title(i);
        if (t != null) {
            p.title = t.first(Entry.Title.class);
            p.institutionKind = p.title.institutionKind();
            i = t.endToken();
        }
        boolean host = false, nested = false;
        int commas = 0;
        int consumed = i;
        for (int steps = 0; i < limit && steps < 8; steps++) {
            Token tok = a.token(i);
            if (tok.is("(")) {
                int close = i + 1;
                while (close < limit && close < i + 6 && !a.is(close, ")")) close++;
                Match inner = a.name(i + 1);
                if (inner != null && inner.first(Entry.Name.class).entity().kind() == Entity.Kind.STATE && p.country == null)
                    p.country = inner.first(Entry.Name.class).entity().code();
                i = Math.min(close + 1, limit);
                consumed = i;
                continue;
            }
            if (p.title != null && a.title(i) != null && a.name(i) == null) {
                // مستشار الأمن القومي للرئيس الأمريكي: a title inside the role phrase; its demonym still names the state
                i = a.title(i).endToken();
                consumed = i;
                nested = true;
                continue;
            }
            if (ROLE_ADJECTIVES.contains(tok.text()) && p.title != null) {
                // وزير الداخلية الإيطالي الجديد ماتيو سالفيني
                i++;
                consumed = i;
                continue;
            }
            if (AR_HOST.contains(tok.text()) && (p.title != null || p.standalone != null)) {
                // السفير الروسي لدى تركيا: the host state is not the speaker's; but مسؤول في وزارة الخارجية التركية:
                // في after other titles introduces the speaker's own institution
                boolean diplomat = p.title != null && (p.title.role() == Role.AMBASSADOR || p.title.role() == Role.ENVOY
                        || "embassy".equals(p.title.institutionKind()));
                host = !tok.text().equals("في") || diplomat || p.title == null;
                i++;
                // القنصل الروسي في اسطنبول أندريه بورافوف: a diplomat's post in a city the lexicon does not know
                if (host && diplomat && i + 1 < limit && a.name(i) == null && a.token(i).word()
                        && !AR_STOP.contains(a.token(i).text()) && a.cue(i) == null && a.title(i) == null) {
                    i++;
                    consumed = i;
                    host = false;
                }
                continue;
            }
            Match m = a.name(i);
            // وزارة الخارجية الكندية وسفارة كندا: a second institution coordinated with the first is a speaker of its own
            if (m != null && p.standalone != null && i > k && m.prefix().startsWith("و")
                    && m.first(Entry.Name.class).entity().kind() == Entity.Kind.INSTITUTION_KIND) break;
            if (m != null) {
                Entry.Name n = m.first(Entry.Name.class);
                Entity e = n.entity();
                if (host) {
                    i = m.endToken();
                    consumed = i;
                    host = false;
                    continue;
                }
                if (e.kind() == Entity.Kind.PERSON && nested) {
                    // the holder of the inner title (… للرئيس الأمريكي، دونالد ترامب), not the speaker
                    p.to = m.endToken();
                    return p.personText != null || p.title != null ? p : null;
                }
                if (e.kind() == Entity.Kind.PERSON) {
                    p.person = e;
                    p.personText = a.original(m);
                    i = m.endToken();
                    break;
                }
                if (p.title == null && p.standalone == null) {
                    p.standalone = e;
                    p.standaloneVia = n.via();
                    p.standaloneText = a.original(m);
                    if (e.kind() == Entity.Kind.INSTITUTION_KIND) p.institutionKind = localKind(e);
                    if (e.kind() == Entity.Kind.STATE && (n.via() == Entry.Via.NAME || n.via() == Entry.Via.CAPITAL)) {
                        i = m.endToken();
                        consumed = i;
                        break;
                    }
                    if (e.kind() == Entity.Kind.ACTOR && p.org == null) p.org = e.code();
                    if (e.kind() == Entity.Kind.STATE && p.country == null) p.country = e.code();
                    i = m.endToken();
                    consumed = i;
                    continue;
                }
                if (e.kind() == Entity.Kind.INSTITUTION_KIND) {
                    if (p.institutionKind == null || p.title != null) p.institutionKind = localKind(e);
                } else if (e.kind() == Entity.Kind.STATE) {
                    if (p.country == null) p.country = e.code();
                } else if (e.kind() == Entity.Kind.ACTOR) {
                    if (p.org == null) p.org = e.code();
                }
                i = m.endToken();
                consumed = i;
                continue;
            }
            if ((tok.is("،") || tok.is(",")) && commas == 0 && p.title != null) {
                commas++;
                i++;
                continue;
            }
            break;
        }
        if (p.person == null) i = Math.max(consumed, p.title != null && commas > 0 ? i : consumed);
        p.to = i;
        if (p.person == null && p.title != null && i < limit) {
            // a role phrase followed by a personal name: a person even when the lexicon does not know them
            int end = unknownName(a, i, limit);
            if (end > i) {
                String folded = foldedWords(a, i, end);
                Found known = d.bySurname(folded);
                Entity lex = persons.bySurname(folded);
                if (lex != null && end - i == 1) {
                    p.person = lex;
                }
                p.personText = a.original(i, end);
                if (known != null && end - i == 1) p.personText = known.speaker().name();
                p.to = end;
            }
        }
        if (p.title == null && p.standalone == null && p.person == null && i == k) {
            // a bare surname or name introduced earlier: بيسكوف
            Token tok = a.token(k);
            if (tok != null && tok.word() && !AR_STOP.contains(tok.text()) && a.cue(k) == null) {
                Found f = d.bySurname(tok.text());
                Entity lex = f == null ? persons.bySurname(tok.text()) : null;
                if (f != null || lex != null) {
                    p.person = f != null ? null : lex;
                    if (f != null) {
                        Speaker s = f.speaker();
                        p.person = new Entity(Entity.Kind.PERSON, s.entityId(),
                                null, null, s.nameEn(), s.country(), s.org(), s.role(), s.institutionKind(), f.gender(),
                                s.wikidata());
                        p.personText = s.name();
                    } else {
                        p.personText = a.arabic ? lex.labelAr() : lex.labelEn();
                    }
                    p.surname = true;
                    p.to = k + 1;
                }
            }
        }
        if (p.title == null && p.standalone == null && p.person == null && p.personText == null)
            return apposition(a, k, limit, d);
        return p;
    }

    /** NAME ، TITLE …: an unknown personal name followed by a role in apposition (جون بولتون، مستشار الأمن القومي). */
    private Phrase apposition(ArticleAnalysis a, int k, int limit, Discourse d) {
        int end = unknownName(a, k, limit);
        if (end <= k || end - k > 3 || end + 1 >= limit || !(a.is(end, "،") || a.is(end, ","))) return null;
        if (a.title(end + 1) == null) return null;
        Phrase q = phrase(a, end + 1, limit, d);
        if (q == null || q.title == null || q.person != null || q.personText != null) return null;
        q.personText = a.original(k, end);
        q.from = k;
        return q;
    }

    /** Persons named anywhere in the article with a title (وزير الخارجية … مارغو والستروم), for later surnames. */
    void mentions(ArticleAnalysis a, Discourse d) {
        for (int i = 0; i < a.tokens.size(); i++) {
            Match m = a.name(i);
            if (m != null && m.first(Entry.Name.class).entity().kind() == Entity.Kind.PERSON) {
                Entity e = m.first(Entry.Name.class).entity();
                d.mention(new Found(personSpeaker(a.original(m), e, null, null, null), e.gender(), i, m.endToken(), "mention"));
                continue;
            }
            if (a.title(i) == null) continue;
            int limit = Math.min(a.tokens.size(), i + 14);
            Phrase p = a.arabic ? phrase(a, i, limit, d) : englishPhrase(a, englishPhraseStart(a, i), limit, d);
            if (p != null && p.personText != null && p.person == null) {
                Found f = p.toFound(a, Gender.UNKNOWN, d, persons);
                if (f != null) d.mention(f);
            }
        }
    }

    /** Where an English phrase around the title at {@code i} starts: back over a demonym or institution before it. */
    private static int englishPhraseStart(ArticleAnalysis a, int i) {
        int start = i;
        while (start > 0 && start > i - 4) {
            Match m = null;
            for (int j = start - 1; j >= Math.max(0, start - 3) && m == null; j--) {
                Match c = a.name(j);
                if (c != null && c.endToken() == start && c.first(Entry.Name.class).entity().kind() != Entity.Kind.PERSON) m = c;
            }
            if (m == null) break;
            start = m.startToken();
        }
        return start;
    }

    /**
     * The end of an unknown personal name starting at i: 1–4 words that are no function word, cue or title, and
     * that are followed by what follows names in news (punctuation, إن/أن, في, a day); else i.
     */
    private static int unknownName(ArticleAnalysis a, int i, int limit) {
        int j = nameRun(a, i, limit);
        if (!a.arabic) return j;
        while (j > i && !(j >= limit || NAME_FOLLOWERS.contains(a.token(j).text()) || !a.token(j).word()
                || a.cue(j) != null || a.title(j) != null)) j--;
        return j;
    }

    private static int nameRun(ArticleAnalysis a, int i, int limit) {
        int j = i;
        while (j < limit && j - i < 4) {
            Token t = a.token(j);
            if (!t.word() || t.isLatin() != a.token(i).isLatin()) break;
            String w = t.text();
            if (AR_STOP.contains(w) || EN_STOP.contains(w) || a.cue(j) != null || a.title(j) != null) break;
            if (a.name(j) != null && a.name(j).first(Entry.Name.class).entity().kind() != Entity.Kind.PERSON) break;
            if (a.relation(j) != null || a.stance(j) != null) break;
            if (a.arabic && j == i && w.startsWith("ال") && !(j + 1 < limit && a.is(j + 1, "،"))) {
                // a word with the article right after a title is an adjective (الروسي), not a first name,
                // unless it stands alone before a comma (الجبير،)
                break;
            }
            if (!a.arabic && !a.capitalised(j)) break;
            if (w.chars().anyMatch(Character::isDigit)) break;
            j++;
        }
        return j;
    }

    private static String foldedWords(ArticleAnalysis a, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (b.length() > 0) b.append(' ');
            b.append(a.token(i).text());
        }
        return b.toString();
    }

    private static String localKind(Entity e) {
        return e.id().substring(e.id().indexOf('/') + 1);
    }

    private static Speaker personSpeaker(String text, Entity e, String country, String org, Role role) {
        return new Speaker(text, e.labelEn(), SpeakerType.PERSON, country != null ? country : e.country(),
                org != null ? org : e.org(), role != null ? role : e.role(), null, e.institutionKind(), e.id(), e.wikidata());
    }

    // ------------------------------------------------------------------------------------------------ English

    private Found english(ArticleAnalysis a, Match cue, Entry.Cue c, int sFrom, int sTo, int sentence, Discourse d) {
        int k = cue.endToken();
        if (c.relay()) {
            Phrase p = englishPhrase(a, k, sTo, d);
            Found f = p == null ? null : p.toFound(a, Gender.UNKNOWN, d, persons);
            return f == null ? null : f.withRule("en.according-to");
        }
        // "he said", "she added"
        int b = cue.startToken() - 1;
        if (b >= sFrom && EN_PRONOUNS.containsKey(a.token(b).text())) {
            if (a.is(b, "we") || a.is(b, "i")) return null;
            Found f = d.last(EN_PRONOUNS.get(a.token(b).text()), sentence, 8, true);
            return f == null ? null : f.at(b, b + 1).withRule("en.pronoun");
        }
        if (b >= sFrom && STATEMENT_NOUNS.contains(a.token(b).text())) {
            Found f = d.lastIssuer(sentence, 10);
            return f == null ? null : f.at(b, b + 1).withRule("en.statement-subject");
        }
        // "X said" with the subject before the cue: scan back over a name, an apposition between commas, a title
        Found before = englishBefore(a, cue, sFrom, d);
        if (before != null) return before;
        // "said X", "said the Russian Foreign Ministry": only after a quote or a comma ('"…," said X'), since
        // elsewhere what follows "said" is the content ("said Pakistan has been …")
        int prev = cue.startToken() - 1;
        if (prev < sFrom || !(a.is(prev, ",") || a.is(prev, "\"") || a.is(prev, "'"))) return null;
        Phrase p = englishPhrase(a, k, sTo, d);
        if (p != null) {
            Found f = p.toFound(a, Gender.UNKNOWN, d, persons);
            if (f != null) return f.withRule("en.verb-subject" + p.ruleSuffix());
        }
        return null;
    }

    private Found englishBefore(ArticleAnalysis a, Match cue, int sFrom, Discourse d) {
        return englishBefore(a, withoutAside(a, cue.startToken(), sFrom), sFrom, d);
    }

    /**
     * Where the subject must end: before the cue, before adverbs and time phrases right before it
     * (on Wednesday "emphatically" rejected), or before an aside between commas (", on Saturday, April 15,").
     */
    private static int withoutAside(ArticleAnalysis a, int end, int sFrom) {
        end = withoutAdverbs(a, end, sFrom);
        if (end - 1 < sFrom || !a.is(end - 1, ",")) return end;
        for (int i = end - 2; i >= Math.max(sFrom, end - 9); i--) {
            if (!a.is(i, ",")) continue;
            if (EN_ASIDE_STARTS.contains(a.token(i + 1).text())) return i;
            // the aside may itself hold a comma (on Saturday, April 15,)
            if (i - 1 >= sFrom) {
                for (int j = i - 1; j >= Math.max(sFrom, i - 5); j--)
                    if (a.is(j, ",") && EN_ASIDE_STARTS.contains(a.token(j + 1).text())) return j;
            }
            return end;
        }
        return end;
    }

    private static int withoutAdverbs(ArticleAnalysis a, int end, int sFrom) {
        int e = end;
        while (e - 1 >= sFrom) {
            Token t = a.token(e - 1);
            String w = t.text();
            boolean adverb = t.is("\"") || t.is("'") || EN_VERB_ADJUNCTS.contains(w) || (t.word() && t.isLatin() && w.endsWith("ly")
                    && w.length() > 4 && !a.capitalised(e - 1));
            if (adverb) { e--; continue; }
            // "on Wednesday", "on April 15"
            if (e - 2 >= sFrom && a.is(e - 2, "on") && (EN_DAYS.contains(w) || t.word() && Character.isDigit(w.charAt(0)))) {
                e -= 2;
                continue;
            }
            if (e - 3 >= sFrom && a.is(e - 3, "on") && Character.isDigit(w.charAt(0))) { e -= 3; continue; }
            break;
        }
        return e;
    }

    private Found englishBefore(ArticleAnalysis a, int end, int sFrom, Discourse d) {
        // skip an apposition: NAME, the spokesman of X, said
        if (end - 1 >= sFrom && a.is(end - 1, ",")) {
            int comma = -1;
            for (int i = end - 2; i >= Math.max(sFrom, end - 20); i--)
                if (a.is(i, ",") || a.is(i, "\"")) { comma = i; break; }
            if (comma > sFrom) {
                int t = comma + 1;
                if (a.is(t, "a") || a.is(t, "an")) t++;
                Phrase apposition = englishPhrase(a, t, end - 1, d);
                Found subject = englishSubjectEndingAt(a, comma, sFrom, d);
                if (subject != null) {
                    if (apposition != null && apposition.title != null && subject.speaker().type() == SpeakerType.PERSON) {
                        Speaker s = subject.speaker();
                        subject = new Found(new Speaker(s.name(), s.nameEn(), s.type(),
                                s.country() != null ? s.country() : apposition.country,
                                s.org() != null ? s.org() : apposition.org, apposition.title.role(), s.institution(),
                                apposition.institutionKind != null ? apposition.institutionKind : s.institutionKind(),
                                s.entityId(), s.wikidata()), subject.gender(), subject.from(), end, subject.rule());
                    }
                    return subject.withRule("en.subject-apposition-verb");
                }
            }
        }
        Found f = englishSubjectEndingAt(a, end, sFrom, d);
        return f == null ? null : f.withRule("en.subject-verb");
    }

    /** A speaker phrase ending just before token {@code end}: the longest parse from a start up to 10 tokens back. */
    private Found englishSubjectEndingAt(ArticleAnalysis a, int end, int sFrom, Discourse d) {
        for (int start = Math.max(sFrom, end - 10); start < end; start++) {
            Phrase p = englishPhrase(a, start, end, d);
            if (p != null && p.to == end) {
                Found f = p.toFound(a, Gender.UNKNOWN, d, persons);
                if (f != null) return f.at(start, end);
            }
        }
        return null;
    }

    /**
     * An English speaker phrase from token k: [the] [DEMONYM|STATE] [INSTITUTION] [TITLE] [NAME], or
     * [NAME] alone, or a state/organisation/institution.
     */
    private Phrase englishPhrase(ArticleAnalysis a, int k, int limit, Discourse d) {
        Phrase p = new Phrase();
        p.from = k;
        int i = k;
        // "the European Union": the name's match starts at "the"; skip the article only when no name starts there
        if (i < limit && a.is(i, "the") && a.name(i) == null) i++;
        if (i < limit && EN_TITLE_ADJECTIVES.contains(a.token(i).text())) i++; // the chief spokesperson
        boolean host = false;
        for (int steps = 0; i < limit && steps < 8; steps++) {
            Token tok = a.token(i);
            if (tok.is("'") && a.is(i + 1, "s") && i > k) { i += 2; continue; } // Russia's foreign ministry
            if ((tok.is("of") || tok.is("for") || tok.is("'") || tok.is("s")) && p.title != null) { i++; continue; }
            if (tok.is("at") && p.title != null) { i++; continue; }
            if ((tok.is("to") || tok.is("in")) && p.title != null) { host = true; i++; continue; }
            if (tok.is("the") && p.title != null && a.name(i) == null) { i++; continue; }
            Match t = a.title(i);
            if (t != null && p.person == null) {
                p.title = t.first(Entry.Title.class);
                if (p.institutionKind == null) p.institutionKind = p.title.institutionKind();
                i = t.endToken();
                continue;
            }
            Match m = a.name(i);
            if (m != null) {
                Entity e = m.first(Entry.Name.class).entity();
                Entry.Via via = m.first(Entry.Name.class).via();
                i = m.endToken();
                if (host) { host = false; continue; }
                switch (e.kind()) {
                    case PERSON -> { p.person = e; p.personText = a.original(m); p.to = i; return withApposition(a, p, limit, d); }
                    case STATE -> {
                        // the Taiwan Affairs Office: an office about a state, not of it
                        if (a.is(i, "affairs")) continue;
                        if (p.country == null) p.country = e.code();
                        if (p.title == null && p.standalone == null) { p.standalone = e; p.standaloneVia = via; p.standaloneText = a.original(m); }
                    }
                    case ACTOR -> {
                        if (p.org == null) p.org = e.code();
                        if (p.title == null && p.standalone == null) { p.standalone = e; p.standaloneVia = via; p.standaloneText = a.original(m); }
                    }
                    case INSTITUTION_KIND -> {
                        p.institutionKind = localKind(e);
                        if (p.title == null) { p.standalone = e; p.standaloneVia = via; p.standaloneText = a.original(m); }
                    }
                }
                continue;
            }
            break;
        }
        while (i < limit && (p.standalone != null || p.title != null) && EN_ORG_TAILS.contains(a.token(i).text())) i++;
        p.to = i;
        if (p.standalone != null && p.standalone.kind() == Entity.Kind.INSTITUTION_KIND) p.standaloneText = a.original(k, i);
        if (i < limit && a.capitalised(i)) {
            int end = unknownName(a, i, limit);
            if (end > i) {
                String folded = foldedWords(a, i, end);
                Found known = d.bySurname(folded);
                Entity lex = persons.bySurname(folded);
                if (known != null || lex != null || p.title != null || end - i >= 2) {
                    if (known != null) {
                        p.personText = known.speaker().name();
                        if (p.title == null) {
                            Speaker s = known.speaker();
                            p.person = new Entity(Entity.Kind.PERSON, s.entityId(),
                                    null, null, s.nameEn(), s.country(), s.org(), s.role(), s.institutionKind(), known.gender(), s.wikidata());
                        }
                    } else if (lex != null) {
                        p.person = lex;
                        p.personText = lex.labelEn();
                    } else {
                        p.personText = a.original(i, end);
                    }
                    p.to = end;
                    p.standalone = null;
                }
            }
        }
        if (p.title == null && p.standalone == null && p.person == null && p.personText == null) return null;
        if (p.standalone != null && p.standalone.kind() == Entity.Kind.STATE && p.standaloneVia == Entry.Via.DEMONYM)
            return p.title == null ? null : p;
        return p.personText != null ? withApposition(a, p, limit, d) : p;
    }

    /** NAME, [the|a] TITLE of INSTITUTION: takes role, country and institution from the apposition. */
    private Phrase withApposition(ArticleAnalysis a, Phrase p, int limit, Discourse d) {
        int c = p.to;
        if (p.title != null || c >= limit || !a.is(c, ",")) return p;
        int t = c + 1;
        if (t < limit && (a.is(t, "the") || a.is(t, "a") || a.is(t, "an"))) t++;
        if (t >= limit || a.title(t) == null) return p;
        Phrase q = englishPhrase(a, t, limit, d);
        if (q == null || q.title == null || q.personText != null) return p;
        p.title = q.title;
        if (p.country == null) p.country = q.country;
        if (p.org == null) p.org = q.org;
        if (q.institutionKind != null) p.institutionKind = q.institutionKind;
        return p;
    }

    static String fold(String s) { return ArabicFolding.fold(s); }

    /** A word without a leading و or ف conjunction. */
    private static String stripConjunction(String w) {
        return w.length() > 3 && (w.startsWith("و") || w.startsWith("ف")) ? w.substring(1) : w;
    }
}
