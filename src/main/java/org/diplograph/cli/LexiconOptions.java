package org.diplograph.cli;

import java.nio.file.Path;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.RuleExtractor;
import org.diplograph.gazetteer.Lexicon;
import org.diplograph.gazetteer.LexiconLoader;
import picocli.CommandLine.Option;

/** {@code --lexicon DIR}: extract with a lexicon folder being edited instead of the one bundled in the jar. */
public final class LexiconOptions {
    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "Lexicon folder (*.ttl) to use instead of the bundled one, e.g. data/lexicon while curating it.")
    Path dir;

    Lexicon lexicon() {
        return dir == null ? LexiconLoader.bundled() : LexiconLoader.fromDirectory(dir);
    }

    Extractor extractor() {
        return RuleExtractor.create(lexicon());
    }
}
