package org.diplograph.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.model.Article;
import org.diplograph.model.Problem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header values and JSON fields from an input are checked, not trusted (issue 12, item 10). */
@Tag("issue-12")
class UntrustedInputTest {
    private static final String ARABIC_BODY = "قالت المتحدثة باسم وزارة الخارجية إن المحادثات مستمرة.\n";

    @TempDir Path dir;
    private final List<Problem> problems = new ArrayList<>();

    @Test
    void aLanguageHeaderThatIsNoTagIsGuessedFromTheTextWithAWarning() throws IOException {
        Path p = write("bad-lang.txt", "title: t\nlanguage: en\"><script>\n---\n" + ARABIC_BODY);
        List<Article> articles = read(p);
        assertThat(articles).extracting(Article::language).containsExactly("ar");
        assertThat(problems).containsExactly(new Problem(Problem.Severity.WARNING, p.toString(),
                "language 'en\"><script>' is not a BCP 47 tag (such as ar or en-GB); guessed from the text"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "NULL", value = {"ar, ar", "EN-gb, en", "zh-Hant-TW, zh", "und, ar", "x-private, ar"})
    void aWellFormedTagGivesItsPrimaryLanguage(String tag, String expected) throws IOException {
        Path p = write("lang.txt", "language: " + tag + "\n---\n" + ARABIC_BODY);
        assertThat(read(p)).extracting(Article::language).containsExactly(expected);
        assertThat(problems).isEmpty();
    }

    @Test
    void aNewsPleaseLanguageThatIsNoTagIsGuessedToo() throws IOException {
        Path p = write("a.jsonl", "{\"maintext\": \"" + ARABIC_BODY.strip() + "\", \"language\": \"arabic; DROP\"}\n");
        assertThat(read(p)).extracting(Article::language).containsExactly("ar");
        assertThat(problems).extracting(Problem::severity, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Problem.Severity.WARNING,
                        "language 'arabic; DROP' is not a BCP 47 tag (such as ar or en-GB); guessed from the text"));
    }

    @Test
    void aTitleThatIsANumberIsReportedByFieldAndType() throws IOException {
        Path p = write("a.json", "{\"title\": 42, \"url\": [\"https://example.org/1\"], \"maintext\": \"" + ARABIC_BODY.strip() + "\"}");
        List<Article> articles = read(p);
        assertThat(articles).extracting(Article::title, Article::url).containsExactly(org.assertj.core.groups.Tuple.tuple(null, null));
        assertThat(problems).containsExactly(
                new Problem(Problem.Severity.WARNING, p.toString(), "\"title\" is a number, not a string; left empty"),
                new Problem(Problem.Severity.WARNING, p.toString(), "\"url\" is an array, not a string; left empty"));
    }

    @Test
    void aMaintextThatIsAnArrayRejectsTheRecordNamingFieldAndType() throws IOException {
        Path p = write("a.jsonl", "{\"title\": \"t\", \"maintext\": [\"one\", \"two\"]}\n{\"maintext\": {\"text\": \"x\"}}\n");
        assertThat(read(p)).isEmpty();
        assertThat(problems).containsExactly(
                new Problem(Problem.Severity.ERROR, p + "#L1", "\"maintext\" is an array, not a string; record skipped"),
                new Problem(Problem.Severity.ERROR, p + "#L2", "\"maintext\" is an object, not a string; record skipped"));
    }

    @Test
    void aProblemPrintsAFileNameWithControlCharactersEscapedOnOneLine() {
        Problem p = new Problem(Problem.Severity.ERROR, "news/a\nerror: forged.txt", "bad \u001b[31mred\u202e");
        assertThat(p.toString()).isEqualTo("error: news/a\\nerror: forged.txt: bad \\u001B[31mred\\u202E");
        assertThat(Problem.printable("C:\\news\\تقرير.txt")).isEqualTo("C:\\\\news\\\\تقرير.txt");
        assertThat(Problem.printable("قالت\tزاخاروفا")).isEqualTo("قالت\\tزاخاروفا");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private List<Article> read(Path p) {
        return new ArticleReader().readAll(List.of(p), problems::add);
    }
}
