package org.diplograph.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.apache.jena.rdf.model.Model;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.RuleExtractor;
import org.diplograph.gazetteer.Lexicon;
import org.diplograph.gazetteer.LexiconLoader;
import org.diplograph.model.UserException;
import org.diplograph.rdf.CameoMapping;
import org.diplograph.rdf.ExtractionMapper;
import org.diplograph.rdf.Iris;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that extract: {@code --lexicon DIR} (a lexicon folder being curated instead of
 * the bundled one) and {@code --base IRI} (the base of minted IRIs for a deployment on a real domain).
 */
public final class ExtractionOptions {
    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "Lexicon folder (*.ttl) to use instead of the bundled one, e.g. data/lexicon while curating it.")
    Path lexiconDir;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of the IRIs minted for articles, statements and agents (default: ${DEFAULT-VALUE}).")
    String base;

    private Model lexiconModel;
    private Lexicon lexicon;

    /** The lexicon triples (bundled, or read from --lexicon). */
    Model lexiconModel() {
        if (lexiconModel == null)
            lexiconModel = lexiconDir == null ? LexiconLoader.readBundled() : LexiconLoader.readDirectory(lexiconDir);
        return lexiconModel;
    }

    Lexicon lexicon() {
        if (lexicon == null) lexicon = LexiconLoader.fromModel(lexiconModel());
        return lexicon;
    }

    Extractor extractor() {
        return RuleExtractor.create(lexicon());
    }

    Iris iris() {
        try {
            return Iris.withBase(base);
        } catch (IllegalArgumentException e) {
            throw new UserException("--base: %s; give an absolute http(s) IRI ending in '/'".formatted(e.getMessage()), e);
        }
    }

    ExtractionMapper mapper(Extractor extractor) {
        return new ExtractionMapper(iris(), CameoMapping.fromClasspath(), Clock.systemUTC(),
                "diplograph-" + extractor.name() + " " + extractor.version());
    }
}
