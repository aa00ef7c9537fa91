package org.diplograph.server;

/** Small helpers for the generated HTML pages (the linked-data pages and the explorer): escaping and the page frame. */
public final class Html {
    private Html() {}

    /** Escapes {@code &, <, >, "} and {@code '} for text and attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A span with the text in its language, right-to-left for Arabic, {@code dir="auto"} when unknown. */
    static String text(String lexical, String lang) {
        if (lang == null || lang.isEmpty()) return "<span dir=\"auto\">" + esc(lexical) + "</span>";
        String dir = isRtl(lang) ? " dir=\"rtl\"" : "";
        return "<span lang=\"" + esc(lang) + "\"" + dir + ">" + esc(lexical) + "</span>";
    }

    /**
     * {@code url} when it is an absolute {@code http:} or {@code https:} URL with a host, else null: only such URLs
     * become links, so a stored {@code javascript:} or {@code data:} URL never runs in the server's origin.
     */
    public static String httpHref(String url) {
        if (url == null || url.isEmpty() || !url.strip().equals(url)) return null;
        try {
            java.net.URI u = new java.net.URI(url);
            String scheme = u.getScheme();
            boolean http = scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
            return http && u.getRawAuthority() != null && !u.getRawAuthority().isEmpty() ? url : null;
        } catch (java.net.URISyntaxException e) {
            return null;   // not a URL a browser would follow as we mean it: shown as text only
        }
    }

    /** A table cell whose direction follows its first strong character, so Arabic and English cells each read right. */
    static String td(String inner) {
        return "<td dir=\"auto\">" + inner + "</td>";
    }

    static boolean isRtl(String lang) {
        String l = lang.toLowerCase(java.util.Locale.ROOT);
        return l.equals("ar") || l.startsWith("ar-") || l.equals("fa") || l.equals("he") || l.equals("ur");
    }

    /** A complete page: title, a small stylesheet, the body, and the links to alternate representations. */
    static String page(String title, String alternates, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                %s<style>
                body { font-family: system-ui, sans-serif; max-width: 72rem; margin: 1rem auto; padding: 0 1rem; line-height: 1.45; }
                table { border-collapse: collapse; width: 100%%; margin-bottom: 1.5rem; }
                th, td { border-bottom: 1px solid #ddd; padding: .3rem .5rem; text-align: start; vertical-align: top; }
                th { background: #f4f4f4; }
                code { font-size: .9em; }
                .iri { color: #555; font-size: .9em; word-break: break-all; }
                [dir=rtl] { font-size: 1.1em; }
                .entity-claims { border: 1px solid #ddd; padding: .25rem 1rem 1rem; margin-bottom: 1.5rem; }
                .matrix { width: auto; font-size: .9rem; } .matrix th, .matrix td { border: 1px solid #ddd; text-align: center; }
                .matrix caption { text-align: start; color: #444; font-size: .85rem; }
                .matrix .h1 { background: #e3ecf9; } .matrix .h2 { background: #b9cff0; } .matrix .h3 { background: #7ea6e0; }
                .matrix .h4 { background: #1f4e9c; color: #fff; }
                mark { background: #ffe066; color: #000; } .unavailable { color: #8a1c1c; } .empty { color: #555; }
                .claim blockquote { margin: .25rem 0; padding-left: .75rem; border-left: 3px solid #ccc; }
                .claim q::before, .claim q::after { content: none; }
                .stance-positive { color: #1b7837; font-weight: 600; } .stance-negative { color: #b2182b; font-weight: 600; }
                details.sparql { font-size: .85rem; } details.sparql pre { background: #f4f4f4; padding: .5rem; overflow-x: auto; }
                </style>
                </head>
                <body>
                %s
                <footer><p class="iri">diplograph · <a href="/ontology">ontology</a> · <a href="/.well-known/void">VoID</a> · <a href="/kg/sparql">SPARQL endpoint</a></p></footer>
                </body>
                </html>
                """.formatted(esc(title), alternates, body);
    }
}
