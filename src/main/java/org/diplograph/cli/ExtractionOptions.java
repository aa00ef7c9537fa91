package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.jena.rdf.model.Model;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.AttributionModels;
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

    @Option(names = "--model", paramLabel = "FILE",
            description = "Attribution model written by 'train' to use instead of the bundled one; 'none' keeps every candidate that has a claim (the rules alone).")
    String model;

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
        if (model == null) return RuleExtractor.create(lexicon());
        if (model.equals("none")) return RuleExtractor.create(lexicon(), null);
        Path file = Path.of(model);
        if (!Files.isRegularFile(file))
            throw new UserException("--model: no file %s; give a model written by 'train', or 'none'".formatted(file));
        try {
            return RuleExtractor.create(lexicon(), AttributionModels.read(file));
        } catch (IllegalArgumentException e) {
            throw new UserException("--model: " + e.getMessage(), e);
        }
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
