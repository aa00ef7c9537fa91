package org.diplograph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.diplograph.format.ClaimsCsv;
import org.diplograph.model.UserException;
import org.diplograph.store.KnowledgeStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export}: writes the whole store as N-Quads, TriG or JSON-LD (named graphs kept) or Turtle (union graph), or
 * the claims as a flat CSV table ({@link ClaimsCsv}).
 * <pre>
 *   diplograph export --format nquads --out kg.nq
 *   diplograph export --format csv --out claims.csv
 * </pre>
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole knowledge graph: nquads, trig and jsonld keep the named graphs; turtle writes their union; "
                + "csv writes the claims table (one row per claim, GDELT-like columns).")
public final class ExportCommand implements Callable<Integer> {
    /** Export formats. */
    enum Format {
        nquads(Lang.NQUADS), trig(Lang.TRIG), turtle(Lang.TURTLE), jsonld(Lang.JSONLD11),
        /** The claims table, not RDF. */
        csv(null);

        final Lang lang;

        Format(Lang lang) { this.lang = lang; }
    }

    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions storeOptions;
    @Mixin VerboseOption verbose;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "nquads, trig, turtle, jsonld or csv (claims table).")
    Format format;

    @Option(names = "--out", paramLabel = "F", description = "Write to this file (default: standard output).")
    Path out;

    @Override
    public Integer call() {
        try (KnowledgeStore store = KnowledgeStore.open(storeOptions.existing())) {
            if (out == null) {
                OutputStream bytes = QueryCommand.utf8Stream(spec.commandLine().getOut());
                write(store, bytes);
                QueryCommand.flush(bytes);
                spec.commandLine().getOut().flush();
            } else {
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out))) {
                    write(store, file);
                } catch (IOException e) {
                    throw new UserException("cannot write %s: %s".formatted(out, e.getMessage()), e);
                }
            }
        }
        return 0;
    }

    private void write(KnowledgeStore store, OutputStream out) {
        if (format == Format.csv) ClaimsCsv.write(store, out);
        else store.export(out, format.lang);
    }
}
