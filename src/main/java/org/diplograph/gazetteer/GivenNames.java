package org.diplograph.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.diplograph.text.ArabicFolding;

/**
 * Curated Arabic name words that the rest of the lexicon cannot tell apart from ordinary words: given names that are
 * also nouns or adjectives (فخر، جمال، نبيل، أمل) and the words with the article that stand inside compound names
 * (عبد الله، فخر الدين، عبد العزيز). An unknown name may start with such a given name and hold such a part, where a
 * common word or a word with the article would otherwise end it. The bundled list is {@value #BUNDLED}
 * ({@code word<TAB>given|part}); {@code PersonIndex} adds the first words of the curated persons' names.
 */
public final class GivenNames {
    public static final String BUNDLED = "/lexicon/given-names-ar.tsv";
    private static volatile GivenNames bundled;
    private final Set<String> names;
    private final Set<String> definiteParts;

    private GivenNames(Set<String> names, Set<String> definiteParts) {
        this.names = Set.copyOf(names);
        this.definiteParts = Set.copyOf(definiteParts);
    }

    /** The given names, folded. */
    public Set<String> names() { return names; }

    /** The parts with the article that stand inside names, folded. */
    public Set<String> definiteParts() { return definiteParts; }

    /** The list bundled in the jar (empty when the jar has none). */
    public static GivenNames bundled() {
        GivenNames g = bundled;
        if (g == null) {
            try (InputStream in = GivenNames.class.getResourceAsStream(BUNDLED)) {
                g = in == null ? new GivenNames(Set.of(), Set.of()) : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUNDLED, e);
            }
            bundled = g;
        }
        return g;
    }

    /** Reads {@code word<TAB>given|part} lines (# comments); the words are folded as the text is. */
    public static GivenNames read(InputStream in) throws IOException {
        Set<String> names = new HashSet<>();
        Set<String> parts = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 2) throw new IOException("line " + n + " of the given-name list: expected word<TAB>given|part");
                String w = ArabicFolding.fold(f[0].strip());
                switch (f[1].strip()) {
                    case "given" -> names.add(w);
                    case "part" -> parts.add(w);
                    default -> throw new IOException("line " + n + " of the given-name list: kind must be given or part, not " + f[1]);
                }
            }
        }
        return new GivenNames(names, parts);
    }
}
