package org.diplograph.explore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The whole state of an explorer view, as held by its URL: the selected values of each facet, a month range
 * ({@code from}, {@code to}, {@code yyyy-MM}, inclusive), the full-text words ({@code q}) and the language of the
 * labels ({@code ui}: {@code en} or {@code ar}). Each value is its own URL parameter, percent-encoded, so a value
 * holding {@code ,} or {@code &} survives.
 * <pre>
 *   ExploreState s = ExploreState.parse(Map.of("stance", new String[] {"positive"}, "q", new String[] {"تطبيع"}));
 *   s.query();   // "stance=positive&amp;q=%D8%AA..."
 * </pre>
 */
record ExploreState(Map<Facet, List<String>> selected, String from, String to, String q, String ui) {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    /** The most values one facet may select. */
    static final int MAX_VALUES = 20;
    /** The longest text query. */
    static final int MAX_TEXT = 200;

    ExploreState {
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        selected.forEach((f, vs) -> { if (!vs.isEmpty()) copy.put(f, List.copyOf(new TreeSet<>(vs))); });
        selected = java.util.Collections.unmodifiableMap(copy);
        from = blankToNull(from);
        to = blankToNull(to);
        q = blankToNull(q);
        if (from != null && !MONTH.matcher(from).matches()) throw new IllegalArgumentException("invalid from: " + from + " (expected yyyy-MM)");
        if (to != null && !MONTH.matcher(to).matches()) throw new IllegalArgumentException("invalid to: " + to + " (expected yyyy-MM)");
        if (q != null && q.length() > MAX_TEXT) throw new IllegalArgumentException("search text longer than " + MAX_TEXT + " characters");
        if (!"ar".equals(ui)) ui = "en";
    }

    static ExploreState empty() { return new ExploreState(Map.of(), null, null, null, "en"); }

    /**
     * The state of a request's parameters; unknown parameters are ignored.
     *
     * @throws IllegalArgumentException on a malformed month, a too long text, or too many values of one facet
     */
    static ExploreState parse(Map<String, String[]> params) {
        EnumMap<Facet, List<String>> sel = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            String[] vs = params.get(f.param);
            if (vs == null) continue;
            List<String> values = new ArrayList<>();
            for (String v : vs) if (v != null && !v.isBlank()) values.add(v.strip());
            if (values.size() > MAX_VALUES) throw new IllegalArgumentException("more than %d values of %s".formatted(MAX_VALUES, f.param));
            if (!values.isEmpty()) sel.put(f, values);
        }
        return new ExploreState(sel, first(params, "from"), first(params, "to"), first(params, "q"), first(params, "ui"));
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] vs = params.get(name);
        return vs == null || vs.length == 0 ? null : vs[0];
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    List<String> values(Facet f) { return selected.getOrDefault(f, List.of()); }

    boolean isSelected(Facet f, String value) { return values(f).contains(value); }

    boolean hasMonthRange() { return from != null || to != null; }

    /** Whether nothing narrows the set. */
    boolean isEmpty() { return selected.isEmpty() && !hasMonthRange() && q == null; }

    ExploreState with(Facet f, String value) {
        EnumMap<Facet, List<String>> sel = copy();
        List<String> vs = new ArrayList<>(values(f));
        if (!vs.contains(value)) vs.add(value);
        sel.put(f, vs);
        return new ExploreState(sel, from, to, q, ui);
    }

    ExploreState without(Facet f, String value) {
        EnumMap<Facet, List<String>> sel = copy();
        List<String> vs = new ArrayList<>(values(f));
        vs.remove(value);
        sel.put(f, vs);
        return new ExploreState(sel, from, to, q, ui);
    }

    ExploreState withUi(String lang) { return new ExploreState(selected, from, to, q, lang); }

    ExploreState withoutText() { return new ExploreState(selected, from, to, null, ui); }

    ExploreState withoutMonths() { return new ExploreState(selected, null, null, q, ui); }

    ExploreState withMonths(String f, String t) { return new ExploreState(selected, f, t, q, ui); }

    private EnumMap<Facet, List<String>> copy() {
        EnumMap<Facet, List<String>> sel = new EnumMap<>(Facet.class);
        selected.forEach((k, v) -> sel.put(k, new ArrayList<>(v)));
        return sel;
    }

    /** The URL query string (without {@code ?}) that restores this state; {@code ui=en} is left out. */
    String query() {
        List<String> parts = new ArrayList<>();
        selected.forEach((f, vs) -> vs.forEach(v -> parts.add(f.param + "=" + enc(v))));
        if (from != null) parts.add("from=" + enc(from));
        if (to != null) parts.add("to=" + enc(to));
        if (q != null) parts.add("q=" + enc(q));
        if (ui.equals("ar")) parts.add("ui=ar");
        return String.join("&", parts);
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); }
}
