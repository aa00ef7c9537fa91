package org.diplograph.extract;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.gazetteer.Lexicon;
import org.diplograph.gazetteer.LexiconLoader;
import org.diplograph.model.Act;
import org.diplograph.model.Article;
import org.diplograph.model.Claim;
import org.diplograph.model.Relation;
import org.diplograph.model.Stance;
import org.diplograph.model.Statement;

/** Shared helpers for extractor tests: articles built in memory and compact views of the output. */
final class ExtractFixtures {
    private ExtractFixtures() {}

    static final Path LEXICON_DIR = Path.of("data/lexicon");

    static Lexicon lexicon() {
        return LexiconLoader.fromDirectory(LEXICON_DIR);
    }

    static Article ar(String body) {
        return new Article("test/ar.txt", null, null, null, null, "ar", body);
    }

    static Article en(String body) {
        return new Article("test/en.txt", null, null, null, null, "en", body);
    }

    /** A claim without its evidence span and rule: what it says. */
    record ClaimView(Relation relation, List<String> participants, Stance stance, Act act) {
        static ClaimView of(Claim c) {
            return new ClaimView(c.relation(), c.participants(), c.stance(), c.act());
        }
    }

    /** Which lexicon entity (or name) spoke, through which rule and cue. */
    record Attribution(String speaker, String rule, String cue) {
        static Attribution of(Statement s) {
            String who = s.speaker().entityId() != null ? s.speaker().entityId() : s.speaker().name();
            return new Attribution(who, s.ruleId(), s.cue());
        }
    }

    static List<ClaimView> claims(Statement s) {
        return s.claims().stream().map(ClaimView::of).toList();
    }
}
