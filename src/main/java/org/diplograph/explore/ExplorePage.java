package org.diplograph.explore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.diplograph.rdf.Iris;

/**
 * The HTML of an explorer view: the search form, the selected values, the facets with counts, the stance chart,
 * who speaks about whom, the top speakers and the newest claims, each panel with the SPARQL behind it, and the
 * downloads of the set. Every link carries the whole state in its URL. Arabic labels and a right-to-left layout with
 * {@code ui=ar}; text from the data carries its language or {@code dir="auto"}.
 */
final class ExplorePage {
    private final Iris iris;
    private final Labels labels;
    private final ExploreState s;
    private final ExploreData d;
    private final String ui;
    private final String exportSparql;
    private final boolean scripted;

    /** The page of {@code state} showing {@code data}; {@code exportSparql} is the query behind the downloads. */
    ExplorePage(Iris iris, Labels labels, ExploreState state, ExploreData data, String exportSparql) {
        this(iris, labels, state, data, exportSparql, true);
    }

    /**
     * As above; without {@code scripted}, for an entity page, which loads no script and is cached by its store
     * version: the SPARQL boxes have no copy button and show no timings.
     */
    ExplorePage(Iris iris, Labels labels, ExploreState state, ExploreData data, String exportSparql, boolean scripted) {
        this.scripted = scripted;
        this.exportSparql = exportSparql;
        this.iris = iris;
        this.labels = labels;
        this.s = state;
        this.d = data;
        this.ui = state.ui();
    }

    private String t(String en, String ar) { return ui.equals("ar") ? ar : en; }

    private static String href(ExploreState st) {
        String q = st.query();
        return q.isEmpty() ? "/explore" : "/explore?" + q;
    }

    String render() {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(ui).append("\" dir=\"").append(ui.equals("ar") ? "rtl" : "ltr").append("\">\n<head>\n")
         .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .append("<title>").append(t("Claims explorer", "مستكشف التصريحات")).append(" · diplograph</title>\n")
         .append("<link rel=\"stylesheet\" href=\"/explore/static/explore.css\">\n")
         .append("<script src=\"/explore/static/explore.js\" defer></script>\n</head>\n<body>\n");
        header(b);
        b.append("<div class=\"layout\">\n<nav id=\"facets\" aria-label=\"").append(t("Facets", "التصنيفات")).append("\">\n");
        for (Facet f : Facet.values()) facet(b, f);
        b.append("</nav>\n<main>\n");
        summary(b);
        timeline(b);
        b.append("<div class=\"two\">\n");
        matrix(b, d.matrix(), "network", "matrix", t("Who speaks about whom", "من يتحدث عن من"));
        speakers(b);
        b.append("</div>\n");
        claims(b);
        b.append("</main>\n</div>\n<footer><p>diplograph · <a href=\"/\">").append(t("SPARQL query UI", "واجهة استعلام SPARQL"))
         .append("</a> · <a href=\"/ontology\">").append(t("ontology", "الأنطولوجيا")).append("</a></p></footer>\n</body>\n</html>\n");
        return b.toString();
    }

    /**
     * The claims part of an entity's page ({@link EntityPanels}): its claims per month by stance, who it speaks about
     * (the view's who-about-whom) and, when {@code incoming} is given, who speaks about it, its newest claims with
     * their evidence marked, and {@code links} (label, href) to the explorer narrowed to it.
     */
    String entitySections(String heading, Panel<List<ExploreData.Edge>> incoming, String incomingHeading, Map<String, String> links) {
        StringBuilder b = new StringBuilder();
        b.append("<section id=\"entity-claims\" class=\"entity-claims\">\n<h2>").append(ExploreHtml.esc(heading)).append("</h2>\n");
        Panel<Long> total = d.total();
        b.append("<p id=\"entity-total\" data-count=\"").append(total.ok() ? total.result() : -1).append("\">");
        if (total.ok()) b.append("<strong>").append(total.result()).append("</strong> ").append(t("claims", "تصريحًا"));
        else b.append(t("claim count unavailable (not computed within the page's time budget)", "عدد التصريحات غير متاح"));
        b.append("</p>\n<p class=\"explore-links\">");
        int i = 0;
        for (Map.Entry<String, String> l : links.entrySet())
            b.append(i++ > 0 ? " · " : "").append("<a class=\"explore-link\" href=\"").append(ExploreHtml.esc(l.getValue())).append("\">")
             .append(ExploreHtml.esc(l.getKey())).append("</a>");
        b.append("</p>\n");
        timeline(b);
        if (d.matrix() != null) matrix(b, d.matrix(), "network", "matrix", t("Whom it speaks about", "عمن يتحدث"));
        if (incoming != null) matrix(b, incoming, "network-about", "matrix-about", incomingHeading);
        claims(b);
        return b.append("</section>\n").toString();
    }

    private void header(StringBuilder b) {
        b.append("<header>\n<h1><a href=\"").append(ExploreHtml.esc(href(ExploreState.empty().withUi(ui)))).append("\">")
         .append(t("Claims explorer", "مستكشف التصريحات")).append("</a></h1>\n");
        ExploreState other = s.withUi(ui.equals("ar") ? "en" : "ar");
        b.append("<p class=\"lang\"><a id=\"ui-switch\" href=\"").append(ExploreHtml.esc(href(other))).append("\" hreflang=\"")
         .append(other.ui()).append("\" lang=\"").append(other.ui()).append("\">").append(ui.equals("ar") ? "English" : "العربية").append("</a></p>\n");
        b.append("<form id=\"search\" method=\"get\" action=\"/explore\" role=\"search\">\n");
        s.selected().forEach((f, vs) -> vs.forEach(v -> b.append("<input type=\"hidden\" name=\"").append(f.param).append("\" value=\"")
                .append(ExploreHtml.esc(v)).append("\">\n")));
        if (ui.equals("ar")) b.append("<input type=\"hidden\" name=\"ui\" value=\"ar\">\n");
        b.append("<label for=\"q\">").append(t("Words in the evidence", "كلمات في النص المستشهد به")).append("</label>\n")
         .append("<input type=\"search\" id=\"q\" name=\"q\" dir=\"auto\" value=\"").append(ExploreHtml.esc(s.q())).append("\" maxlength=\"")
         .append(ExploreState.MAX_TEXT).append("\" placeholder=\"").append(t("e.g. تطبيع or normalisation", "مثلًا: التطبيع")).append("\">\n")
         .append("<label for=\"from\">").append(t("From month", "من شهر")).append("</label>\n")
         .append("<input type=\"month\" id=\"from\" name=\"from\" value=\"").append(ExploreHtml.esc(s.from())).append("\">\n")
         .append("<label for=\"to\">").append(t("to month", "إلى شهر")).append("</label>\n")
         .append("<input type=\"month\" id=\"to\" name=\"to\" value=\"").append(ExploreHtml.esc(s.to())).append("\">\n")
         .append("<button type=\"submit\">").append(t("Search", "بحث")).append("</button>\n</form>\n");
        if (!s.isEmpty()) {
            b.append("<ul id=\"selection\" aria-label=\"").append(t("Current selection", "الاختيار الحالي")).append("\">\n");
            s.selected().forEach((f, vs) -> vs.forEach(v -> b.append("<li><a class=\"chip\" href=\"").append(ExploreHtml.esc(href(s.without(f, v))))
                    .append("\" title=\"").append(t("remove", "إزالة")).append("\">").append(ExploreHtml.esc(f.label(ui))).append(": ")
                    .append(valueLabel(f, f.term(v, iris))).append(" ✕</a></li>\n")));
            if (s.q() != null) b.append("<li><a class=\"chip\" href=\"").append(ExploreHtml.esc(href(s.withoutText()))).append("\">")
                    .append(t("words", "كلمات")).append(": ").append(ExploreHtml.text(s.q(), null)).append(" ✕</a></li>\n");
            if (s.hasMonthRange()) b.append("<li><a class=\"chip\" href=\"").append(ExploreHtml.esc(href(s.withoutMonths()))).append("\">")
                    .append(ExploreHtml.esc(s.from() == null ? "…" : s.from())).append(" – ").append(ExploreHtml.esc(s.to() == null ? "…" : s.to()))
                    .append(" ✕</a></li>\n");
            b.append("<li><a class=\"chip clear\" href=\"").append(ExploreHtml.esc(href(ExploreState.empty().withUi(ui)))).append("\">")
             .append(t("clear all", "مسح الكل")).append("</a></li>\n</ul>\n");
        }
        b.append("</header>\n");
    }

    private void facet(StringBuilder b, Facet f) {
        Panel<List<ExploreData.Count>> p = d.facets().get(f);
        b.append("<section class=\"facet\" id=\"facet-").append(f.param).append("\" aria-labelledby=\"facet-").append(f.param).append("-h\">\n")
         .append("<h2 id=\"facet-").append(f.param).append("-h\">").append(ExploreHtml.esc(f.label(ui))).append("</h2>\n");
        if (!p.ok()) {
            b.append("<p class=\"unavailable\">").append(t("counts unavailable (not computed within the page's time budget): ",
                    "الأعداد غير متاحة (لم تُحسب ضمن المهلة): ")).append(fullLink()).append("</p>\n");
        } else {
            List<ExploreData.Count> counts = new ArrayList<>(p.result());
            // selected values stay listed even when the other facets leave them no claims
            for (String v : s.values(f)) {
                Node term = f.term(v, iris);
                if (counts.stream().noneMatch(c -> c.value().equals(term))) counts.add(new ExploreData.Count(term, 0));
            }
            if (counts.isEmpty()) b.append("<p class=\"empty\">").append(t("none", "لا شيء")).append("</p>\n");
            else {
                b.append("<ul>\n");
                for (ExploreData.Count c : counts) {
                    String v = f.value(c.value(), iris);
                    if (v == null) continue;
                    boolean on = s.isSelected(f, v);
                    b.append("<li><a class=\"facet-value").append(on ? " on" : "").append("\" data-value=\"").append(ExploreHtml.esc(v))
                     .append("\" aria-pressed=\"").append(on).append("\" href=\"").append(ExploreHtml.esc(href(on ? s.without(f, v) : s.with(f, v))))
                     .append("\">").append(valueLabel(f, c.value())).append("</a> <span class=\"count\">").append(c.claims()).append("</span></li>\n");
                }
                b.append("</ul>\n");
            }
        }
        sparql(b, "facet-" + f.param, p);
        b.append("</section>\n");
    }

    /** The readable label of a facet value, as HTML. */
    private String valueLabel(Facet f, Node v) {
        switch (f) {
            case SPEAKER -> {
                Labels.Name n = d.speakerNames().get(v);
                if (n != null && n.in(ui) != null) return ExploreHtml.text(n.in(ui), n.langIn(ui));
                return ExploreHtml.text(shortId(v), null);
            }
            case STATE -> {
                String code = v.getLiteralLexicalForm();
                return codeLabel(code) + " <span class=\"code\">" + ExploreHtml.esc(code) + "</span>";
            }
            case OUTLET, LANGUAGE -> {
                return ExploreHtml.text(v.getLiteralLexicalForm(), null);
            }
            default -> {
                Labels.Name n = labels.of(v);
                if (n != null && n.in(ui) != null) return ExploreHtml.text(n.in(ui), n.langIn(ui));
                String value = f.value(v, iris);
                return ExploreHtml.text(value == null ? v.toString() : value, null);
            }
        }
    }

    private String codeLabel(String code) {
        Node x = labels.byCode(code);
        Labels.Name n = x == null ? null : labels.of(x);
        if (n == null || n.in(ui) == null) return ExploreHtml.esc(code);
        return ExploreHtml.text(n.in(ui), n.langIn(ui));
    }

    private String shortId(Node n) {
        if (n.isURI() && n.getURI().startsWith(iris.idNamespace())) return n.getURI().substring(iris.idNamespace().length());
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private String idHref(Node n) {
        return n.isURI() && n.getURI().startsWith(iris.idNamespace()) ? "/id/" + n.getURI().substring(iris.idNamespace().length()) : null;
    }

    private void summary(StringBuilder b) {
        Panel<Long> p = d.total();
        b.append("<section id=\"summary\">\n<p id=\"total\" data-count=\"").append(p.ok() ? p.result() : -1).append("\">");
        if (p.ok() && d.textCut())
            b.append(t("at least ", "ما لا يقل عن ")).append("<strong>").append(p.result()).append("</strong> ").append(t("claims", "تصريحًا"))
             .append("</p>\n<p id=\"text-cut\" class=\"note\">").append(t("The search takes the ", "يأخذ البحث أفضل "))
             .append(ExploreQueries.TEXT_HITS).append(t(" best-matching evidence passages from the index; the counts, chart and list are"
                     + " of their claims. Add words, facets or months to see all of a narrower set.",
                     " مقطع مطابق من الفهرس؛ الأعداد والرسم والقائمة لتصريحاتها. أضف كلمات أو تصنيفات أو أشهرًا لرؤية مجموعة أضيق كاملة."));
        else if (p.ok()) b.append("<strong>").append(p.result()).append("</strong> ").append(t("claims", "تصريحًا"));
        else b.append(t("claim count unavailable (not computed within the page's time budget): ", "عدد التصريحات غير متاح: ")).append(fullLink());
        b.append("</p>\n<p class=\"downloads\">").append(t("Download the set: ", "تنزيل المجموعة: "))
         .append("<a id=\"download-csv\" download href=\"").append(ExploreHtml.esc(download("csv"))).append("\">CSV</a> · ")
         .append("<a id=\"download-json\" download href=\"").append(ExploreHtml.esc(download("json"))).append("\">JSON</a></p>\n");
        sparql(b, "export", new Panel<>(exportSparql, null, false, 0), t("The SPARQL behind the downloads", "استعلام SPARQL وراء التنزيلات"));
        sparql(b, "total", p);
        if (d.textHits() != null) sparql(b, "hits", d.textHits());
        b.append("</section>\n");
    }

    private String download(String ext) {
        String q = s.query();
        return "/explore/claims." + ext + (q.isEmpty() ? "" : "?" + q);
    }

    private void timeline(StringBuilder b) {
        Panel<Map<String, long[]>> p = d.months();
        b.append("<section id=\"timeline\" class=\"panel\">\n<h2>").append(t("Claims per month by stance", "التصريحات شهريًا حسب الموقف")).append("</h2>\n");
        if (p.ok()) b.append("<div class=\"chart\" dir=\"ltr\">").append(StanceChart.svg(p.result(), ui)).append("</div>\n");
        else b.append(unavailable());
        sparql(b, "timeline", p);
        b.append("</section>\n");
    }

    private String unavailable() {
        return "<p class=\"unavailable\">" + t("unavailable: not computed within the page's time budget; narrow the view, ",
                "غير متاح: لم يُحسب ضمن المهلة؛ ضيّق الاختيار أو ") + fullLink() + "</p>\n";
    }

    /** A link to the same view with every panel given the full query timeout. */
    private String fullLink() {
        String q = s.query();
        return "<a class=\"full\" href=\"" + ExploreHtml.esc("/explore?" + (q.isEmpty() ? "" : q + "&") + "full=1") + "\">"
                + t("compute it without the budget", "احسبه دون مهلة") + "</a>";
    }

    private void matrix(StringBuilder b, Panel<List<ExploreData.Edge>> p, String sectionId, String tableId, String heading) {
        b.append("<section id=\"").append(sectionId).append("\" class=\"panel\">\n<h2>").append(ExploreHtml.esc(heading)).append("</h2>\n");
        if (!p.ok()) b.append(unavailable());
        else if (p.result().isEmpty()) b.append("<p class=\"empty\">").append(t("no claims with a speaker's state", "لا توجد تصريحات لمتحدث ذي دولة")).append("</p>\n");
        else {
            Map<String, Long> rows = new LinkedHashMap<>();
            Map<Node, Long> cols = new LinkedHashMap<>();
            Map<String, Long> cells = new LinkedHashMap<>();
            long max = 1;
            for (ExploreData.Edge e : p.result()) {
                rows.merge(e.stateCode(), e.claims(), Long::sum);
                cols.merge(e.about(), e.claims(), Long::sum);
                cells.put(e.stateCode() + " " + e.about(), e.claims());
                max = Math.max(max, e.claims());
            }
            List<String> topRows = rows.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).limit(8).map(Map.Entry::getKey).toList();
            List<Node> topCols = cols.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).limit(10).map(Map.Entry::getKey).toList();
            b.append("<table id=\"").append(tableId).append("\" class=\"matrix\">\n<caption>").append(t("Claims by speakers of a state (rows) naming a participant (columns)",
                    "تصريحات متحدثي دولة (الصفوف) عن طرف (الأعمدة)")).append("</caption>\n<tr><th scope=\"col\">")
             .append(t("speaker's state ↓ / about →", "دولة المتحدث ↓ / عن ←")).append("</th>");
            for (Node c : topCols) b.append("<th scope=\"col\">").append(participantLabel(c)).append("</th>");
            b.append("</tr>\n");
            for (String r : topRows) {
                b.append("<tr><th scope=\"row\">").append(codeLabel(r)).append("</th>");
                for (Node c : topCols) {
                    Long n = cells.get(r + " " + c);
                    int level = n == null ? 0 : (int) Math.ceil(4.0 * n / max);
                    b.append("<td dir=\"auto\" class=\"h").append(level).append("\">").append(n == null ? "" : n).append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("</table>\n");
        }
        sparql(b, sectionId, p);
        b.append("</section>\n");
    }

    private String participantLabel(Node n) {
        Labels.Name name = labels.of(n);
        if (name != null && name.in(ui) != null) return ExploreHtml.text(name.in(ui), name.langIn(ui));
        return ExploreHtml.text(shortId(n), null);
    }

    private void speakers(StringBuilder b) {
        Panel<List<ExploreData.Count>> p = d.facets().get(Facet.SPEAKER);
        b.append("<section id=\"speakers\" class=\"panel\">\n<h2>").append(t("Top speakers", "أكثر المتحدثين")).append("</h2>\n");
        if (!p.ok()) b.append(unavailable());
        else {
            List<ExploreData.Count> top = p.result().stream().limit(10).toList();
            long max = top.isEmpty() ? 1 : Math.max(1, top.get(0).claims());
            b.append("<ol>\n");
            for (ExploreData.Count c : top) {
                String href = idHref(c.value());
                b.append("<li>").append(href == null ? valueLabel(Facet.SPEAKER, c.value())
                                : "<a href=\"" + ExploreHtml.esc(href) + "\">" + valueLabel(Facet.SPEAKER, c.value()) + "</a>")
                 .append(" <meter min=\"0\" max=\"").append(max).append("\" value=\"").append(c.claims()).append("\">").append(c.claims())
                 .append("</meter> <span class=\"count\">").append(c.claims()).append("</span></li>\n");
            }
            b.append("</ol>\n");
            if (!s.values(Facet.SPEAKER).isEmpty())
                b.append("<p class=\"note\">").append(t("(the speaker facet: the other selections apply, not the speakers chosen)",
                        "(تصنيف المتحدث: تنطبق الاختيارات الأخرى)")).append("</p>\n");
        }
        sparql(b, "speakers", p);
        b.append("</section>\n");
    }

    private void claims(StringBuilder b) {
        Panel<List<ExploreData.ClaimRow>> p = d.claims();
        b.append("<section id=\"claims\" class=\"panel\">\n<h2>").append(t("Newest claims", "أحدث التصريحات")).append("</h2>\n");
        if (!p.ok()) b.append(unavailable());
        else if (p.result().isEmpty()) b.append("<p class=\"empty\">").append(t("No claim matches this view.", "لا توجد تصريحات مطابقة.")).append("</p>\n");
        else {
            b.append("<ol class=\"claims\">\n");
            for (ExploreData.ClaimRow r : p.result()) claim(b, r);
            b.append("</ol>\n");
        }
        sparql(b, "claims", p);
        b.append("</section>\n");
    }

    private void claim(StringBuilder b, ExploreData.ClaimRow r) {
        b.append("<li class=\"claim\" data-claim=\"").append(ExploreHtml.esc(shortId(r.claim()))).append("\">\n<p class=\"meta\">");
        b.append("<time>").append(r.date() == null ? t("undated", "غير مؤرخ") : ExploreHtml.esc(r.date())).append("</time> · ");
        String speaker = ui.equals("ar") ? (r.speakerAr() != null ? r.speakerAr() : r.speakerEn()) : (r.speakerEn() != null ? r.speakerEn() : r.speakerAr());
        String speakerLang = speaker == null ? null : speaker.equals(r.speakerAr()) ? "ar" : "en";
        String speakerHtml = speaker == null ? ExploreHtml.text(shortId(r.speaker()), null) : ExploreHtml.text(speaker, speakerLang);
        String sh = idHref(r.speaker());
        b.append("<span class=\"speaker\">").append(sh == null ? speakerHtml : "<a href=\"" + ExploreHtml.esc(sh) + "\">" + speakerHtml + "</a>").append("</span>");
        if (r.stateCode() != null) b.append(" (").append(codeLabel(r.stateCode())).append(")");
        b.append(" · <span class=\"relation\">").append(valueLabel(Facet.RELATION, r.relation())).append("</span>");
        if (r.participants() != null) {
            b.append(" <span class=\"participants\">[");
            String[] codes = r.participants().split(" ");
            for (int i = 0; i < codes.length; i++) b.append(i > 0 ? ", " : "").append(codeLabel(codes[i]));
            b.append("]</span>");
        }
        String stanceCode = f(Facet.STANCE, r.stance());
        b.append(" · <span class=\"stance stance-").append(ExploreHtml.esc(stanceCode)).append("\">").append(valueLabel(Facet.STANCE, r.stance())).append("</span>");
        b.append(" · <span class=\"act\">").append(valueLabel(Facet.ACT, r.act())).append("</span></p>\n");
        b.append("<blockquote>").append(ExploreHtml.marked(r.sentence(), r.sentenceStart(), r.evidence(), r.evidenceStart(), r.sentenceLang())).append("</blockquote>\n");
        b.append("<p class=\"links\">");
        String st = idHref(r.statement());
        if (st != null) b.append("<a class=\"statement-link\" href=\"").append(ExploreHtml.esc(st)).append("\">").append(t("statement", "التصريح")).append("</a> · ");
        String ah = idHref(r.article());
        if (ah != null) {
            b.append("<a class=\"article-link\" href=\"").append(ExploreHtml.esc(ah + "#" + ArticleText.anchor(r.claim()))).append("\">")
             .append(t("article", "المقال")).append("</a>");
            if (r.headline() != null) b.append(": ").append(ExploreHtml.text(r.headline(), r.headlineLang()));
        }
        if (ExploreHtml.isWebUrl(r.url()))
            b.append(" · <a class=\"source-link\" rel=\"nofollow noopener noreferrer\" href=\"").append(ExploreHtml.esc(r.url().strip())).append("\">")
             .append(t("original ↗", "المصدر الأصلي ↗")).append("</a>");
        b.append("</p>\n</li>\n");
    }

    private String f(Facet facet, Node n) {
        String v = n == null ? null : facet.value(n, iris);
        return v == null ? "" : v;
    }

    /** "The SPARQL behind this view": the query text, a copy button, and a link that runs it on the endpoint. */
    private void sparql(StringBuilder b, String id, Panel<?> p) {
        sparql(b, id, p, null);
    }

    private void sparql(StringBuilder b, String id, Panel<?> p, String title) {
        String run = "/kg/sparql?query=" + URLEncoder.encode(p.sparql(), StandardCharsets.UTF_8) + "&output=csv";
        b.append("<details class=\"sparql\"><summary>").append(title != null ? title : t("The SPARQL behind this view", "استعلام SPARQL وراء هذا العرض"));
        if (title == null && !scripted && p.timedOut())   // an entity page: no timings, so that its ETag names one text
            b.append(" <small>(").append(t("not computed within the page's time budget", "لم يُحسب ضمن المهلة")).append(")</small>");
        else if (title == null && scripted)
            b.append(" <small>(").append(p.millis()).append(" ms").append(p.timedOut() ? t(", timed out", "، انتهت المهلة") : "").append(")</small>");
        b.append("</summary>\n")
         .append("<pre id=\"sparql-").append(id).append("\" dir=\"ltr\"><code>").append(ExploreHtml.esc(p.sparql())).append("</code></pre>\n")
         .append("<p>");
        if (scripted) b.append("<button type=\"button\" class=\"copy\" data-copy=\"sparql-").append(id).append("\">").append(t("Copy", "نسخ")).append("</button> ");
        b
         .append("<a href=\"").append(ExploreHtml.esc(run)).append("\">").append(t("Run it on /kg/sparql (CSV)", "تشغيله على ‎/kg/sparql‎ (CSV)"))
         .append("</a> · <a href=\"/#/dataset/kg/query\">").append(t("query UI", "واجهة الاستعلام")).append("</a></p></details>\n");
    }
}
