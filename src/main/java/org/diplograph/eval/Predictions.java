package org.diplograph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.model.UserException;

/** Reads the JSON Lines output of {@code extract} (one object per article) for scoring. */
public final class Predictions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Predictions() {}

    /**
     * The predictions of a JSON Lines file, blank lines skipped.
     *
     * @throws UserException when the file is missing, not UTF-8, or a line is not a JSON object (score.py stops there too)
     */
    public static List<Prediction> read(Path jsonl) {
        if (!Files.isRegularFile(jsonl)) {
            throw new UserException("predictions file not found: %s (write it with: extract --format jsonl PATH... > %s)"
                    .formatted(jsonl, jsonl));
        }
        String text;
        try {
            text = Files.readString(jsonl, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot read predictions %s as UTF-8: %s".formatted(jsonl, e), e);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Prediction> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            JsonNode node;
            try {
                node = JSON.readTree(lines[i]);
            } catch (JsonProcessingException e) {
                throw new UserException("%s line %d is not valid JSON: %s".formatted(jsonl, i + 1, e.getOriginalMessage()), e);
            }
            if (!node.isObject()) throw new UserException("%s line %d is not a JSON object".formatted(jsonl, i + 1));
            out.add(Prediction.fromJson(node));
        }
        return out;
    }
}
