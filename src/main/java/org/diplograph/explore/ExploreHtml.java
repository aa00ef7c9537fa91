package org.diplograph.explore;

import java.util.Locale;
import org.diplograph.server.Html;

/** Escaping and small pieces of the explorer's HTML. */
final class ExploreHtml {
    private ExploreHtml() {}

    /** Escapes {@code & < > " '} for text and attribute values ({@link Html#esc}). */
    static String esc(String s) {
        return Html.esc(s);
    }

    /** Text in its language: {@code lang} and {@code dir} when known, {@code dir="auto"} otherwise. */
    static String text(String s, String lang) {
        if (lang == null || lang.isEmpty()) return "<bdi dir=\"auto\">" + esc(s) + "</bdi>";
        String dir = lang.toLowerCase(Locale.ROOT).startsWith("ar") ? "rtl" : "ltr";
        return "<bdi lang=\"" + esc(lang) + "\" dir=\"" + dir + "\">" + esc(s) + "</bdi>";
    }

    /** Whether {@code url} is an absolute http or https URL (the only ones linked: no javascript:, data:, file:). */
    static boolean isWebUrl(String url) {
        return url != null && Html.httpHref(url.strip()) != null;
    }

    /**
     * The sentence with the evidence marked: {@code sentence} starts at code point {@code sentenceStart} of the
     * article, the evidence at {@code evidenceStart}. When the evidence is not inside the sentence, the evidence
     * alone, marked.
     */
    static String marked(String sentence, long sentenceStart, String evidence, long evidenceStart, String lang) {
        String ev = evidence == null ? "" : evidence;
        if (sentence != null && sentenceStart >= 0 && evidenceStart >= sentenceStart) {
            int cpFrom = (int) (evidenceStart - sentenceStart);
            int cpLen = ev.codePointCount(0, ev.length());
            int cpTotal = sentence.codePointCount(0, sentence.length());
            if (cpFrom + cpLen <= cpTotal) {
                int from = sentence.offsetByCodePoints(0, cpFrom);
                int to = sentence.offsetByCodePoints(from, cpLen);
                if (sentence.substring(from, to).equals(ev))
                    return wrap(esc(sentence.substring(0, from)) + "<mark>" + esc(ev) + "</mark>" + esc(sentence.substring(to)), lang);
            }
        }
        return wrap("<mark>" + esc(ev) + "</mark>", lang);
    }

    private static String wrap(String inner, String lang) {
        if (lang == null || lang.isEmpty()) return "<q dir=\"auto\">" + inner + "</q>";
        return "<q lang=\"" + esc(lang) + "\" dir=\"auto\">" + inner + "</q>";
    }
}
