package org.diplograph.eval;

import java.util.EnumMap;
import java.util.Map;

/** Speaker counts and claim counts per level, for one file, one language or all. */
public record Tally(Counts speaker, Map<Level, Counts> claims) {
    public static final Tally ZERO = new Tally(Counts.ZERO, Map.of());

    public Tally {
        EnumMap<Level, Counts> all = new EnumMap<>(Level.class);
        for (Level l : Level.values()) all.put(l, claims.getOrDefault(l, Counts.ZERO));
        claims = Map.copyOf(all);
    }

    public Counts claims(Level level) { return claims.get(level); }

    public Tally plus(Tally o) {
        EnumMap<Level, Counts> sum = new EnumMap<>(Level.class);
        for (Level l : Level.values()) sum.put(l, claims(l).plus(o.claims(l)));
        return new Tally(speaker.plus(o.speaker), sum);
    }
}
