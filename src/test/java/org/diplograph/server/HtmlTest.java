package org.diplograph.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("issue-12")
class HtmlTest {
    @ParameterizedTest
    @ValueSource(strings = {"http://example.org/a?b=c#d", "https://www.example.com/", "HTTPS://EXAMPLE.ORG/x",
            "https://news.example/ar/مقال"})
    void httpUrlsBecomeLinks(String url) {
        assertThat(Html.httpHref(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.domain)//x", "JavaScript:alert(1)", " javascript:alert(1)",
            "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd",
            "//evil.example/x", "/relative/path", "http:/no-host", "https://", "http://exa mple.org/", "", "urn:isbn:1"})
    void anythingElseDoesNot(String url) {
        assertThat(Html.httpHref(url)).isNull();
    }
}
