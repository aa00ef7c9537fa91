package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.gazetteer.Entity;
import org.diplograph.gazetteer.Entry;
import org.diplograph.gazetteer.Match;
import org.diplograph.model.Act;
import org.diplograph.model.Claim;
import org.diplograph.model.Relation;
import org.diplograph.model.Role;
import org.diplograph.model.Span;
import org.diplograph.model.Speaker;
import org.diplograph.model.Stance;
import org.diplograph.text.ArabicFolding;
import org.diplograph.text.Token;

/**
 * Claims of one statement: in each clause of the content, the most specific relation cue, the states and
 * organisations named there (by name, demonym, capital, metonym, or "the two countries"), the speaker's
 * attitude (the cue's, else the attitude words of the clause, flipped by a negation before them) and the act.
 */
final class ClaimFinder {
    /** Most specific first: when one clause names several relations, the first of these wins. */
    private static final List<Relation> PRIORITY = List.of(Relation.NORMALISATION, Relation.CEASEFIRE,
            Relation.MEDIATION, Relation.AGREEMENT, Relation.SANCTIONS, Relation.RECOGNITION, Relation.HUMANITARIAN,
            Relation.CONFLICT, Relation.SUPPORT, Relation.TALKS, Relation.RELATIONS, Relation.OTHER);
    private static final Set<String> PAIR_WORDS = Set.of("البلدين", "البلدان", "الجانبين", "الجانبان", "الطرفين",
            "الطرفان", "الدولتين", "الدولتان", "الجارتين", "الجارتان", "الثناييه", "الثنايي", "بعضهما");
    /** "His / her / our country": the speaker's own state as an actor of the claim. */
    private static final Set<String> OWN_COUNTRY = Set.of("بلاده", "بلادها", "بلادنا", "بلدنا", "بلده", "بلدها",
            "دولتنا", "حكومته", "حكومتها", "حكومتنا");
    /** Most actors one claim is taken to be between, when a clause names more. */
    static final int MAX_PARTICIPANTS = 2;
    /** Verbs of support (folded): before another relation they say the speaker's attitude to it. */
    private static final Set<String> SUPPORT_VERBS = Set.of("supports", "backs", "support", "supporting", "تدعم", "يدعم", "ندعم",
            "دعم", "لدعم", "ودعم", "تاييد", "لتاييد",
            "وتدعم", "ويدعم", "ونؤيد", "تؤيد", "يؤيد", "نؤيد", "تساند", "يساند", "نساند");
    /** Most actors taken from one coordinated list (A و B و C). */
    static final int MAX_LISTED = 5;
    /** Roles whose holders stand for their state when named in a claim. */
    private static final Set<Role> LEADERS = Set.of(Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT, Role.FOREIGN_MINISTER,
            Role.PARTY_LEADER, Role.ORG_OFFICIAL);
    /** Most relations one clause is taken to make claims about. */
    static final int MAX_RELATIONS_PER_CLAUSE = 3;
    /** Relations a speaker mentions mostly to deplore them. */
    private static final Set<Relation> NEGATIVE_BY_DEFAULT = Set.of(Relation.CONFLICT, Relation.HUMANITARIAN, Relation.OTHER);
    private static final Set<String> CLAUSE_BREAKS = Set.of("،", ",", "؛", ";", ":", ".", "؟", "?");
    /** Relations that hold between the speaker's state and another: "we welcome ties with X" by Russia → RUS, X. */
    private static final Set<Relation> BILATERAL = Set.of(Relation.RELATIONS, Relation.NORMALISATION, Relation.TALKS,
            Relation.AGREEMENT, Relation.SANCTIONS, Relation.SUPPORT);

    List<Claim> find(ArticleAnalysis a, int from, int to, Speaker speaker, Entry.Cue cue, List<String> salientPair,
                     Set<Integer> excluded) {
        Map<String, Claim> claims = new LinkedHashMap<>();
        List<String> contentParticipants = participants(a, from, to, salientPair, excluded, speaker.country());
        for (int[] clause : clauses(a, from, to)) {
            for (RelationAt ra : relations(a, clause[0], clause[1], excluded)) {
                Relation rel = ra.relation();
                List<String> between = between(a, clause[0], clause[1]);
                List<String> parts = between.size() == 2 ? between
                        : nearest(participantsAt(a, clause[0], clause[1], salientPair, excluded, speaker.country()), ra.at());
                if (parts.isEmpty()) parts = contentParticipants;
                boolean own = ownRelation(a, ra.at(), rel, speaker);
                if (own) parts = withOwn(parts, speaker.country(), salientPair);
                if (rel == Relation.MEDIATION) parts = mediation(a, clause, salientPair, excluded, speaker.country());
                // تصريح أردوغان، بشأن إمكانية لقاء نظيره السوري: a bilateral relation with one actor in its clause is
                // with the actor the content named just before, if any, before the speaker's own state
                if (parts.size() == 1 && BILATERAL.contains(rel) && clause[0] > from) {
                    List<CodeAt> before = participantsAt(a, from, clause[0], salientPair, excluded, speaker.country());
                    for (int j = before.size() - 1; j >= 0; j--)
                        if (!before.get(j).code().equals(parts.get(0))) { parts = List.of(before.get(j).code(), parts.get(0)); break; }
                }
                // حرب مع الولايات المتحدة said by Iran: "with" one actor puts the speaker's state on the other side
                if (parts.size() == 1 && speaker.country() != null && !parts.contains(speaker.country())
                        && namedAfterWith(a, clause, parts.get(0))) parts = List.of(speaker.country(), parts.get(0));
                parts = complete(new ArrayList<>(parts), rel, speaker, salientPair);
                if (parts.isEmpty()) continue;
                // an attitude verb inside the content governs what follows it: "…إن الدوحة ترحب بالاتفاق",
                // "…، داعيا إلى وقف إطلاق النار"
                Entry.Cue governing = governing(a, from, ra.at(), cue);
                boolean newPoint = governing != cue && governing.form() == Entry.CueForm.PARTICIPLE
                        && governing.stance() == Stance.NEUTRAL;
                Stance stance = cue.stance() != Stance.NEUTRAL && !newPoint ? cue.stance()
                        : governing.stance() != Stance.NEUTRAL ? governing.stance()
                        // the speaker's state's own solidarity, ties or talks (تضامنها مع) are favoured, its affairs
                        // interfered with deplored, whatever else the clause deplores
                        // …unless the clause says otherwise (علاقاتنا مع … ليست جيدة)
                        : own && score(a, clause[0], clause[1]) == 0 ? (NEGATIVE_BY_DEFAULT.contains(rel) ? Stance.NEGATIVE : Stance.POSITIVE)
                        // ناقش الوزيران …, discussed: talks reported as held, not assessed
                        : rel == Relation.TALKS && a.cue(ra.at()) != null && score(a, clause[0], clause[1]) == 0 ? Stance.NEUTRAL
                        : attitude(a, clause[0], clause[1], from, to, rel, governing.act(),
                                speaker.country() != null && parts.contains(speaker.country()));
                // لن تستأنف المفاوضات / will not resume talks: a negation just before the relation turns it around
                // …; but no war is not war welcomed: a negated deplored relation stays deplored (لا وجود لحرب)
                // …; and a relation ended without a word of judgement is ended, not merely reported (معلنا انسحاب
                // بلاده من الاتفاق: against the deal)
                if (negated(a, clause[0], clause[1], rel))
                    stance = NEGATIVE_BY_DEFAULT.contains(rel) || stance == Stance.NEUTRAL ? Stance.NEGATIVE : stance.flip();
                Span evidence = a.span(clause[0], clause[1]);
                String key = rel + "|" + Set.copyOf(parts) + "|" + stance;
                claims.putIfAbsent(key, new Claim(rel, parts, stance, governing.act(), evidence,
                        governing == cue ? "claim.clause-relation" : "claim.embedded-cue"));
            }
        }
        return List.copyOf(claims.values());
    }

    /**
     * The relations a clause names, most specific first. A general word right after a specific one is part of it
     * (تطبيع العلاقات, restoring ties: normalisation, not also relations); in {@link #MAX_RELATIONS_PER_CLAUSE}
     * at most.
     */
    static List<RelationAt> relations(ArticleAnalysis a, int from, int to, Set<Integer> excluded) {
        Map<Relation, Integer> found = new java.util.TreeMap<>(java.util.Comparator.comparingInt(PRIORITY::indexOf));
        int lastEnd = -10, lastStart = -1;
        Relation last = null;
        for (int i = from; i < to; i++) {
            Match m = a.relation(i);
            if (m == null || excluded.contains(i)) continue;
            Relation r = m.first(Entry.RelationCue.class).relation();
            // حل سلمي للصراع، وقف الحرب، end to the war: the conflict a settlement ends is part of the settlement
            boolean partOfPrevious = (r == Relation.RELATIONS && i - lastEnd <= 1)
                    || (r == Relation.CONFLICT && last == Relation.CEASEFIRE && i - lastEnd <= 2);
            // "Turkey supports a ceasefire", تدعم الحوار: a verb of support right before another relation is the
            // speaker's attitude to it, not a support relation of its own
            if (last == Relation.SUPPORT && r != Relation.SUPPORT && i - lastEnd <= 1 && lastStart >= 0
                    && SUPPORT_VERBS.contains(a.token(lastStart).text()) && Integer.valueOf(lastStart).equals(found.get(Relation.SUPPORT)))
                found.remove(Relation.SUPPORT);
            if (!partOfPrevious) found.putIfAbsent(r, i);
            last = r;
            lastStart = i;
            lastEnd = m.endToken();
            i = m.endToken() - 1;
        }
        // the general "relations" word only makes a claim of its own when the clause names no specific relation,
        // or when it is itself tied to its actors (العلاقات بين …, العلاقات الثنائية, relations between …)
        Integer rel = found.get(Relation.RELATIONS);
        if (found.size() > 1 && (rel == null || !tiedToActors(a, rel))) found.remove(Relation.RELATIONS);
        // "other" only stands for a clause that names no relation of the guideline's list
        if (found.size() > 1) found.remove(Relation.OTHER);
        return found.entrySet().stream().limit(MAX_RELATIONS_PER_CLAUSE)
                .map(e -> new RelationAt(e.getKey(), e.getValue())).toList();
    }

    /**
     * True when the relation word at {@code i} carries a possessive pronoun (تضامنها مع، دعمنا ل، شؤونها الداخلية)
     * in a statement of a speaker with a state: the relation is the speaker's state's own.
     */
    private static boolean ownRelation(ArticleAnalysis a, int i, Relation rel, Speaker speaker) {
        if (!a.arabic || speaker.country() == null) return false;
        // the possessive may sit on the relation word or on a relation word of the same phrase (التدخل في شؤونها)
        for (int j = i; j < i + 3; j++) {
            Token t = a.token(j);
            if (t == null || (j > i && a.relation(j) == null)) continue;
            String w = t.text();
            if (w.length() >= 5 && (w.endsWith("ها") || w.endsWith("نا") || w.endsWith("هم"))) return true;
        }
        return false;
    }

    /**
     * The actors of a mediation: the mediators and the sides they mediate between, all named in the clause
     * (تطبيع العلاقات التركية السورية بوساطة من روسيا وإيران), with the article's pair when the clause names only
     * the mediators (ووساطة من عمان والعراق).
     */
    private static List<String> mediation(ArticleAnalysis a, int[] clause, List<String> salientPair, Set<Integer> excluded,
                                          String speakerCountry) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        for (CodeAt c : participantsAt(a, clause[0], clause[1], salientPair, excluded, speakerCountry)) all.add(c.code());
        if (!all.containsAll(salientPair)) all.addAll(salientPair);
        return all.stream().limit(MAX_LISTED).toList();
    }

    /**
     * The speaker's state and the named actor nearest to it in the list (the first other one); with none named,
     * the other state of the article's pair (التدخل في شؤونها الداخلية in an article on a Saudi–Canadian row).
     */
    private static List<String> withOwn(List<String> parts, String own, List<String> salientPair) {
        List<String> out = new ArrayList<>(List.of(own));
        parts.stream().filter(c -> !c.equals(own)).findFirst().ifPresent(out::add);
        if (out.size() == 1 && salientPair.size() == 2 && salientPair.contains(own))
            out.add(salientPair.get(0).equals(own) ? salientPair.get(1) : salientPair.get(0));
        return out;
    }

    /** True when the relation word at {@code i} is followed by "between", "bilateral" or a demonym (العلاقات الروسية). */
    private static boolean tiedToActors(ArticleAnalysis a, int i) {
        Match m = a.relation(i);
        int j = m == null ? i + 1 : m.endToken();
        if (a.is(j, "بين") || a.is(j, "between") || a.is(j, "الثناييه") || a.is(j, "with")
                || a.is(j, "مع")) return true;
        if (i > 0 && a.is(i - 1, "bilateral")) return true;
        Match n = a.name(j);
        return n != null && n.first(Entry.Name.class).via() == Entry.Via.DEMONYM;
    }

    /** True when the actor {@code code} is named in the clause right after مع or "with". */
    private static boolean namedAfterWith(ArticleAnalysis a, int[] clause, String code) {
        for (int i = clause[0] + 1; i < clause[1]; i++) {
            Match m = a.name(i);
            if (m != null && code.equals(code(m)) && (a.is(i - 1, "مع") || a.is(i - 1, "with") || m.prefix().endsWith("مع")))
                return true;
        }
        return false;
    }

    /** A relation named in a clause, at the token of its first cue. */
    record RelationAt(Relation relation, int at) {}

    /**
     * The cue that governs a relation at token {@code at}: the last reporting cue with an attitude (welcome, condemn,
     * appeal, reject, deny, warn, intend) between the content start and the relation, else the statement's own cue.
     */
    private static Entry.Cue governing(ArticleAnalysis a, int from, int at, Entry.Cue cue) {
        Entry.Cue found = cue;
        for (int i = from; i < at; i++) {
            Match m = a.cue(i);
            if (m == null) continue;
            Entry.Cue c = m.first(Entry.Cue.class);
            // a cue right after another cue is its object, a verbal noun (أدان "رفض" …), not a verb of its own; but
            // after a verb without attitude (جدد رفض: renewed its rejection) the noun carries the attitude
            Match before = a.cue(i - 1) != null ? a.cue(i - 1) : a.is(i - 1, "\"") ? a.cue(i - 2) : null;
            Entry.Cue b = before == null ? null : before.first(Entry.Cue.class);
            boolean object = b != null && b.stance() != Stance.NEUTRAL;
            // أدان "رفض" الفلسطينيين خطة السلام: condemning a rejection is for what was rejected
            if (object && b.stance() == Stance.NEGATIVE && c.stance() == Stance.NEGATIVE && found == b)
                found = new Entry.Cue(b.id(), b.act(), Stance.POSITIVE, b.form(), b.gender(), false);
            if (!object && c.act() != Act.ASSERT && c.act() != Act.ANNOUNCE && !c.relay()) found = c;
            // حذر …، لافتا إلى العقوبات …: a participle without attitude starts a new point of the statement
            else if (!object && c.form() == Entry.CueForm.PARTICIPLE && c.stance() == Stance.NEUTRAL) found = c;
        }
        return found;
    }

    /**
     * The two actors of "بين A و B" / "between A and B" in the clause, or an empty list. A plural noun may stand
     * between the preposition and the names (بين الجارتين تركيا وسوريا، بين الرئيسين بوتين وترامب).
     */
    private static List<String> between(ArticleAnalysis a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!(a.is(i, "بين") || a.is(i, "between"))) continue;
            int k = i + 1;
            while (k < Math.min(to, i + 3) && a.name(k) == null && a.token(k).word()
                    && (a.arabic ? a.token(k).text().startsWith("ال") : a.is(k, "the") || a.is(k, "two"))) k++;
            Match first = a.name(k);
            String x = first == null ? null : code(first);
            if (x == null) continue;
            int j = first.endToken();
            if (a.is(j, "and")) j++;
            Match second = a.name(j);
            String y = second == null ? null : code(second);
            if (y == null) continue;
            // Arabic: the second is written with و (وسوريا): the matcher strips it
            if ((a.is(j - 1, "and") || second.prefix().startsWith("و") || !a.arabic) && !x.equals(y)) return List.of(x, y);
        }
        return List.of();
    }

    /**
     * The actor a naming stands for in a claim: a state or organisation by its code; a leader (head of state or
     * government, foreign minister, a movement's leader, an organisation's secretary-general) by the state or
     * organisation they speak for (بوتين وترامب: RUS, USA; خطاب حسن نصرالله: HEZBOLLAH); else null.
     */
    private static String code(Match m) {
        Entity e = m.first(Entry.Name.class).entity();
        if (e.participantCode() != null) return e.participantCode();
        if (e.kind() == Entity.Kind.PERSON && e.role() != null && LEADERS.contains(e.role()))
            return e.country() != null ? e.country() : e.org();
        return null;
    }

    /**
     * An actor named at tokens {@code [at, end)}; {@code joined} when it is coordinated with the naming right
     * before it (تركيا وروسيا وسوريا, Turkey, Russia and Syria).
     */
    private record CodeAt(String code, int at, int end, boolean joined) {}

    /**
     * The actors of a claim: all of them when two or fewer are named; else, when the naming nearest the relation
     * word is part of a coordinated list, the whole list (عقد اجتماع لقادة تركيا وروسيا وسوريا); else the two named
     * nearest the relation word (a claim is mostly between two actors; a long clause names others in passing).
     */
    private static List<String> nearest(List<CodeAt> named, int relationAt) {
        List<String> codes = named.stream().map(CodeAt::code).distinct().toList();
        if (codes.size() <= MAX_PARTICIPANTS) return codes;
        List<List<CodeAt>> lists = new ArrayList<>();
        for (CodeAt c : named) {
            if (c.joined() && !lists.isEmpty()) lists.get(lists.size() - 1).add(c);
            else lists.add(new ArrayList<>(List.of(c)));
        }
        List<CodeAt> closest = null;
        int best = Integer.MAX_VALUE;
        for (List<CodeAt> list : lists) {
            int d = list.stream().mapToInt(c -> distance(c, relationAt)).min().orElse(Integer.MAX_VALUE);
            if (d < best) { best = d; closest = list; }
        }
        List<String> listed = closest == null ? List.of() : closest.stream().map(CodeAt::code).distinct().toList();
        if (listed.size() >= 2) return listed.stream().limit(MAX_LISTED).toList();
        Map<String, Integer> distance = new LinkedHashMap<>();
        for (CodeAt c : named) distance.merge(c.code(), Math.abs(c.at() - relationAt), Math::min);
        return distance.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(MAX_PARTICIPANTS)
                .map(Map.Entry::getKey).toList();
    }

    /**
     * How far a naming stands from the relation word, in words; one more before it than after it, as the list
     * of a relation noun's actors mostly follows it (اجتماع لقادة تركيا وروسيا وسوريا).
     */
    private static int distance(CodeAt c, int relationAt) {
        return c.at() > relationAt ? c.at() - relationAt : relationAt - c.at() + 1;
    }

    /** True when a negation stands within four words before the first cue of {@code rel} in the clause. */
    private static boolean negated(ArticleAnalysis a, int from, int to, Relation rel) {
        for (int i = from; i < to; i++) {
            Match m = a.relation(i);
            if (m == null || m.first(Entry.RelationCue.class).relation() != rel) continue;
            for (int j = Math.max(from, i - 4); j < i; j++) {
                if (a.negator(j) != null) return a.stance(j + 1) == null || j + 1 == i; // not when it negates an attitude word
            }
            return false;
        }
        return false;
    }

    /**
     * Completes a one-sided claim: a bilateral relation with one named state is between it and the speaker's state
     * ("ties with Turkey" said by Russia), and so is a conflict when the speaker's state is one of the two the
     * article is about ("strikes on targets in Syria" said by Israel's army in an Israeli–Syrian story; a third
     * state commenting on a government's attack on its own people is not a side of it), or,
     * when the speaker's own state is the one named, between it and the other state the article is about. With
     * none named, the article's pair when the speaker's state is in it.
     */
    private static List<String> complete(List<String> parts, Relation rel, Speaker speaker, List<String> salientPair) {
        String own = speaker.country();
        if (own == null || !(BILATERAL.contains(rel) || rel == Relation.CONFLICT && salientPair.contains(own))) return parts;
        if (parts.isEmpty() && salientPair.size() == 2 && salientPair.contains(own)) return new ArrayList<>(salientPair);
        if (parts.size() == 1 && !parts.contains(own)) parts.add(own);
        else if (parts.size() == 1 && salientPair.size() == 2 && salientPair.contains(own))
            parts.add(salientPair.get(0).equals(own) ? salientPair.get(1) : salientPair.get(0));
        return parts;
    }

    /** States and organisations named in tokens [from, to), in order, without duplicates. */
    private static List<String> participants(ArticleAnalysis a, int from, int to, List<String> salientPair,
                                             Set<Integer> excluded, String speakerCountry) {
        return participantsAt(a, from, to, salientPair, excluded, speakerCountry).stream().map(CodeAt::code).distinct().toList();
    }

    /**
     * Every naming of a state or organisation in tokens [from, to), in order, with where it stands. A capital
     * after "in" (في موسكو، بموسكو، in Moscow) is where something happens, not an actor.
     */
    private static List<CodeAt> participantsAt(ArticleAnalysis a, int from, int to, List<String> salientPair,
                                               Set<Integer> excluded, String speakerCountry) {
        List<CodeAt> out = new ArrayList<>();
        int lastEnd = -10;
        for (int i = from; i < to; i++) {
            if (excluded.contains(i)) continue;
            Match m = a.name(i);
            if (m != null) {
                String code = code(m);
                if (code != null && !isLocation(a, m)) {
                    boolean joined = i == lastEnd && m.prefix().startsWith("و")
                            || i == lastEnd + 1 && (a.is(i - 1, "and") || a.is(i - 1, ",") || a.is(i - 1, "،") || a.is(i - 1, "و"));
                    out.add(new CodeAt(code, i, m.endToken(), joined));
                    lastEnd = m.endToken();
                }
                i = m.endToken() - 1;
                continue;
            }
            Token t = a.token(i);
            if (speakerCountry != null && (OWN_COUNTRY.contains(t.text()) || OWN_COUNTRY.contains(ArabicFolding.withoutConjunction(t.text())))) {
                out.add(new CodeAt(speakerCountry, i, i + 1, false));
                continue;
            }
            // the two countries, both sides, each other, one another, بعضهما: the article's pair
            boolean pair = isPairWord(a, i) || ((t.text().equals("both") || t.text().equals("two"))
                    && (a.is(i + 1, "countries") || a.is(i + 1, "sides") || a.is(i + 1, "nations") || a.is(i + 1, "states")))
                    || ((t.text().equals("each") || t.text().equals("one")) && (a.is(i + 1, "other") || a.is(i + 1, "another")
                    || a.is(i + 1, "others")));
            if (pair) for (String c : localPair(a, i, salientPair)) out.add(new CodeAt(c, i, i + 1, false));
        }
        return out;
    }

    /**
     * The pair "the two countries" (البلدين، الثنائية، both sides) at token {@code i} refers to: the two states named
     * last before it in its sentence (العلاقات بين روسيا والولايات المتحدة … تطبيع العلاقات الثنائية), else the
     * article's pair.
     */
    private static List<String> localPair(ArticleAnalysis a, int i, List<String> salientPair) {
        int windowStart = 0;
        for (int k = 0; k < a.sentences.size(); k++) {
            int start = a.sentences.get(k).tokens().get(0).index();
            if (start > i) break;
            windowStart = start;
        }
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (int j = i - 1; j >= windowStart && seen.size() < 2; j--) {
            Match m = a.name(j);
            if (m == null || m.endToken() > i) continue;
            Entity e = m.first(Entry.Name.class).entity();
            if (e.kind() == Entity.Kind.STATE && !isLocation(a, m)) seen.add(e.code());
        }
        return seen.size() == 2 ? List.copyOf(seen) : salientPair.size() == 2 ? salientPair : List.of();
    }

    /** True when a capital is named as a place: after في or ب, "in" or "at". */
    private static boolean isLocation(ArticleAnalysis a, Match m) {
        return isPlace(m, a.token(m.startToken() - 1));
    }

    /** True when a capital is named as a place: with ب, or after في, "in" or "at" (the token {@code before}). */
    static boolean isPlace(Match m, Token before) {
        if (m.first(Entry.Name.class).via() != Entry.Via.CAPITAL) return false;
        if (m.prefix().contains("ب")) return true;
        return before != null && (before.is("في") || before.is("وفي") || before.is("in") || before.is("at"));
    }


    /** The pair words as written with و, ب or ل before them (للبلدين), computed once: this runs on every token. */
    private static final Set<String> PAIR_FORMS = pairForms();

    private static Set<String> pairForms() {
        Set<String> out = new java.util.HashSet<>();
        for (String p : PAIR_WORDS) {
            out.add(p);
            out.add("و" + p);
            out.add("ل" + p.substring(1));
            out.add("ب" + p);
        }
        return Set.copyOf(out);
    }

    private static boolean isPairWord(ArticleAnalysis a, int i) {
        return PAIR_FORMS.contains(a.token(i).text());
    }

    /** Clauses of [from, to): split at commas, semicolons and colons, merging clauses shorter than 3 words. */
    private static List<int[]> clauses(ArticleAnalysis a, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (CLAUSE_BREAKS.contains(a.token(i).text())) {
                if (i - start >= 3) { out.add(new int[] {start, i}); start = i + 1; }
            }
        }
        if (start < to) {
            if (to - start < 3 && !out.isEmpty()) out.get(out.size() - 1)[1] = to;
            else out.add(new int[] {start, to});
        }
        return out;
    }

    /**
     * The attitude of a claim reported with a neutral cue: the attitude words of its clause (or of the whole
     * content), each flipped by a negation just before it; with none, what speakers of diplomatic news mean by
     * talking of the relation at all: violence, occupation and rights abuses are deplored; relations, talks,
     * agreements are favoured. A bare announcement stays neutral, unless it is of the speaker's state's own measure
     * (sanctions it imposes, support it gives: {@code ownSide}), which it stands behind.
     */
    private static Stance attitude(ArticleAnalysis a, int cFrom, int cTo, int from, int to, Relation rel, Act act,
                                   boolean ownSide) {
        int score = score(a, cFrom, cTo);
        if (score == 0) score = score(a, from, to);
        if (score > 0) return Stance.POSITIVE;
        if (score < 0) return Stance.NEGATIVE;
        if (act == Act.ANNOUNCE) return ownSide && (rel == Relation.SANCTIONS || rel == Relation.SUPPORT) ? Stance.POSITIVE : Stance.NEUTRAL;
        return NEGATIVE_BY_DEFAULT.contains(rel) ? Stance.NEGATIVE : Stance.POSITIVE;
    }

    private static int score(ArticleAnalysis a, int from, int to) {
        int score = 0;
        for (int i = from; i < to; i++) {
            Match m = a.stance(i);
            if (m == null) continue;
            int v = m.first(Entry.StanceCue.class).stance() == Stance.POSITIVE ? 1 : -1;
            for (int j = Math.max(from, i - 3); j < i; j++)
                if (a.negator(j) != null) { v = -v; break; }
            score += v;
        }
        return score;
    }
}
