package org.diplograph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.learn.LinearModel;

/**
 * Where attribution models come from: the one bundled in the jar (trained by {@code train} on the annotated
 * articles, from {@code data/model/attribution.tsv}) or a file a curator trained on their own gold folder.
 */
public final class AttributionModels {
    /** The classpath resource of the bundled model. */
    public static final String BUNDLED = "/model/attribution.tsv";
    private static volatile LinearModel bundled;

    private AttributionModels() {}

    /** The bundled model, read once. */
    public static LinearModel bundled() {
        LinearModel m = bundled;
        if (m == null) {
            try (InputStream in = AttributionModels.class.getResourceAsStream(BUNDLED)) {
                if (in == null) throw new IllegalStateException("the jar has no " + BUNDLED + "; rebuild it with 'mvn package'");
                m = LinearModel.read(in, BUNDLED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = m;
        }
        return m;
    }

    /** A model file written by {@code train}. */
    public static LinearModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return LinearModel.read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + file + ": " + e.getMessage(), e);
        }
    }
}
