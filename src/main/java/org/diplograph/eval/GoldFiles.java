package org.diplograph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.diplograph.model.UserException;

/** Loads a gold folder as score.py does ({@code load_gold}). */
public final class GoldFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Python's ordering of paths: part by part, each part by code point. */
    private static final Comparator<List<String>> PATH_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Py.CODE_POINT_ORDER.compare(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    };

    private GoldFiles() {}

    /**
     * Every {@code *.json} file under {@code root}, recursively, in score.py's sorted order, keyed by its path
     * relative to {@code root} without extension ("ar/003").
     *
     * @throws UserException when {@code root} is not a folder or a file is not a JSON object
     */
    public static Map<String, GoldFile> load(Path root) {
        if (!Files.isDirectory(root)) {
            throw new UserException("gold folder not found: %s (give the gold/ folder that holds ar/003.json and the like, e.g. ../shared/eval/dev/gold)"
                    .formatted(root));
        }
        List<List<String>> rels = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).forEach(p -> {
                List<String> parts = new ArrayList<>();
                root.relativize(p).forEach(x -> parts.add(x.toString()));
                rels.add(parts);
            });
        } catch (IOException | UncheckedIOException e) {
            throw new UserException("cannot read gold folder %s: %s".formatted(root, e.getMessage()), e);
        }
        rels.sort(PATH_ORDER);
        Map<String, GoldFile> gold = new LinkedHashMap<>();
        for (List<String> parts : rels) {
            String rel = String.join("/", parts);
            String key = Scorer.withoutSuffix(rel);
            gold.put(key, GoldFile.fromJson(key, parse(root.resolve(rel))));
        }
        return gold;
    }

    private static JsonNode parse(Path file) {
        try {
            JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) throw new UserException("gold file %s is not a JSON object".formatted(file));
            return node;
        } catch (JsonProcessingException e) {
            throw new UserException("gold file %s is not valid JSON: %s (check it with check_gold.py)"
                    .formatted(file, e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new UserException("cannot read gold file %s: %s".formatted(file, e.getMessage()), e);
        }
    }
}
