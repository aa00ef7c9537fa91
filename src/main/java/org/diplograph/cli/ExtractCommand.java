package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.extract.Extractor;
import org.diplograph.format.ExtractionJson;
import org.diplograph.io.ArticleReader;
import org.diplograph.model.Article;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code extract}: articles in, statements out (JSON Lines, Turtle, TriG or N-Quads) on standard output. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract statements from articles and print them; nothing is stored.",
                "Reads .txt (optional header block ending in a '---' line), news-please .json/.jsonl and .html files;"
                        + " folders are walked recursively."},
        footer = {"", "Example:", "  java -jar target/diplograph.jar extract --format jsonl data/articles > out.jsonl"})
public final class ExtractCommand implements Callable<Integer> {
    /** Output formats of {@code extract}. */
    public enum Format { jsonl }

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin LexiconOptions lexicon;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--explain", description = "Add the id of the rule that produced each statement and claim (jsonl).")
    boolean explain;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = lexicon.extractor();
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        for (Path p : paths) reader.read(p, articles::add, problems::add);
        ExtractionJson json = new ExtractionJson(a -> null, s -> null, explain);
        List<ArticleExtraction> results = articles.parallelStream().map(extractor::extract).toList();
        for (ArticleExtraction x : results) out.println(json.toLine(x));
        out.flush();
        for (Problem p : problems) err.println(p);
        return problems.isEmpty() ? 0 : 1;
    }
}
