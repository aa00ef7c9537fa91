package org.diplograph.extract;

import java.util.regex.Pattern;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;

/**
 * The last touch on a speaker's name as written: hashtag words joined by "_" are separated (#سيرغي_لافروف →
 * سيرغي لافروف), quotation marks and brackets around it are dropped, and an institution named after the preposition
 * لـ (للخارجية الروسية) gets its article back (الخارجية الروسية).
 */
final class SpeakerNames {
    private static final Pattern JOINERS = Pattern.compile("[#_]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String EDGE = "\"'“”«»‘’()[]،,.:;-–— ";

    private SpeakerNames() {}

    static Speaker clean(Speaker sp) {
        String name = clean(sp.name());
        String institution = clean(sp.institution());
        if (name != null && sp.type() == SpeakerType.INSTITUTION && name.startsWith("لل") && name.length() > 3)
            name = "ال" + name.substring(2);
        if (institution != null && institution.startsWith("لل") && institution.length() > 3)
            institution = "ال" + institution.substring(2);
        if (java.util.Objects.equals(name, sp.name()) && java.util.Objects.equals(institution, sp.institution())) return sp;
        return new Speaker(name, sp.nameEn(), sp.type(), sp.country(), sp.org(), sp.role(), institution,
                sp.institutionKind(), sp.entityId(), sp.wikidata());
    }

    static String clean(String s) {
        if (s == null) return null;
        String t = SPACES.matcher(JOINERS.matcher(s).replaceAll(" ")).replaceAll(" ");
        int from = 0, to = t.length();
        while (from < to && EDGE.indexOf(t.charAt(from)) >= 0) from++;
        while (to > from && EDGE.indexOf(t.charAt(to - 1)) >= 0) to--;
        // a bracket closed inside the name keeps its opening one: وكالة الأنباء الفلسطينية (وفا)
        String r = t.substring(from, to);
        if (r.indexOf('(') >= 0 && r.indexOf(')') < 0) r = r + ")";
        return r.isEmpty() ? null : r;
    }
}
