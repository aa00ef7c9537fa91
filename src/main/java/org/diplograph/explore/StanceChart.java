package org.diplograph.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Claims per month by stance as an SVG drawn on the server: stacked bars (positive, neutral, negative) with the net
 * tone ((positive − negative) / claims, from −1 to +1) as a line over them. Each bar has a {@code <title>} with its
 * numbers; the time axis runs left to right in both languages (the SVG is laid out left to right, its Arabic words
 * shaped by the browser), with undated claims in a last bar. No script, no
 * style attribute: it draws under a strict Content-Security-Policy.
 */
final class StanceChart {
    static final int WIDTH = 760;
    static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int RIGHT = 48;
    private static final int TOP = 16;
    private static final int BOTTOM = 56;
    /** Fill colours of positive, neutral, negative (contrast ≥ 3:1 against white). */
    static final List<String> COLOURS = List.of("#1b7837", "#6b6b6b", "#b2182b");

    private StanceChart() {}

    static String svg(Map<String, long[]> months, String ui) {
        List<String> keys = new ArrayList<>();
        for (String m : months.keySet()) if (!m.equals("undated")) keys.add(m);
        if (months.containsKey("undated")) keys.add("undated");
        String title = ui.equals("ar") ? "التصريحات شهريًا حسب الموقف، مع صافي النبرة" : "Claims per month by stance, with the net tone";
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"stance-chart\" direction=\"ltr\" role=\"img\" aria-labelledby=\"stance-chart-title\" viewBox=\"0 0 ")
         .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\">")
         .append("<title id=\"stance-chart-title\">").append(ExploreHtml.esc(title)).append("</title>");
        if (keys.isEmpty()) {
            b.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2).append("\" text-anchor=\"middle\">")
             .append(ui.equals("ar") ? "لا توجد تصريحات" : "no claims").append("</text></svg>");
            return b.toString();
        }
        long max = 1;
        for (String k : keys) max = Math.max(max, sum(months.get(k)));
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        double slot = (double) plotW / keys.size();
        double barW = Math.max(2, Math.min(48, slot * 0.7));
        // axes: claims on the left, tone on the right
        b.append("<g class=\"axis\" font-size=\"11\" fill=\"#333\">");
        for (long tick : ticks(max)) {
            double y = TOP + plotH - (double) tick / max * plotH;
            b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotW).append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y))
             .append("\" stroke=\"#ddd\"/>");
            b.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\">").append(tick).append("</text>");
        }
        for (String tone : new String[] {"+1", "0", "−1"}) {
            double v = tone.equals("+1") ? 1 : tone.equals("0") ? 0 : -1;
            double y = toneY(v, plotH);
            b.append("<text x=\"").append(LEFT + plotW + 4).append("\" y=\"").append(fmt(y + 4)).append("\">").append(tone).append("</text>");
        }
        b.append("</g>");
        StringBuilder line = new StringBuilder();
        int labelEvery = Math.max(1, (int) Math.ceil(keys.size() / 12.0));
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            long[] c = months.get(k);
            long total = sum(c);
            double x = LEFT + i * slot + (slot - barW) / 2;
            double y = TOP + plotH;
            b.append("<g class=\"bar\" data-month=\"").append(ExploreHtml.esc(k)).append("\"><title>")
             .append(ExploreHtml.esc(label(k, ui))).append(": ").append(total).append(ui.equals("ar") ? " تصريح" : " claims");
            for (int s = 0; s < c.length; s++) b.append(" · ").append(stanceName(s, ui)).append(' ').append(c[s]);
            b.append(" · ").append(ui.equals("ar") ? "النبرة " : "tone ").append(String.format(Locale.ROOT, "%+.2f", tone(c))).append("</title>");
            for (int s = 0; s < c.length; s++) {
                if (c[s] == 0) continue;
                double h = (double) c[s] / max * plotH;
                y -= h;
                b.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(fmt(barW))
                 .append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(COLOURS.get(s)).append("\"/>");
            }
            b.append("</g>");
            double cx = LEFT + i * slot + slot / 2;
            if (total > 0) line.append(line.length() == 0 ? "M" : " L").append(fmt(cx)).append(' ').append(fmt(toneY(tone(c), plotH)));
            if (i % labelEvery == 0)
                b.append("<text font-size=\"11\" x=\"").append(fmt(cx)).append("\" y=\"").append(TOP + plotH + 14)
                 .append("\" text-anchor=\"middle\">").append(ExploreHtml.esc(label(k, ui))).append("</text>");
        }
        if (!line.isEmpty())
            b.append("<path class=\"tone\" d=\"").append(line).append("\" fill=\"none\" stroke=\"#1f4e9c\" stroke-width=\"2\"/>");
        // legend
        int lx = LEFT;
        int ly = HEIGHT - 14;
        for (int s = 0; s < COLOURS.size(); s++) {
            b.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 9).append("\" width=\"10\" height=\"10\" fill=\"").append(COLOURS.get(s)).append("\"/>")
             .append("<text font-size=\"12\" x=\"").append(lx + 14).append("\" y=\"").append(ly).append("\">").append(stanceName(s, ui)).append("</text>");
            lx += 110;
        }
        b.append("<line x1=\"").append(lx).append("\" x2=\"").append(lx + 16).append("\" y1=\"").append(ly - 4).append("\" y2=\"").append(ly - 4)
         .append("\" stroke=\"#1f4e9c\" stroke-width=\"2\"/><text font-size=\"12\" x=\"").append(lx + 20).append("\" y=\"").append(ly).append("\">")
         .append(ui.equals("ar") ? "صافي النبرة (المحور الأيمن)" : "net tone (right axis)").append("</text>");
        return b.append("</svg>").toString();
    }

    static double tone(long[] c) {
        long total = sum(c);
        return total == 0 ? 0 : (double) (c[0] - c[2]) / total;
    }

    private static double toneY(double tone, int plotH) { return TOP + plotH / 2.0 - tone * plotH / 2.0; }

    static String stanceName(int s, String ui) {
        return switch (s) {
            case 0 -> ui.equals("ar") ? "إيجابي" : "positive";
            case 1 -> ui.equals("ar") ? "محايد" : "neutral";
            default -> ui.equals("ar") ? "سلبي" : "negative";
        };
    }

    private static String label(String month, String ui) {
        return month.equals("undated") ? (ui.equals("ar") ? "غير مؤرخ" : "undated") : month;
    }

    private static long sum(long[] c) {
        long s = 0;
        for (long n : c) s += n;
        return s;
    }

    private static List<Long> ticks(long max) {
        long step = 1;
        while (max / step > 5) step *= (String.valueOf(step).startsWith("2") ? 2.5 : 2);
        List<Long> out = new ArrayList<>();
        for (long t = 0; t <= max; t += step) out.add(t);
        return out;
    }

    private static String fmt(double d) { return String.format(Locale.ROOT, "%.1f", d); }
}
