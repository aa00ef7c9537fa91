package org.diplograph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.diplograph.format.ClaimsCsv;
import org.diplograph.model.Problem;
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
 * The format may be left to the extension of {@code --out}.
 * <pre>
 *   diplograph export --out kg.nq                   # N-Quads, the extension Jena's tdb2.tdbloader knows
 *   diplograph export --format csv --out claims.csv
 * </pre>
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole knowledge graph: nquads, trig and jsonld keep the named graphs; turtle writes their union; "
                + "csv writes the claims table (one row per claim, GDELT-like columns).",
                "Without --format, the extension of --out decides: .nq, .trig, .ttl, .jsonld, .csv."},
        footer = {"", "Examples:", "  java -jar target/diplograph.jar export --store kg --out kg.nq",
                "  java -jar target/diplograph.jar export --store kg --format csv > claims.csv"})
public final class ExportCommand implements Callable<Integer> {
    /** Export formats. */
    enum Format {
        nquads(Lang.NQUADS), trig(Lang.TRIG), turtle(Lang.TURTLE), jsonld(Lang.JSONLD11),
        /** The claims table, not RDF. */
        csv(null);

        final Lang lang;

        Format(Lang lang) { this.lang = lang; }

        /** The format a file name's extension names (.nq, .trig, .ttl, .jsonld, .csv, as Jena's tools read them), or null. */
        static Format ofFileName(String name) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            int dot = lower.lastIndexOf('.');
            return switch (dot < 0 ? "" : lower.substring(dot + 1)) {
                case "nq" -> nquads;
                case "trig" -> trig;
                case "ttl" -> turtle;
                case "jsonld" -> jsonld;
                case "csv" -> csv;
                default -> null;
            };
        }
    }

    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions storeOptions;
    @Mixin VerboseOption verbose;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "nquads, trig, turtle, jsonld or csv (claims table); default: from the extension of --out.")
    Format format;

    @Option(names = "--out", paramLabel = "F", description = "Write to this file (default: standard output).")
    Path out;

    @Override
    public Integer call() {
        if (format == null) format = out == null || out.getFileName() == null ? null : Format.ofFileName(out.getFileName().toString());
        if (format == null)
            throw new UserException(out == null ? "give --format nquads|trig|turtle|jsonld|csv (or --out F with one of"
                    + " the extensions .nq, .trig, .ttl, .jsonld, .csv)" : ("--out %s: the extension names no format; give"
                    + " --format, or end the name in .nq, .trig, .ttl, .jsonld or .csv").formatted(Problem.printable(out.toString())));
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
