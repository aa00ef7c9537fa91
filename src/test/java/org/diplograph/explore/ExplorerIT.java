package org.diplograph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.rdf.Iris;
import org.diplograph.server.SparqlServer;
import org.diplograph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer over HTTP on the demo store: counts agree with the endpoint, the text box, downloads, article pages. */
@Tag("issue-13")
class ExplorerIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final Iris IRIS = Iris.defaultBase();
    static final String CLITIC_WORD = "والتطبيع";

    @TempDir static Path tmp;
    private static KnowledgeStore store;
    private static SparqlServer server;

    @BeforeAll
    static void start() {
        store = ExplorerDemoStore.create(IRIS, tmp);
        server = SparqlServer.builder(store).port(0).build().start();
        warmUp(server);
    }

    /**
     * Runs the explorer's queries a few times with no time budget, so that the pages the tests read are not the
     * JVM's first (cold) ones, which on a busy machine may leave panels outside the page's time budget.
     */
    static void warmUp(SparqlServer server) {
        try {
            for (int i = 0; i < 3; i++)
                for (String view : List.of("explore?full=1", "explore?full=1&q=" + enc(CLITIC_WORD), "explore?full=1&speaker=person%2Fdmitry-peskov&ui=ar"))
                    HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + view)).GET().build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException("explorer warm-up failed", e);
        }
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) server.stop();
        } finally {
            if (store != null) store.close();
        }
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The endpoint's CSV answer to {@code sparql}. */
    static String sparqlCsv(String endpoint, String sparql) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint)).header("Accept", "text/csv")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(sparql))).build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static long endpointCount(String sparql) throws Exception {
        String[] lines = sparqlCsv(server.sparqlUrl(), sparql).split("\r?\n");
        return Long.parseLong(lines[1].strip());
    }

    static long total(String html) {
        Matcher m = Pattern.compile("id=\"total\" data-count=\"(-?\\d+)\"").matcher(html);
        assertThat(m.find()).as("the page shows the size of the set").isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The text of a {@code <pre id="sparql-ID">} block of the page. */
    static String shownSparql(String html, String id) {
        Matcher m = Pattern.compile("<pre id=\"sparql-" + id + "\" dir=\"ltr\"><code>(.*?)</code></pre>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("the page shows the SPARQL of " + id).isTrue();
        return m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static final String ALL_CLAIMS = """
            PREFIX dg: <https://w3id.org/diplograph/ontology#>
            SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s dg:claim ?c . ?c dg:relationType ?r ; dg:stance ?st ; dg:act ?a }
            """;

    @Test
    void theWholeSetIsEveryClaimOfTheStoreAndThePageHasAStrictPolicy() throws Exception {
        HttpResponse<String> r = get("explore");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("style-src 'self'"));
        assertThat(total(r.body())).isEqualTo(endpointCount(ALL_CLAIMS)).isPositive();
        assertThat(r.body()).doesNotContain("style=\"").doesNotContain("<script>").contains("<svg").contains("id=\"matrix\"");
    }

    @Test
    void eachShownQueryGivesTheCountShown() throws Exception {
        for (String view : List.of("explore", "explore?outlet=" + enc("تركيا الآن"), "explore?q=" + enc(CLITIC_WORD), "explore?stance=positive&relation=talks")) {
            String html = get(view).body();
            String sparql = shownSparql(html, "total");
            assertThat(endpointCount(sparql)).as(view).isEqualTo(total(html));
        }
    }

    @Test
    void anArabicWordWithItsCliticsNarrowsTheSetToClaimsSayingIt() throws Exception {
        long all = total(get("explore").body());
        String html = get("explore?q=" + enc(CLITIC_WORD)).body();
        long found = total(html);
        assertThat(found).isPositive().isLessThan(all);
        List<String> quotes = new ArrayList<>();
        Matcher m = Pattern.compile("<blockquote>(.*?)</blockquote>", Pattern.DOTALL).matcher(html);
        while (m.find()) quotes.add(m.group(1));
        assertThat(quotes).hasSize((int) found).allSatisfy(q -> assertThat(q).contains("تطبيع").contains("<mark>"));
    }

    @Test
    void theCsvDownloadIsTheEndpointsAnswerToTheShownQuery() throws Exception {
        String view = "explore?q=" + enc(CLITIC_WORD) + "&lang=ar";
        String html = get(view).body();
        HttpResponse<String> csv = get("explore/claims.csv?q=" + enc(CLITIC_WORD) + "&lang=ar");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/csv"));
        assertThat(csv.body()).isEqualTo(sparqlCsv(server.sparqlUrl(), shownSparql(html, "export")));
        assertThat(csv.body().split("\r\n")).hasSize((int) total(html) + 1);
        HttpResponse<String> json = get("explore/claims.json?q=" + enc(CLITIC_WORD));
        assertThat(json.body()).contains("\"bindings\"").contains("\"evidence\"");
    }

    @Test
    void facetLinksCarryTheWholeState() throws Exception {
        String html = get("explore?stance=positive&q=" + enc(CLITIC_WORD) + "&ui=ar").body();
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">");
        Matcher m = Pattern.compile("class=\"facet-value\" data-value=\"talks\" aria-pressed=\"false\" href=\"([^\"]+)\"").matcher(html);
        if (m.find()) assertThat(m.group(1).replace("&amp;", "&")).contains("stance=positive").contains("relation=talks").contains("ui=ar")
                .contains("q=" + enc(CLITIC_WORD).replace("+", "%20"));
        assertThat(html).contains("href=\"/explore?q=" + enc(CLITIC_WORD).replace("+", "%20") + "&amp;ui=ar\"");   // the chip that removes the stance
    }

    @Test
    void aBadValueIsRefusedWithItsName() throws Exception {
        HttpResponse<String> r = get("explore?state=" + enc("R\"US"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("invalid state code");
    }

    @Test
    void theArticlePageShowsItsTextWithEveryClaimsEvidenceMarkedAndLinked() throws Exception {
        String html = get("explore").body();
        Matcher m = Pattern.compile("class=\"article-link\" href=\"(/id/article/[^\"#]+)#(claim-[^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        String page = get(m.group(1).substring(1)).body();
        assertThat(page).contains("<div class=\"article-text\" lang=\"ar\" dir=\"auto\">").contains("id=\"" + m.group(2) + "\"");
        long claims = endpointCount("""
                PREFIX dg: <https://w3id.org/diplograph/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s prov:wasDerivedFrom <%s> ; dg:claim ?c }
                """.formatted(IRIS.idNamespace() + m.group(1).substring("/id/".length())));
        Matcher ids = Pattern.compile("id=\"claim-[^\"]+\"").matcher(page);
        int anchors = 0;
        while (ids.find()) anchors++;
        assertThat(anchors).isEqualTo((int) claims);
        assertThat(page.split("<p>").length).isGreaterThan(3);   // paragraphs kept
    }

    private static long entityTotal(String html) {
        Matcher m = Pattern.compile("id=\"entity-total\" data-count=\"(-?\\d+)\"").matcher(html);
        assertThat(m.find()).as("the entity page shows how many claims").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void aStatePageShowsTheClaimsOfItsSpeakersAsTheExplorerDoes() throws Exception {
        Matcher first = Pattern.compile("id=\"facet-state\".*?data-value=\"([A-Z]{3})\"", Pattern.DOTALL).matcher(get("explore").body());
        assertThat(first.find()).isTrue();
        String code = first.group(1);
        HttpResponse<String> r = get("page/state/" + code);
        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        String explore = get("explore?state=" + code).body();
        assertThat(entityTotal(page)).isEqualTo(total(explore)).isPositive();
        assertThat(page).contains("id=\"entity-claims\"").contains("<svg").contains("id=\"stance-chart\"").contains("id=\"matrix\"")
                .contains("href=\"/explore?state=" + code + "\"").doesNotContain("<script");
        // the chart and the matrix are the explorer's for the same view
        assertThat(count(page, "<g class=\"bar\"")).isEqualTo(count(explore, "<g class=\"bar\""));
        assertThat(page.substring(page.indexOf("id=\"matrix\""), page.indexOf("</table>", page.indexOf("id=\"matrix\""))))
                .isEqualTo(explore.substring(explore.indexOf("id=\"matrix\""), explore.indexOf("</table>", explore.indexOf("id=\"matrix\""))));
        int listed = count(page, "<li class=\"claim\"");
        assertThat(listed).isEqualTo((int) Math.min(EntityPanels.LIST_ROWS, total(explore)));
        assertThat(count(page, "<mark>")).isGreaterThanOrEqualTo(listed);
        if (page.contains("href=\"/explore?participant=state%2F" + code + "\""))
            assertThat(page).contains("id=\"matrix-about\"");
    }

    @Test
    void aPersonPageShowsTheirClaimsAndAnArticlePageNone() throws Exception {
        String person = "person/dmitry-peskov";
        String page = get("page/" + person).body();
        String explore = get("explore?speaker=" + enc(person)).body();
        assertThat(entityTotal(page)).isEqualTo(total(explore)).isPositive();
        assertThat(page).contains("href=\"/explore?speaker=" + enc(person) + "\"").contains("id=\"stance-chart\"");
        // the newest claims are the explorer's newest, in the same order
        List<String> pageClaims = new ArrayList<>();
        Matcher m = Pattern.compile("<li class=\"claim\" data-claim=\"([^\"]+)\"").matcher(page);
        while (m.find()) pageClaims.add(m.group(1));
        List<String> exploreClaims = new ArrayList<>();
        m = Pattern.compile("<li class=\"claim\" data-claim=\"([^\"]+)\"").matcher(explore);
        while (m.find()) exploreClaims.add(m.group(1));
        assertThat(pageClaims).isNotEmpty().isEqualTo(exploreClaims.subList(0, Math.min(EntityPanels.LIST_ROWS, exploreClaims.size())));

        Matcher article = Pattern.compile("class=\"article-link\" href=\"/id/(article/[^\"#]+)#").matcher(explore);
        assertThat(article.find()).isTrue();
        assertThat(get("page/" + article.group(1)).body()).doesNotContain("id=\"entity-claims\"");
    }
}
