package org.diplograph.extract;

import static org.diplograph.extract.SpeakerPhrase.AR_STOP;
import static org.diplograph.extract.SpeakerPhrase.STATEMENT_NOUNS;
import static org.diplograph.extract.SpeakerPhrase.foldedWords;
import static org.diplograph.extract.SpeakerPhrase.localKind;
import static org.diplograph.extract.SpeakerPhrase.personSpeaker;
import static org.diplograph.extract.SpeakerPhrase.unknownName;

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
 * The Arabic attribution rules, tried in order: relays (نقلت وكالة … عن …، بحسب …), the statement of an institution
 * (قال بيان وزارة الخارجية), subject–verb after قد, verb–subject (قالت المتحدثة باسم … ماريا زاخاروفا), a known
 * person a few words after the cue, subject–verb (بيسكوف قال), and continuations without a subject (وأضاف) by
 * gender. Also the subject of a participle (قائلا) and a second, coordinated subject.
 */
final class ArabicSpeakers {
    private static final Set<String> AR_HONORIFICS = Set.of("السيد", "السيده", "الدكتور", "الدكتوره", "د", "معالي",
            "فخامه", "سمو", "سعاده", "المهندس", "البروفيسور");
    private static final Set<String> AR_HOST = Set.of("لدي", "في", "الي", "لدى");
    private static final Set<String> AR_SUBJECT_START = Set.of("ان", "إن", "بان", "انه", "انها", "انهم", "الى", "على", "عن",
            "من", "في", "خلال", "ب", "ل");
    private static final Set<String> CLAUSE_OPENERS = Set.of("كما", "بينما", "فيما", "وكانت", "وكان", "كانت", "كان",
            "فقد", "وقد", "قد", "ثم", "لكن", "ولكن", "ان", "الا", "حيث", "اذ");
    /** Cues that, with no subject, are the writer's impersonal passive (يُذكر أن: it is noted that). */
    private static final Set<String> IMPERSONAL = Set.of("يذكر");
    /** Adjectives that may stand inside a role phrase, between the title and the name (folded). */
    private static final Set<String> ROLE_ADJECTIVES = Set.of("الجديد", "الجديده", "السابق", "السابقه", "الاسبق",
            "المكلف", "المستقيل", "الاعلي", "المنتهيه", "المنتخب", "المنتخبه", "الحالي");

    private final PersonIndex persons;

    ArabicSpeakers(PersonIndex persons) {
        this.persons = persons;
    }

    /** The speaker of the finite cue {@code cue} (entry {@code c}) in sentence {@code [sFrom, sTo)}, or null. */
    Found find(ArticleAnalysis a, Match cue, Entry.Cue c, int sFrom, int sTo, int sentence, Discourse d) {
        int k = cue.endToken();
        if (c.relay()) {
            // نقلت وكالة … عن NAME قوله ; بحسب / وفقا ل NAME
            int from = k;
            for (int i = k; i < Math.min(sTo, k + 8); i++)
                if (a.is(i, "عن")) { from = i + 1; break; }
            // بحسب بيان وزارة الخارجية: the statement's owner is the source
            if (from == k && from < sTo && STATEMENT_NOUNS.contains(a.token(from).text())) from++;
            SpeakerPhrase p = phrase(a, from, sTo, d);
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
            SpeakerPhrase owner = phrase(a, k + 1, sTo, d);
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
        SpeakerPhrase p = phrase(a, k, sTo, d);
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
        if (IMPERSONAL.contains(ArabicFolding.withoutConjunction(a.token(cue.startToken()).text()))) return null;
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
                SpeakerPhrase p = phrase(a, i, participle.startToken(), d);
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
     * A second subject coordinated after the one found: "وزيرا الخارجية السعودي فيصل بن فرحان، والإيراني حسين أمير
     * عبد اللهيان". Null when there is none.
     */
    Found coordinated(ArticleAnalysis a, Found f, Match cue, int sTo) {
        if (f.from() < cue.endToken()) return null;
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
            SpeakerPhrase q = phrase(a, i, sTo, new Discourse());
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
                    SpeakerPhrase p = new SpeakerPhrase();
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
                SpeakerPhrase p = phrase(a, start, end, d);
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
    static boolean opensClause(ArticleAnalysis a, int i, int sFrom) {
        if (i == sFrom) return true;
        Token prev = a.token(i - 1);
        return prev.is("،") || prev.is(",") || prev.is(":") || CLAUSE_OPENERS.contains(prev.text());
    }

    /** A word of a ministry's portfolio: الإعلام، or وتكنولوجيا before المعلومات; no verb, cue, day or function word. */
    private static boolean portfolioWord(ArticleAnalysis a, int i, int limit) {
        Token t = a.token(i);
        if (t == null || !t.word() || t.isLatin() || AR_STOP.contains(t.text()) || CandidateProposer.AR_TIMES.contains(t.text())
                || a.cue(i) != null || a.relation(i) != null || a.stance(i) != null || a.title(i) != null) return false;
        String o = a.original(i, i + 1);
        if (o.startsWith("ال")) return true;
        return o.startsWith("و") && o.length() > 3 && i + 1 < limit && a.original(i + 1, i + 2).startsWith("ال");
    }

    private Found resolveSurname(ArticleAnalysis a, String folded, Discourse d) {
        Found f = d.bySurname(folded);
        if (f != null) return f;
        Entity e = persons.bySurname(folded);
        if (e != null)
            return new Found(personSpeaker(a.arabic ? e.labelAr() : e.labelEn(), e, null, null, null), e.gender(), -1, -1, null);
        return null;
    }

    /** Parses a speaker phrase starting at token k (Arabic); null when nothing speaker-like starts there. */
    SpeakerPhrase phrase(ArticleAnalysis a, int k, int limit, Discourse d) {
        SpeakerPhrase p = new SpeakerPhrase();
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
        // المتحدث باسم الوزارة: "the ministry" is the one that spoke last in the article
        if (p.title != null && i < limit && (a.is(i, "الوزاره") || a.is(i, "للوزاره"))) {
            Found ministry = d.lastInstitution();
            if (ministry != null) {
                p.country = ministry.speaker().country();
                p.institutionKind = ministry.speaker().institutionKind();
                i++;
            }
        }
        boolean host = false, nested = false;
        int commas = 0, portfolio = 0;
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
            // وزارة الإعلام السعودية، وزير الاتصالات وتكنولوجيا المعلومات الإيراني: a ministry or minister whose portfolio
            // the lexicon does not know; its words carry the article (or و before one that does) and come right after
            // وزارة or وزير
            boolean ministry = p.title == null ? p.standalone != null && p.standalone.kind() == Entity.Kind.INSTITUTION_KIND
                    && "ministry".equals(localKind(p.standalone)) : p.title.role() == Role.MINISTER && p.country == null;
            if (portfolio < 4 && ministry && i == consumed && a.name(i) == null && portfolioWord(a, i, limit)) {
                portfolio++;
                i++;
                consumed = i;
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
            // a role phrase followed by a personal name: a person even when the lexicon does not know them; but after
            // an official or a source, a word with ل is whom they spoke to (قال مصدر مسؤول لواس)
            boolean recipient = p.title.role() == Role.OFFICIAL && a.token(i).text().startsWith("ل");
            int end = recipient ? i : unknownName(a, i, limit);
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
    private SpeakerPhrase apposition(ArticleAnalysis a, int k, int limit, Discourse d) {
        int end = unknownName(a, k, limit);
        if (end <= k || end - k > 3 || end + 1 >= limit || !(a.is(end, "،") || a.is(end, ","))) return null;
        if (a.title(end + 1) == null) return null;
        SpeakerPhrase q = phrase(a, end + 1, limit, d);
        if (q == null || q.title == null || q.person != null || q.personText != null) return null;
        q.personText = a.original(k, end);
        q.from = k;
        return q;
    }
}
