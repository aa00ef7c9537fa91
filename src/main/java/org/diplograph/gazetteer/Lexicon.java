package org.diplograph.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded lexicon: entities by id and code, and every surface form (folded, as token lists) with its entry.
 * Immutable once built; safe to share between threads.
 */
public final class Lexicon {
    /** One surface form: folded tokens, the entry, and the original spelling when case matters (US vs us). */
    public record Surface(List<String> tokens, Entry entry, String caseSensitiveForm) {
        public Surface {
            tokens = List.copyOf(tokens);
        }
    }

    private final Map<String, Entity> byId;
    private final Map<String, Entity> byCode;
    private final List<Surface> surfaces;

    public Lexicon(List<Entity> entities, List<Surface> surfaces) {
        Map<String, Entity> ids = new HashMap<>();
        Map<String, Entity> codes = new HashMap<>();
        for (Entity e : entities) {
            ids.put(e.id(), e);
            if (e.participantCode() != null) codes.put(e.participantCode(), e);
        }
        this.byId = Map.copyOf(ids);
        this.byCode = Map.copyOf(codes);
        this.surfaces = List.copyOf(surfaces);
    }

    public Optional<Entity> entity(String id) { return Optional.ofNullable(byId.get(id)); }

    /** The state or organisation with this ISO3 or actor code. */
    public Optional<Entity> byCode(String code) { return Optional.ofNullable(byCode.get(code)); }

    public List<Surface> surfaces() { return surfaces; }

    public int entityCount() { return byId.size(); }
}
