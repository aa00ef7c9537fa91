package org.diplograph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.PersonMiner;
import org.diplograph.extract.RuleExtractor;
import org.diplograph.gazetteer.CommonWords;
import org.diplograph.gazetteer.Lexicon;
import org.diplograph.gazetteer.LexiconLoader;
import org.diplograph.io.ArticleReader;
import org.diplograph.model.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mine [--out FILE] [--persons FILE] CORPUS…}: mines, from any articles {@code extract} reads, the Arabic
 * common-word list that tells unknown personal names from noun phrases, and the persons the curated lexicon does not
 * know but the extractor finds speaking again and again ({@link PersonMiner}).
 * <pre>
 *   diplograph mine --out data/lexicon/mined/common-words-ar.tsv ../shared/corpus/ant-news-ar.jsonl.gz
 *   diplograph mine --persons data/lexicon/mined/persons-ar.ttl ../shared/corpus/ant-news-ar.jsonl.gz
 * </pre>
 */
@Command(name = "mine", mixinStandardHelpOptions = true,
        description = {"Mine a corpus for lexicon data, kept apart from the curated lexicon:",
                "--out: the Arabic common words (nouns and adjectives written with the article) that tell unknown "
                        + "personal names from noun phrases (word, uses with and without the article);",
                "--persons: persons the curated lexicon does not know, found speaking by the extractor in at least "
                        + "--min-articles articles, with a role at least once and one state in most mentions "
                        + "(lexicon Turtle, dg:source \"mined\", dg:frequency), for curators to review: the extractor "
                        + "does not load the files of a lexicon's mined/ folder."})
public final class MineCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin VerboseOption verbose;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Articles: files or folders in any format extract reads.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the common-word list.")
    Path out;

    @Option(names = "--persons", paramLabel = "FILE", description = "Where to write the mined persons (Turtle).")
    Path persons;

    @Option(names = "--min-articles", paramLabel = "N", defaultValue = "3",
            description = "Least articles a mined person speaks in (default: ${DEFAULT-VALUE}).")
    int minArticles;

    @Option(names = "--min-agreement", paramLabel = "X", defaultValue = "0.6",
            description = "Least share of a mined person's mentions that name its state or organisation (default: ${DEFAULT-VALUE}).")
    double minAgreement;

    @Option(names = "--min-definite", paramLabel = "N", defaultValue = "10",
            description = "Least uses with the article for a word to be listed (default: ${DEFAULT-VALUE}).")
    int minDefinite;

    @Option(names = "--min-share", paramLabel = "X", defaultValue = "0.2",
            description = "Least share of uses with the article (default: ${DEFAULT-VALUE}).")
    double minShare;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (out == null && persons == null) throw new UserException("say what to mine: --out FILE (common words), --persons FILE, or both");
        if (minDefinite < 1 || !(minShare > 0 && minShare <= 1))
            throw new UserException("--min-definite must be at least 1 and --min-share in (0, 1]");
        if (minArticles < 1 || !(minAgreement > 0 && minAgreement <= 1))
            throw new UserException("--min-articles must be at least 1 and --min-agreement in (0, 1]");
        CommonWords.Counter counter = new CommonWords.Counter();
        // persons are mined against the curated lexicon (mined files are never loaded): what was mined is mined again
        Lexicon curated = persons == null ? null : LexiconLoader.bundled();
        PersonMiner miner = persons == null ? null : new PersonMiner(curated);
        Extractor extractor = persons == null ? null : RuleExtractor.create(curated);
        ArticleReader reader = new ArticleReader();
        long[] seen = {0};
        for (Path p : paths) reader.read(p, a -> {
            if (out != null) counter.add(a.body());
            if (extractor != null) miner.add(extractor.extract(a));
            if (++seen[0] % 2000 == 0) err.printf("mine: %,d articles%n", seen[0]);
        }, problem -> err.println("skipped: " + problem));
        long read = miner == null ? counter.texts() : miner.articles();
        if (read == 0) throw new UserException("no articles read from " + paths + "; give files or folders of articles");
        String source = String.join(", ", paths.stream().map(p -> p.getFileName().toString()).toList());
        if (out != null) {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            int n;
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                n = counter.write(w, source, minDefinite, minShare);
            }
            o.printf("%d articles read, %d common words written to %s%n", counter.texts(), n, out);
        }
        if (persons != null) {
            if (persons.getParent() != null) Files.createDirectories(persons.getParent());
            int n;
            try (OutputStream w = Files.newOutputStream(persons)) {
                w.write(("# diplograph lexicon (mined, not curated): persons found speaking by 'diplograph mine --persons' in "
                        + source + " (" + miner.articles() + " articles), in at least " + minArticles + " articles, with a role "
                        + "at least once and one state or organisation in at least " + minAgreement + " of the mentions.\n"
                        + "# dg:frequency: articles the person spoke in. Not loaded by the extractor: review each entry and move it into persons.ttl.\n")
                        .getBytes(StandardCharsets.UTF_8));
                n = miner.write(w, minArticles, minAgreement);
            }
            o.printf("%d articles read, %d persons written to %s%n", miner.articles(), n, persons);
        }
        return 0;
    }
}
