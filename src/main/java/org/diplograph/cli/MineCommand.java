package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.gazetteer.CommonWords;
import org.diplograph.io.ArticleReader;
import org.diplograph.model.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mine --out FILE CORPUS…}: mines the Arabic common-word list that tells unknown personal names from noun
 * phrases, from any articles {@code extract} reads.
 * <pre>
 *   diplograph mine --out data/lexicon/mined/common-words-ar.tsv ../shared/corpus/ant-news-ar.jsonl.gz
 * </pre>
 */
@Command(name = "mine", mixinStandardHelpOptions = true,
        description = "Mine a corpus for the Arabic common words (nouns and adjectives written with the article) that "
                + "tell unknown personal names from noun phrases; writes word, uses with and without the article.")
public final class MineCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin VerboseOption verbose;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Articles: files or folders in any format extract reads.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the list.")
    Path out;

    @Option(names = "--min-definite", paramLabel = "N", defaultValue = "10",
            description = "Least uses with the article for a word to be listed (default: ${DEFAULT-VALUE}).")
    int minDefinite;

    @Option(names = "--min-share", paramLabel = "X", defaultValue = "0.2",
            description = "Least share of uses with the article (default: ${DEFAULT-VALUE}).")
    double minShare;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (minDefinite < 1 || !(minShare > 0 && minShare <= 1))
            throw new UserException("--min-definite must be at least 1 and --min-share in (0, 1]");
        CommonWords.Counter counter = new CommonWords.Counter();
        ArticleReader reader = new ArticleReader();
        for (Path p : paths) reader.read(p, a -> counter.add(a.body()), problem -> err.println("skipped: " + problem));
        if (counter.texts() == 0) throw new UserException("no articles read from " + paths + "; give files or folders of articles");
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        int n;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            n = counter.write(w, String.join(", ", paths.stream().map(p -> p.getFileName().toString()).toList()),
                    minDefinite, minShare);
        }
        o.printf("%d articles read, %d common words written to %s%n", counter.texts(), n, out);
        return 0;
    }
}
